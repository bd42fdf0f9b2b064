package dev.brief.read;

import dev.brief.domain.Article;
import dev.brief.text.ControlCharacters;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/** Joins what each reading unit gave into one {@link InputReport} per input the user named. */
final class InputReports {
    private InputReports() {}

    /**
     * One piece of reading work: a file, a page or stdin, and the input it belongs to (a folder gives
     * one unit per file).
     */
    record Unit(String input, InputReport.Kind kind, Supplier<Intake> read) {}

    /**
     * @param intakes  what each unit gave, in the order of the units
     * @param listing  what was skipped while the inputs were listed (a folder with no article files)
     * @param articles the articles read, with their ids, after duplicates were merged
     */
    static List<InputReport> of(List<Unit> units, List<Intake> intakes, Intake listing, List<Article> articles, ReadSettings settings) {
        Map<String, String> idByHash = new HashMap<>();
        articles.forEach(a -> idByHash.putIfAbsent(a.contentHash(), a.id()));
        Map<String, Builder> byInput = new LinkedHashMap<>();
        for (int i = 0; i < units.size(); i++) {
            Unit u = units.get(i);
            Intake in = intakes.get(i);
            // An input is named as the user named it, but without control characters (a file's name can hold an
            // escape sequence), as the inputs skipped while listing are named too.
            Builder b = byInput.computeIfAbsent(ControlCharacters.strip(u.input()), k -> new Builder(k, u.kind()));
            // A feed named as an input is judged as a feed (stale or not); a feed file in a folder is one file of the folder.
            if (in.feed && u.kind() != InputReport.Kind.FOLDER) {
                b.kind = InputReport.Kind.FEED;
                b.newestItem = in.newestItem;
            }
            for (Article a : in.articles) {
                String id = idByHash.get(a.contentHash());
                if (!settings.inRange(a.published())) {
                    b.leftOut++;
                } else if (id != null) {
                    b.articles.add(id);
                }
            }
            b.leftOut += in.leftOut.size();
            b.skipped.addAll(in.skipped);
            b.notes.addAll(in.notices);
            b.fetchFailure = b.fetchFailure != null ? b.fetchFailure : in.fetchFailure;
        }
        for (Skipped s : listing.skipped) {
            Builder b = byInput.get(s.input());
            if (b == null) {
                b = byInput.values().stream().filter(x -> samePath(x.input, s.input())).findFirst()
                        .orElseGet(() -> byInput.computeIfAbsent(s.input(), k -> new Builder(k, kindOf(k))));
            }
            b.skipped.add(s);
        }
        return byInput.values().stream().map(Builder::build).toList();
    }

    /** Publication times by article id, for the articles whose input gave one. */
    static Map<String, Instant> publishedAt(Intake all, List<Article> articles) {
        Map<String, Instant> out = new HashMap<>();
        for (Article a : articles) {
            Instant at = all.times.get(a.contentHash());
            if (at != null) {
                out.put(a.id(), at);
            }
        }
        return out;
    }

    private static boolean samePath(String a, String b) {
        try {
            return Path.of(a).normalize().equals(Path.of(b).normalize());
        } catch (InvalidPathException e) {
            return false;
        }
    }

    /** What an input skipped while listing is, as far as its name tells. */
    private static InputReport.Kind kindOf(String input) {
        if (input.equals("-") || input.equals("stdin")) {
            return InputReport.Kind.STDIN;
        }
        if (input.matches("(?i)^[a-z][a-z0-9+.-]+://.*")) {
            return InputReport.Kind.PAGE;
        }
        try {
            return Files.isDirectory(Path.of(input)) ? InputReport.Kind.FOLDER : InputReport.Kind.FILE;
        } catch (InvalidPathException e) {
            return InputReport.Kind.FILE;
        }
    }

    private static final class Builder {
        final String input;
        InputReport.Kind kind;
        final Set<String> articles = new LinkedHashSet<>();
        int leftOut;
        final List<Skipped> skipped = new ArrayList<>();
        final List<String> notes = new ArrayList<>();
        String fetchFailure;
        Instant newestItem;

        Builder(String input, InputReport.Kind kind) {
            this.input = input;
            this.kind = kind;
        }

        InputReport build() {
            return new InputReport(input, kind, new ArrayList<>(articles), leftOut, skipped, notes, fetchFailure, newestItem);
        }
    }
}
