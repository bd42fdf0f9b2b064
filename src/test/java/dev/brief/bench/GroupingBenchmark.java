package dev.brief.bench;

import dev.brief.group.AverageLinkage;
import dev.brief.group.EventGrouper;
import dev.brief.domain.Event;
import dev.brief.group.Grouping;
import dev.brief.group.GroupingWeights;
import dev.brief.group.PairSignals;
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
 *     -Dexec.args="tune ../shared/eval/ecbplus/ecbplus_docs.jsonl"           # weight search, train+dev only
 *     -Dexec.args="uci ../shared/eval/uci-news-aggregator-sample/uci-news-aggregator_first6366rows.csv"
 * </pre>
 */
public final class GroupingBenchmark {
    private GroupingBenchmark() {}

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: GroupingBenchmark ecbplus|tune|uci PATH");
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
            case "tune" -> tune(List.of(LabelledArticles.ecbPlus(path, "train"), LabelledArticles.ecbPlus(path, "dev")));
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

    /** Grid search on train and dev; the objective is the mean F1 of the two splits. */
    private static void tune(List<LabelledArticles> sets) {
        List<PairSignals> signals = new ArrayList<>();
        List<int[]> starts = new ArrayList<>();
        List<List<String>> golds = new ArrayList<>();
        for (LabelledArticles set : sets) {
            List<Article> sorted = new ArrayList<>(set.articles());
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < sorted.size(); i++) {
                order.add(i);
            }
            order.sort(Comparator.comparing(i -> set.articles().get(i).id()));
            sorted = order.stream().map(set.articles()::get).toList();
            signals.add(PairSignals.of(sorted));
            int[] start = new int[sorted.size()];
            for (int i = 0; i < start.length; i++) {
                start[i] = i;
            }
            starts.add(start);
            golds.add(order.stream().map(set.events()::get).toList());
        }
        record Result(GroupingWeights w, double mean, List<BCubed> scores) {}
        List<Result> results = new ArrayList<>();
        double[] embeddingWeights = {0, 0.2, 0.4, 0.5, 0.6, 0.8, 1.0};
        double[] entityWeights = {0, 0.1, 0.2, 0.3, 0.4};
        double[] datePenalties = {0, 0.1, 0.2, 0.4, 0.8};
        double[] windows = {7, 30, 90, 365};
        for (double we : embeddingWeights) {
            for (double wn : entityWeights) {
                double wl = 1 - we - wn;
                if (wl < -1e-9) {
                    continue;
                }
                for (double dp : datePenalties) {
                    for (double win : dp == 0 ? new double[] {7} : windows) {
                        GroupingWeights w = new GroupingWeights(we, Math.max(0, wl), wn, dp, win, 0, 0, 0);
                        List<List<AverageLinkage.Merge>> merges = new ArrayList<>();
                        for (int s = 0; s < signals.size(); s++) {
                            merges.add(AverageLinkage.merges(signals.get(s).combined(w), starts.get(s), -1));
                        }
                        for (double t = 0.05; t <= 0.8; t += 0.01) {
                            List<BCubed> scores = new ArrayList<>();
                            double mean = 0;
                            for (int s = 0; s < signals.size(); s++) {
                                int n = golds.get(s).size();
                                int[] labels = AverageLinkage.cut(n, merges.get(s), t);
                                List<Integer> predicted = new ArrayList<>();
                                for (int l : labels) {
                                    predicted.add(l);
                                }
                                BCubed b = BCubed.of(predicted, golds.get(s));
                                scores.add(b);
                                mean += b.f1() / signals.size();
                            }
                            results.add(new Result(w.withThreshold(Math.round(t * 100) / 100.0), mean, scores));
                        }
                    }
                }
            }
        }
        results.sort(Comparator.comparingDouble(Result::mean).reversed());
        // Second stage: give stragglers back to their event, on top of the best clusterings.
        List<Result> attached = new ArrayList<>();
        for (Result base : results.subList(0, Math.min(10, results.size()))) {
            List<float[][]> sims = new ArrayList<>();
            List<List<AverageLinkage.Merge>> merges = new ArrayList<>();
            for (int s = 0; s < signals.size(); s++) {
                sims.add(signals.get(s).combined(base.w));
                merges.add(AverageLinkage.merges(sims.get(s), starts.get(s), base.w.threshold()));
            }
            for (int size = 1; size <= 4; size++) {
                for (double attach = 0.10; attach <= 0.301; attach += 0.025) {
                    List<BCubed> scores = new ArrayList<>();
                    double mean = 0;
                    for (int s = 0; s < signals.size(); s++) {
                        int n = golds.get(s).size();
                        int[] labels = AverageLinkage.attachFragments(AverageLinkage.cut(n, merges.get(s), base.w.threshold()),
                                sims.get(s), size, attach);
                        List<Integer> predicted = new ArrayList<>();
                        for (int l : labels) {
                            predicted.add(l);
                        }
                        BCubed b = BCubed.of(predicted, golds.get(s));
                        scores.add(b);
                        mean += b.f1() / signals.size();
                    }
                    attached.add(new Result(base.w.withFragments(size, Math.round(attach * 1000) / 1000.0), mean, scores));
                }
            }
        }
        results.addAll(attached);
        results.sort(Comparator.comparingDouble(Result::mean).reversed());
        for (Result r : results.subList(0, Math.min(25, results.size()))) {
            System.out.printf("mean F1 %.4f  train %s  dev %s  %s%n", r.mean, r.scores.get(0), r.scores.get(1), r.w);
        }
        System.out.println("best for each date penalty:");
        java.util.Set<List<Double>> seen = new java.util.HashSet<>();
        for (Result r : results) {
            if (seen.add(List.of(r.w.datePenalty(), r.w.dateWindowDays()))) {
                System.out.printf("mean F1 %.4f  train %s  dev %s  %s%n", r.mean, r.scores.get(0), r.scores.get(1), r.w);
            }
        }
    }
}
