package dev.brief.verify;

import dev.brief.domain.Problem;
import dev.brief.domain.Problem.Kind;
import dev.brief.text.Names;
import dev.brief.text.Passages;
import dev.brief.text.Normal;
import dev.brief.text.Numbers;
import dev.brief.text.Words;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether the articles a statement cites say what it says: its quotes word for word, its numbers,
 * dates and names, and most of its words. Checks are lexical and deterministic, so a statement
 * passes or fails the same way every time.
 */
final class ContentCheck {
    /** Below this share of a statement's words in all its cited sources together, it is not theirs. */
    static final double MIN_COVERAGE = 0.6;
    /** Below this many content words a share means little, so every word must be found instead. */
    static final int MIN_WORDS_FOR_COVERAGE = 3;
    /** See {@link Passages#WEAK}, {@link Passages#BETTER_BY} and {@link Passages#MIN_WORDS}: the extractive engine cites by them too. */
    static final double WEAK_PASSAGE = Passages.WEAK;
    static final double BETTER_BY = Passages.BETTER_BY;
    static final int MIN_WORDS_FOR_PASSAGE = Passages.MIN_WORDS;

    private static final Pattern DOUBLE_QUOTED = Pattern.compile("\"([^\"]+)\"");
    /** 'single quoted', opened where an apostrophe cannot be (not after a letter) and closed before a non-letter. */
    private static final Pattern SINGLE_QUOTED = Pattern.compile("(?<![\\p{L}\\p{N}])'(?=\\p{L})(.+?)(?<=[^\\s])'(?![\\p{L}])");
    private static final Pattern ELLIPSIS = Pattern.compile("\\.\\.\\.|…|\\[[^]]*]");

    private ContentCheck() {}

    /**
     * @param quote a verbatim quote given apart from the text (a difference's position), or null
     * @param event the words of all the event's articles, to tell a name from a word that starts a sentence
     */
    static List<Problem> check(String text, String quote, List<SourceText> cited, Collection<SourceText> articles, EventWords event) {
        return check(text, quote, cited, articles, event, new SourceSupport(new Meaning(), Verifier.Signals.BOTH));
    }

    /** @param support the check that each cited source says the statement by itself */
    static List<Problem> check(String text, String quote, List<SourceText> cited, Collection<SourceText> articles, EventWords event,
            SourceSupport support) {
        if (cited.isEmpty()) {
            return List.of(); // the citation check has already said so
        }
        List<Problem> problems = against(text, quote, cited, articles, event, support);
        List<SourceText> instructed = cited.stream().filter(s -> s.withInstructions != null).toList();
        if (instructed.isEmpty()) {
            return problems;
        }
        // What a passage addressed to the model supplies: problems that counting it in would remove,
        // or wording that is closer to such a passage than to anything the sources report.
        List<SourceText> whole = cited.stream().map(s -> s.withInstructions != null ? s.withInstructions : s).toList();
        List<Problem> wholeProblems = against(text, quote, whole, articles, event, support);
        Set<String> stems = Words.contentStems(Normal.text(quote == null ? text : text + " " + quote));
        if (wholeProblems.size() < problems.size() || closerToInstructions(stems, cited, instructed)) {
            List<Problem> out = new ArrayList<>(wholeProblems);
            out.add(Problem.about(Kind.INJECTION, ids(instructed), "it comes only from a passage that addresses the model (possible prompt injection), not from what "
                    + String.join(" or ", instructed.stream().map(ContentCheck::name).toList()) + " reports"));
            return out;
        }
        return problems;
    }

    /**
     * An instruction sentence holds at least half the statement's words, and either more of them than
     * any reported sentence or a word that the sources have only in their instructions.
     */
    private static boolean closerToInstructions(Set<String> stems, List<SourceText> cited, List<SourceText> instructed) {
        if (stems.isEmpty()) {
            return false;
        }
        double instruction = 0;
        for (SourceText s : instructed) {
            instruction = Math.max(instruction, bestShare(stems, s.instructionSentences));
        }
        if (instruction < 0.5) {
            return false;
        }
        for (String stem : stems) {
            boolean inInstructions = instructed.stream().anyMatch(s -> s.instructionSentences.stream().anyMatch(i -> i.contains(stem)));
            if (inInstructions && cited.stream().noneMatch(s -> s.stems.contains(stem))) {
                return true;
            }
        }
        for (SourceText s : cited) {
            List<Set<String>> reported = s.withInstructions != null ? s.reportedSentences : sentenceStemsOf(s);
            if (bestShare(stems, reported) >= instruction) {
                return false;
            }
        }
        return true;
    }

    private static List<Set<String>> sentenceStemsOf(SourceText s) {
        return SourceText.sentenceStems(s.article.text());
    }

    private static double bestShare(Set<String> stems, List<Set<String>> sentences) {
        double best = 0;
        for (Set<String> sentence : sentences) {
            best = Math.max(best, (double) stems.stream().filter(sentence::contains).count() / stems.size());
        }
        return best;
    }

    private static List<Problem> against(String text, String quote, List<SourceText> cited, Collection<SourceText> articles, EventWords event,
            SourceSupport support) {
        List<Problem> problems = new ArrayList<>();
        String folded = Normal.fold(text);
        List<String> quotes = quotes(folded);
        if (quote != null && !quote.isBlank()) {
            quotes.add(0, Normal.fold(quote));
        }
        for (String q : quotes) {
            // Citing a source next to a quote says that source printed those words.
            List<SourceText> lacking = cited.stream().filter(s -> !quoteFound(q, s)).toList();
            if (lacking.size() == cited.size()) {
                problems.add(Problem.about(Kind.QUOTE, named(cited), "the quote \"" + q.strip() + "\" is not in " + where(cited)));
            } else if (!lacking.isEmpty()) {
                problems.add(Problem.about(Kind.QUOTE, ids(lacking), "the quote \"" + q.strip() + "\" is not in "
                        + String.join(" or ", lacking.stream().map(ContentCheck::name).toList()) + "; cite only the articles that print it"));
            }
        }
        String normal = Normal.text(folded);
        // Each cited source prints each figure: "A and B report 12 dead" is wrong for a B that reports 14. A number
        // written as a word ("seven officers", "a five-month inquiry") is looser; the sources together must have it.
        Map<String, List<SourceText>> lackingNumbers = new LinkedHashMap<>();
        for (Numbers.Mention m : Numbers.in(normal, true)) {
            List<SourceText> lacking = lackingNumbers.computeIfAbsent(m.written(), k -> new ArrayList<>(cited));
            lacking.removeIf(s -> Numbers.supported(m, s.numbers));
            if (!Character.isDigit(m.written().charAt(0)) && lacking.size() < cited.size()) {
                lacking.clear();
            }
        }
        for (String date : Numbers.dates(normal)) {
            lackingNumbers.computeIfAbsent(monthDay(date), k -> new ArrayList<>(cited)).removeIf(s -> s.dates.contains(date));
        }
        lackingNumbers.forEach((n, lacking) -> {
            if (lacking.size() == cited.size()) {
                problems.add(Problem.about(Kind.NUMBER, named(cited), "the number or date \"" + n + "\" is not in " + where(cited)));
            } else if (!lacking.isEmpty()) {
                problems.add(Problem.about(Kind.NUMBER, ids(lacking), "the number or date \"" + n + "\" is not in "
                        + String.join(" or ", lacking.stream().map(ContentCheck::name).toList()) + "; cite only the articles that print it"));
            }
        });
        for (String name : names(folded, event)) {
            String w = Words.normal(name);
            if (cited.stream().noneMatch(s -> s.hasName(w))) {
                problems.add(Problem.about(Kind.NAME, named(cited), "the name \"" + name + "\" is not in " + where(cited)));
            }
        }
        problems.addAll(RoleOrder.check(folded, cited, event));
        problems.addAll(coverage(quote == null ? normal : normal + " " + Normal.text(quote), cited, articles, support));
        return problems;
    }

    static List<String> quotes(String folded) {
        List<String> out = new ArrayList<>();
        Matcher d = DOUBLE_QUOTED.matcher(folded);
        while (d.find()) {
            out.add(d.group(1));
        }
        String rest = DOUBLE_QUOTED.matcher(folded).replaceAll(" ");
        Matcher s = SINGLE_QUOTED.matcher(rest);
        while (s.find()) {
            out.add(s.group(1));
        }
        return out;
    }

    /** Each part of a quote, split at "..." or [insertions], appears word for word in the source. */
    private static boolean quoteFound(String quote, SourceText source) {
        List<String> parts = new ArrayList<>();
        for (String part : ELLIPSIS.split(quote)) {
            String words = String.join(" ", Words.of(Normal.text(part)));
            if (!words.isEmpty()) {
                parts.add(words);
            }
        }
        if (parts.isEmpty()) {
            return true;
        }
        return parts.stream().allMatch(source::hasWords);
    }

    /**
     * Capitalised words that are not common words. "The" in "The Moscow Times" is no name, but
     * "Moscow" and "Times" are. A word that starts a sentence ("However", "Something", "Officials")
     * is capitalised anyway: it counts as a name only when it is not a common word and the event's
     * articles never write it in lower case, or also write it capitalised inside a sentence ("Putin").
     */
    static List<String> names(String folded, EventWords event) {
        Set<String> out = new LinkedHashSet<>();
        Names.each(folded, (token, start, startsSentence) -> {
            String w = Words.normal(token);
            if (w.length() < 2 || Words.COMMON.contains(w) || w.chars().anyMatch(Character::isDigit)) {
                return;
            }
            if (startsSentence && event.lowerCase.contains(w) && !event.capitalisedInside.contains(w)) {
                return;
            }
            out.add(token.endsWith(".") && token.indexOf('.') == token.length() - 1 ? token.substring(0, token.length() - 1) : token);
        });
        return new ArrayList<>(out);
    }

    /** The share of the statement's own words found in its sources, together and one by one. */
    private static List<Problem> coverage(String normal, List<SourceText> cited, Collection<SourceText> articles, SourceSupport support) {
        Set<String> stems = Words.contentStems(normal);
        if (stems.isEmpty()) {
            return List.of();
        }
        if (stems.size() < MIN_WORDS_FOR_COVERAGE) {
            return shortStatement(stems, cited);
        }
        List<Problem> problems = new ArrayList<>();
        Set<String> covered = new LinkedHashSet<>();
        for (SourceText s : cited) {
            stems.stream().filter(s.stems::contains).forEach(covered::add);
        }
        problems.addAll(support.check(normal, stems, cited));
        if (covered.size() < MIN_COVERAGE * stems.size()) {
            problems.add(Problem.about(Kind.SUPPORT, named(cited), "most of this statement is not in " + where(cited) + " ("
                    + percent(covered.size(), stems.size()) + " of its words are)"));
        }
        if (stems.size() >= MIN_WORDS_FOR_PASSAGE) {
            problems.addAll(betterElsewhere(stems, cited, articles));
        }
        return problems;
    }

    /**
     * A cited source whose best passage (a sentence, or two adjacent ones) holds little of the statement,
     * while a passage of an article it does not cite holds clearly more: the statement was taken from
     * that article, and the cited one only shares the event's vocabulary.
     */
    private static List<Problem> betterElsewhere(Set<String> stems, List<SourceText> cited, Collection<SourceText> articles) {
        List<Problem> problems = new ArrayList<>();
        for (SourceText s : cited) {
            double local = passageShare(stems, s);
            if (local >= WEAK_PASSAGE) {
                continue;
            }
            SourceText best = null;
            double bestShare = 0;
            for (SourceText other : articles) {
                if (!cited.contains(other)) {
                    double share = passageShare(stems, other);
                    if (share > bestShare) {
                        best = other;
                        bestShare = share;
                    }
                }
            }
            if (best != null && bestShare >= local + BETTER_BY) {
                problems.add(Problem.about(Kind.SUPPORT, ids(List.of(s)), name(s) + " has this statement's words only here and there (at most "
                        + percent(Math.round(100 * local), 100) + " in one passage), while " + name(best) + " says it ("
                        + percent(Math.round(100 * bestShare), 100) + "); cite the article it comes from"));
            }
        }
        return problems;
    }

    /** The largest share of the statement's words in one sentence or two adjacent sentences (with the byline). */
    static double passageShare(Set<String> stems, SourceText source) {
        return Passages.best(stems, source.passages).share();
    }

    /** "The president resigned." has two content words: both must be in what it cites, and each cited source must have one. */
    private static List<Problem> shortStatement(Set<String> stems, List<SourceText> cited) {
        List<Problem> problems = new ArrayList<>();
        Set<String> covered = new LinkedHashSet<>();
        for (SourceText s : cited) {
            boolean any = false;
            for (String stem : stems) {
                if (s.stems.contains(stem)) {
                    covered.add(stem);
                    any = true;
                }
            }
            if (cited.size() > 1 && !any) {
                problems.add(Problem.about(Kind.SUPPORT, ids(List.of(s)), name(s) + " says nothing of this statement; cite only the articles that say it"));
            }
        }
        if (covered.size() < stems.size()) {
            problems.add(Problem.about(Kind.SUPPORT, named(cited), "this statement is not in " + where(cited) + " ("
                    + percent(covered.size(), stems.size()) + " of its words are)"));
        }
        return problems;
    }

    private static String percent(long part, long whole) {
        return Math.round(100.0 * part / whole) + "%";
    }

    private static String where(List<SourceText> cited) {
        return cited.size() == 1 ? "the cited source (" + name(cited.get(0)) + ")" : "any of the cited sources";
    }

    /** The sources that {@link #where} names: the one cited source, or none when it speaks of them all. */
    private static List<String> named(List<SourceText> cited) {
        return cited.size() == 1 ? ids(cited) : List.of();
    }

    private static List<String> ids(List<SourceText> sources) {
        return sources.stream().map(s -> s.article.id()).toList();
    }

    static String name(SourceText s) {
        String outlet = s.article.outlet() != null ? s.article.outlet() : s.article.agency();
        return outlet == null ? "article " + s.article.id() : outlet + ", " + s.article.id();
    }

    private static String monthDay(String date) {
        String[] md = date.split("-");
        return java.time.Month.of(Integer.parseInt(md[0])).getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH) + " " + md[1];
    }
}
