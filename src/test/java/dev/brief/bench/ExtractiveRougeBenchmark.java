package dev.brief.bench;

import dev.brief.domain.Briefing;
import dev.brief.engine.extractive.ExtractiveBriefer;
import dev.brief.text.SentenceSplitter;
import dev.brief.domain.Event;
import dev.brief.domain.Article;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * ROUGE of the extractive engine's summary against the AllSides editors' roundups of NeuS
 * (../shared/eval/neus-allsides, read in place, never copied), next to a lead baseline: the first
 * sentence of each source. Tune on val, report test:
 *
 * <pre>
 * java -cp $CP dev.brief.bench.ExtractiveRougeBenchmark test ../shared/eval/neus-allsides
 * java -cp $CP dev.brief.bench.ExtractiveRougeBenchmark val grid ../shared/eval/neus-allsides
 * </pre>
 *
 * Arguments: the split (val or test); "grid" to score a grid of settings (val only); the data
 * folder (default ../shared/eval/neus-allsides, or $NEUS_DIR).
 */
public final class ExtractiveRougeBenchmark {
    private ExtractiveRougeBenchmark() {}

    record Sample(List<Article> articles, String reference) {}

    public static void main(String[] args) throws IOException {
        String split = args.length > 0 ? args[0] : "val";
        List<String> rest = args.length > 1 ? List.of(args).subList(1, args.length) : List.of();
        boolean grid = rest.contains("grid");
        String env = System.getenv("NEUS_DIR");
        String given = rest.stream().filter(a -> !a.equals("grid")).findFirst().orElse(null);
        Path dir = Path.of(given != null ? given : env != null ? env : "../shared/eval/neus-allsides");
        if (grid && !split.equals("val")) {
            throw new IllegalArgumentException("tune on val only");
        }
        List<Sample> samples = load(dir, split);
        System.out.printf(Locale.ROOT, "NeuS/AllSides %s: %d events, reference = roundup (%.0f words on average)%n", split,
                samples.size(), samples.stream().mapToInt(s -> Rouge.tokens(s.reference()).size()).average().orElse(0));
        System.out.println("system                                          words  ROUGE-1  ROUGE-2  ROUGE-L   (F1, x100)");
        report("lead: first sentence of each source", samples, ExtractiveRougeBenchmark::lead);
        if (grid) {
            for (int k : new int[] {2, 3}) {
                for (double lead : new double[] {0.0, 0.3, 0.6}) {
                    for (double lambda : new double[] {0.7, 1.0}) {
                        for (double support : new double[] {0.5}) {
                            ExtractiveBriefer.Settings s = new ExtractiveBriefer.Settings(k, lead, support, lambda);
                            report("extractive " + s, samples, sample -> summary(new ExtractiveBriefer(s), sample));
                        }
                    }
                }
            }
        } else {
            ExtractiveBriefer briefer = new ExtractiveBriefer();
            report("extractive (default settings)", samples, sample -> summary(briefer, sample));
        }
    }

    interface Summariser {
        String summarise(Sample s);
    }

    private static void report(String name, List<Sample> samples, Summariser system) {
        double r1 = 0;
        double r2 = 0;
        double rl = 0;
        double words = 0;
        long start = System.nanoTime();
        for (Sample s : samples) {
            String candidate = system.summarise(s);
            r1 += Rouge.n(candidate, s.reference(), 1).f1();
            r2 += Rouge.n(candidate, s.reference(), 2).f1();
            rl += Rouge.l(candidate, s.reference()).f1();
            words += Rouge.tokens(candidate).size();
        }
        int n = samples.size();
        System.out.printf(Locale.ROOT, "%-46s %6.1f  %7.2f  %7.2f  %7.2f   %.1f s%n", name.length() > 46 ? name.substring(0, 46) : name,
                words / n, 100 * r1 / n, 100 * r2 / n, 100 * rl / n, (System.nanoTime() - start) / 1e9);
        if (name.length() > 46) {
            System.out.println("    = " + name);
        }
    }

    static String lead(Sample s) {
        return s.articles().stream().map(a -> SentenceSplitter.split(a.text())).filter(l -> !l.isEmpty())
                .map(l -> l.get(0)).collect(Collectors.joining(" "));
    }

    static String summary(ExtractiveBriefer briefer, Sample s) {
        Briefing b = briefer.brief(Event.of(s.articles()));
        return b.summary().stream().map(Briefing.Item::text).collect(Collectors.joining(" "));
    }

    /** A source line is "TITLE=> t ARTICLE=> body [SEP] TITLE=> ..."; each part becomes an article of its own outlet. */
    static List<Sample> load(Path dir, String split) throws IOException {
        List<String> sources = Files.readAllLines(dir.resolve(split + ".source"), StandardCharsets.UTF_8);
        List<String> targets = Files.readAllLines(dir.resolve(split + ".target"), StandardCharsets.UTF_8);
        List<Sample> out = new ArrayList<>();
        for (int i = 0; i < sources.size(); i++) {
            List<Article> articles = new ArrayList<>();
            String[] parts = sources.get(i).split("\\s*\\[SEP\\]\\s*");
            for (int p = 0; p < parts.length; p++) {
                String title = between(parts[p], "TITLE=>", "ARTICLE=>");
                String body = after(parts[p], "ARTICLE=>");
                if (body.isBlank()) {
                    continue;
                }
                String id = "e" + i + "a" + p;
                articles.add(new Article(id, "outlet " + (p + 1), null, title, null, null, null, null, body, id, null));
            }
            String reference = after(targets.get(i), "ARTICLE=>");
            if (!articles.isEmpty() && !reference.isBlank()) {
                out.add(new Sample(articles, reference));
            }
        }
        return out;
    }

    private static String between(String s, String from, String to) {
        int a = s.indexOf(from);
        int b = s.indexOf(to);
        return a < 0 || b < a ? "" : s.substring(a + from.length(), b).strip();
    }

    private static String after(String s, String marker) {
        int a = s.indexOf(marker);
        return a < 0 ? s.strip() : s.substring(a + marker.length()).strip();
    }
}
