package dev.brief.bench;

import dev.brief.group.GroupingWeights;
import dev.brief.group.PreparedArticles;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Grid searches behind the grouping defaults: the article weights on ECB+ train and dev, and the
 * headline weights on the UCI headlines of 10 and 11 March (ECB+ train and dev shown beside them, as
 * short ECB+ articles take part of the headline weights). Test splits and 12 March are never used.
 */
final class GroupingTuning {
    private GroupingTuning() {}

    private record Result(GroupingWeights w, double objective, List<BCubed> scores) {}

    static void articles(List<LabelledArticles> sets) {
        List<PreparedArticles> prepared = sets.stream().map(s -> PreparedArticles.of(s.articles(), null)).toList();
        List<Map<String, String>> truths = sets.stream().map(GroupingBenchmark::truth).toList();
        List<Result> results = new ArrayList<>();
        for (double we = 0; we <= 1.001; we += 0.1) {
            for (double wn = 0; wn <= 0.401 && we + wn <= 1.001; wn += 0.1) {
                double wl = Math.max(0, 1 - we - wn);
                for (double t = 0.15; t <= 0.6; t += 0.01) {
                    for (double attach : new double[] {t - 0.15, t - 0.09, t - 0.05, t}) {
                        GroupingWeights.Signals s = new GroupingWeights.Signals(r(we), r(wl), r(wn), r(t), r(attach));
                        GroupingWeights w = GroupingWeights.DEFAULT.withArticle(s);
                        results.add(evaluate(w, prepared, truths));
                    }
                }
            }
        }
        print(results, "train", "dev");
    }

    /**
     * The headline weights maximise F1 on the UCI headlines of 10-11 March (all headline-only, so the
     * length bounds do not touch them); then, for the best of them, the length bounds (up to which
     * an article counts as a headline, from which as a whole article) maximise the mean F1 on ECB+
     * train and dev, whose shortest articles are one-sentence leads.
     */
    static void headlines(LabelledArticles uci, List<LabelledArticles> ecb) {
        PreparedArticles day = PreparedArticles.of(uci.articles(), null);
        Map<String, String> truth = GroupingBenchmark.truth(uci);
        List<Result> results = new ArrayList<>();
        double[] embedding = System.getProperty("embedding") == null ? new double[] {0.4, 0.5, 0.6, 0.7, 0.8, 0.9}
                : new double[] {Double.parseDouble(System.getProperty("embedding"))};
        for (double we : embedding) {
            for (double wn = 0; wn <= 0.301 && we + wn <= 1.001; wn += 0.1) {
                double wl = Math.max(0, 1 - we - wn);
                for (double t = 0.14; t <= 0.281; t += 0.02) {
                    for (double attach : new double[] {t - 0.1, t - 0.05, t}) {
                        GroupingWeights.Signals s = new GroupingWeights.Signals(r(we), r(wl), r(wn), r(t), r(attach));
                        results.add(evaluate(GroupingWeights.DEFAULT.withHeadline(s), List.of(day), List.of(truth)));
                    }
                }
            }
        }
        results.sort(Comparator.comparingDouble(Result::objective).reversed());
        List<PreparedArticles> ecbPrepared = ecb.stream().map(s -> PreparedArticles.of(s.articles(), null)).toList();
        List<Map<String, String>> ecbTruths = ecb.stream().map(GroupingBenchmark::truth).toList();
        System.out.println("ECB+ train and dev, article weights for all: "
                + evaluate(GroupingWeights.DEFAULT.withHeadline(GroupingWeights.ARTICLE), ecbPrepared, ecbTruths).scores);
        for (Result r : results.subList(0, Math.min(Integer.getInteger("top", 12), results.size()))) {
            Result best = null;
            for (int[] bounds : new int[][] {{0, 1}, {5, 40}, {5, 60}, {10, 30}, {10, 60}, {15, 40}, {20, 40}, {20, 60}, {25, 60}}) {
                int headlineWords = bounds[0];
                int articleWords = bounds[1];
                {
                    Result e = evaluate(r.w.withLengths(headlineWords, articleWords), ecbPrepared, ecbTruths);
                    if (Boolean.getBoolean("verbose")) {
                        System.out.printf("      words %d..%d: train %s dev %s%n", headlineWords, articleWords, e.scores.get(0), e.scores.get(1));
                    }
                    if (best == null || e.objective > best.objective + 1e-9) {
                        best = e;
                    }
                }
            }
            System.out.printf("UCI %.4f  ECB+ %.4f  words %d..%d  train %.3f dev %.3f  %s%n", r.objective, best.objective,
                    best.w.headlineWords(), best.w.articleWords(), best.scores.get(0).f1(), best.scores.get(1).f1(), r.w.headline());
        }
    }

    private static Result evaluate(GroupingWeights w, List<PreparedArticles> prepared, List<Map<String, String>> truths) {
        List<BCubed> scores = new ArrayList<>();
        double mean = 0;
        for (int k = 0; k < prepared.size(); k++) {
            BCubed b = GroupingBenchmark.score(prepared.get(k), truths.get(k), w);
            scores.add(b);
            mean += b.f1() / prepared.size();
        }
        return new Result(w, mean, scores);
    }

    private static void print(List<Result> results, String first, String second) {
        results.sort(Comparator.comparingDouble(Result::objective).reversed());
        for (Result r : results.subList(0, Math.min(25, results.size()))) {
            System.out.printf("mean F1 %.4f  %s %s  %s %s  %s%n", r.objective, first, r.scores.get(0), second, r.scores.get(1), r.w.article());
        }
    }

    private static double r(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
