package dev.brief.bench;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * B-cubed precision and recall (Bagga &amp; Baldwin 1998): for each item, the share of its predicted
 * cluster that truly belongs with it, and the share of its true cluster that was found with it.
 */
record BCubed(double precision, double recall) {
    double f1() {
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    static <P, G> BCubed of(List<P> predicted, List<G> gold) {
        int n = predicted.size();
        Map<P, Integer> predSize = new HashMap<>();
        Map<G, Integer> goldSize = new HashMap<>();
        Map<List<Object>, Integer> both = new HashMap<>();
        for (int i = 0; i < n; i++) {
            predSize.merge(predicted.get(i), 1, Integer::sum);
            goldSize.merge(gold.get(i), 1, Integer::sum);
            both.merge(List.of(predicted.get(i), gold.get(i)), 1, Integer::sum);
        }
        double p = 0;
        double r = 0;
        for (int i = 0; i < n; i++) {
            int common = both.get(List.of(predicted.get(i), gold.get(i)));
            p += (double) common / predSize.get(predicted.get(i));
            r += (double) common / goldSize.get(gold.get(i));
        }
        return new BCubed(p / n, r / n);
    }

    @Override
    public String toString() {
        return String.format("P %.3f  R %.3f  F1 %.3f", precision, recall, f1());
    }
}
