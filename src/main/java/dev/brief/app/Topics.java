package dev.brief.app;

import dev.brief.BriefException;
import dev.brief.ExitCode;
import dev.brief.domain.Article;
import dev.brief.domain.Event;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What a reader follows and what they never want: events are kept or left out by the words of their
 * articles' titles and text, before any model call. A term is a word or a phrase, matched whole and
 * without regard to case; a trailing {@code *} matches any ending ({@code elect*}). An event is left
 * out when a term to exclude appears in one of its articles, or, when there are terms to include, when
 * none of them appears in any. Excluding wins.
 */
public final class Topics {
    public static final Topics ALL = new Topics(List.of(), List.of());
    private static final String WORD = "[\\p{L}\\p{N}]";

    private final List<Term> include;
    private final List<Term> exclude;

    private Topics(List<Term> include, List<Term> exclude) {
        this.include = List.copyOf(include);
        this.exclude = List.copyOf(exclude);
    }

    /** From --include and --exclude, each a list of terms. */
    public static Topics of(List<String> include, List<String> exclude) {
        return new Topics(terms(include, "--include"), terms(exclude, "--exclude"));
    }

    /**
     * From a topics file: one term a line; a line starting with {@code -} is a term to exclude, one
     * starting with {@code +} (or with neither) a term to include; blank lines and {@code #} comments
     * are ignored.
     */
    public static Topics read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new BriefException(ExitCode.USAGE, "--topics " + file + " could not be read (" + e.getMessage() + "); pass a text file, one topic a line");
        }
        List<String> include = new ArrayList<>();
        List<String> exclude = new ArrayList<>();
        for (String line : lines) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            if (l.startsWith("-")) {
                exclude.add(l.substring(1));
            } else {
                include.add(l.startsWith("+") ? l.substring(1) : l);
            }
        }
        if (include.isEmpty() && exclude.isEmpty()) {
            throw new BriefException(ExitCode.USAGE, "--topics " + file + " names no topic; write one a line, with - before those to leave out");
        }
        return new Topics(terms(include, "--topics"), terms(exclude, "--topics"));
    }

    /** These topics and the other's together. */
    public Topics and(Topics other) {
        List<Term> in = new ArrayList<>(include);
        in.addAll(other.include);
        List<Term> out = new ArrayList<>(exclude);
        out.addAll(other.exclude);
        return new Topics(in, out);
    }

    public boolean isEmpty() {
        return include.isEmpty() && exclude.isEmpty();
    }

    /** Why the event is left out, or null when it is kept. */
    public String exclusion(Event event) {
        for (Term t : exclude) {
            long hits = event.articles().stream().filter(t::in).count();
            if (hits > 0) {
                return "excluded: \"" + t.text + "\" is in " + hits + " of its " + event.articles().size() + (event.articles().size() == 1 ? " article" : " articles");
            }
        }
        if (!include.isEmpty() && event.articles().stream().noneMatch(a -> include.stream().anyMatch(t -> t.in(a)))) {
            return "not followed: none of " + include.stream().map(t -> "\"" + t.text + "\"").collect(Collectors.joining(", ")) + " is in its articles";
        }
        return null;
    }

    private record Term(String text, Pattern pattern) {
        boolean in(Article a) {
            return (a.title() != null && pattern.matcher(a.title()).find()) || (a.text() != null && pattern.matcher(a.text()).find());
        }
    }

    private static List<Term> terms(List<String> given, String option) {
        List<Term> out = new ArrayList<>();
        for (String g : given) {
            String t = g.strip().replaceAll("\\s+", " ");
            boolean prefix = t.endsWith("*");
            String words = prefix ? t.substring(0, t.length() - 1).strip() : t;
            if (words.isEmpty() || !words.matches(".*" + WORD + ".*")) {
                throw new BriefException(ExitCode.USAGE, option + " \"" + g + "\" has no word in it; give words or phrases, separated by commas");
            }
            StringBuilder regex = new StringBuilder("(?<!" + WORD + ")");
            String[] parts = words.split("[^\\p{L}\\p{N}]+");
            boolean firstPart = true;
            for (String p : parts) {
                if (p.isEmpty()) {
                    continue;
                }
                regex.append(firstPart ? "" : "[^\\p{L}\\p{N}]+").append(Pattern.quote(p.toLowerCase(Locale.ROOT)));
                firstPart = false;
            }
            regex.append(prefix ? "" : "(?!" + WORD + ")");
            out.add(new Term(t, Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)));
        }
        return out;
    }
}
