package dev.brief.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The "Different figures" differences of {@link ExtractiveCheckBenchmark} that someone has read one by
 * one ({@code bench/figure-differences-read.tsv}): whether each sets one figure reported two ways against
 * itself or figures that measure different things. The benchmark's own detector catches only the plain
 * cases ("12 people" against "12 years"); what it passes, reading found (four players' yards, a cash
 * portion against a whole price). A difference nobody has read yet is counted as unread and printed, so
 * that a change to the engine that brings new differences shows them to be read.
 */
final class FigureDifferencesRead {
    enum Verdict { SAME, DIFFERENT, UNREAD }

    private final Map<String, Verdict> verdicts = new HashMap<>();
    /** Per part ("dev", "test"), the count of each verdict. */
    private final Map<String, Map<Verdict, Integer>> counts = new TreeMap<>();

    FigureDifferencesRead() {
        try (InputStream in = FigureDifferencesRead.class.getResourceAsStream("/bench/figure-differences-read.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                verdicts.put(f[2], Verdict.valueOf(f[1].toUpperCase(Locale.ROOT)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The verdict read for a difference, printed as the benchmark prints it ("Different figures: … [5871l, 5871r]"), now counted. */
    Verdict count(String topic, List<String> sources) {
        String key = topic + " " + sources.toString();
        Verdict v = verdicts.getOrDefault(key, Verdict.UNREAD);
        counts.computeIfAbsent(part(sources.get(0)), k -> new TreeMap<>()).merge(v, 1, Integer::sum);
        return v;
    }

    int different() {
        return counts.values().stream().mapToInt(c -> c.getOrDefault(Verdict.DIFFERENT, 0)).sum();
    }

    /** "dev: 15 one figure, 0 different things, 0 unread; test: …" */
    String summary() {
        StringBuilder out = new StringBuilder();
        counts.forEach((part, c) -> out.append(out.length() == 0 ? "" : "; ").append(String.format(Locale.ROOT,
                "%s part %d one figure reported two ways, %d figures of different things, %d unread", part,
                c.getOrDefault(Verdict.SAME, 0), c.getOrDefault(Verdict.DIFFERENT, 0), c.getOrDefault(Verdict.UNREAD, 0))));
        return out.length() == 0 ? "none" : out.toString();
    }

    /** The part an article's event is in: ECB+ topics 36-45 and odd NeuS/AllSides ids are the test part. */
    static String part(String articleId) {
        int underscore = articleId.indexOf('_');
        if (underscore > 0) {
            int topic = Integer.parseInt(articleId.substring(0, underscore));
            return topic >= 36 && topic <= 45 ? "test" : "dev";
        }
        int id = Integer.parseInt(articleId.replaceAll("\\D.*$", ""));
        return id % 2 == 0 ? "dev" : "test";
    }
}
