package dev.brief.bench;

import dev.brief.group.EventGrouper;
import dev.brief.domain.Event;
import dev.brief.group.Grouping;
import dev.brief.group.GroupingWeights;
import dev.brief.group.PreparedArticles;
import dev.brief.domain.Article;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Grouping quality on labelled data, as B-cubed precision, recall and F1. Each split is grouped as one
 * batch, as a day's articles would be, not topic by topic.
 *
 * <pre>
 * ./mvnw -q -o test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=dev.brief.bench.GroupingBenchmark \
 *     -Dexec.args="ecbplus ../shared/eval/ecbplus/ecbplus_docs.jsonl"        # dev and test figures
 *     -Dexec.args="tune ../shared/eval/ecbplus/ecbplus_docs.jsonl"           # article weights, train+dev only
 *     -Dexec.args="uci ../shared/eval/uci-news-aggregator-sample/uci-news-aggregator_first6366rows.csv"
 *     -Dexec.args="tune-headlines UCI_CSV ECBPLUS_JSONL"                    # headline weights on UCI 10-11 March</pre>
 * The UCI headlines are split by day: 10 and 11 March to tune, 12 March to report.
 * <pre>
 * </pre>
 */
public final class GroupingBenchmark {
    private GroupingBenchmark() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: GroupingBenchmark ecbplus|tune|uci PATH, or tune-headlines UCI_CSV ECBPLUS_JSONL");
            System.exit(2);
        }
        Path path = Path.of(args[1]);
        switch (args[0]) {
            case "ecbplus" -> {
                for (String split : List.of("train", "dev", "test")) {
                    report("ECB+ " + split, LabelledArticles.ecbPlus(path, split));
                }
            }
            case "uci" -> {
                LabelledArticles all = LabelledArticles.uci(path);
                report("UCI 10-11 Mar", all.days(java.time.LocalDate.of(2014, 3, 10), java.time.LocalDate.of(2014, 3, 11)));
                report("UCI 12 Mar", all.days(java.time.LocalDate.of(2014, 3, 12), java.time.LocalDate.of(2014, 3, 12)));
                report("UCI sample", all);
            }
            case "tune" -> GroupingTuning.articles(List.of(LabelledArticles.ecbPlus(path, "train"), LabelledArticles.ecbPlus(path, "dev")));
            case "tune-headlines" -> GroupingTuning.headlines(
                    LabelledArticles.uci(path).days(java.time.LocalDate.of(2014, 3, 10), java.time.LocalDate.of(2014, 3, 11)),
                    List.of(LabelledArticles.ecbPlus(Path.of(args[2]), "train"), LabelledArticles.ecbPlus(Path.of(args[2]), "dev")));
            default -> {
                System.err.println("unknown benchmark " + args[0]);
                System.exit(2);
            }
        }
    }

    private static void report(String name, LabelledArticles data) {
        long start = System.nanoTime();
        Grouping grouping = new EventGrouper().group(data.articles());
        double seconds = (System.nanoTime() - start) / 1e9;
        Map<String, String> eventOf = new HashMap<>();
        for (Event e : grouping.events()) {
            e.articles().forEach(a -> eventOf.put(a.id(), e.id()));
        }
        List<String> predicted = data.articles().stream().map(a -> eventOf.get(a.id())).toList();
        long trueEvents = data.events().stream().distinct().count();
        System.out.printf("%-12s %5d articles  %4d true events  %4d found   B-cubed %s   (%.1f s)%n", name,
                data.articles().size(), trueEvents, grouping.events().size(), BCubed.of(predicted, data.events()), seconds);
    }

    /** B-cubed of one grouping of prepared articles against their true events. */
    static BCubed score(PreparedArticles prepared, Map<String, String> truth, GroupingWeights w) {
        int[] labels = prepared.labels(w);
        List<Integer> predicted = new ArrayList<>();
        List<String> gold = new ArrayList<>();
        for (int i = 0; i < labels.length; i++) {
            predicted.add(labels[i]);
            gold.add(truth.get(prepared.articles().get(i).id()));
        }
        return BCubed.of(predicted, gold);
    }

    static Map<String, String> truth(LabelledArticles data) {
        Map<String, String> out = new HashMap<>();
        for (int i = 0; i < data.articles().size(); i++) {
            out.put(data.articles().get(i).id(), data.events().get(i));
        }
        return out;
    }
}
