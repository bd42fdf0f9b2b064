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

    static void headlines(LabelledArticles uci, List<LabelledArticles> ecb) {
        PreparedArticles day = PreparedArticles.of(uci.articles(), null);
        Map<String, String> truth = GroupingBenchmark.truth(uci);
        List<Result> results = new ArrayList<>();
        for (double we = 0.2; we <= 1.001; we += 0.1) {
            for (double wn = 0; wn <= 0.401 && we + wn <= 1.001; wn += 0.1) {
                double wl = Math.max(0, 1 - we - wn);
                for (double t = 0.10; t <= 0.5; t += 0.02) {
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
        System.out.println("ECB+ train and dev with the default weights: " + evaluate(GroupingWeights.DEFAULT, ecbPrepared, ecbTruths).scores);
        for (Result r : results.subList(0, Math.min(25, results.size()))) {
            Result e = evaluate(r.w, ecbPrepared, ecbTruths);
            System.out.printf("UCI 10-11 Mar %s   ECB+ train %s  dev %s   %s%n", r.scores.get(0), e.scores.get(0), e.scores.get(1), r.w.headline());
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
