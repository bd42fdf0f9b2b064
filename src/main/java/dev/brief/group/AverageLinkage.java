package dev.brief.group;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Average-linkage agglomerative clustering on a similarity matrix. It needs no number of clusters: it
 * merges the two most similar groups while their average similarity is above a threshold. Average
 * linkage never merges at a higher similarity than the merge before, so one run gives the clustering
 * at every threshold. Ties go to the lowest indices, so the result is deterministic.
 */
public final class AverageLinkage {
    /** The groups holding items a and b merged at this average similarity. */
    public record Merge(int a, int b, double similarity) {}

    private AverageLinkage() {}

    /**
     * Every merge down to minSimilarity, in order.
     *
     * @param start start[i] is the item that i copies, or i itself: copies begin in one group
     */
    public static List<Merge> merges(float[][] similarity, int[] start, double minSimilarity) {
        int n = similarity.length;
        List<Merge> out = new ArrayList<>();
        int[] group = new int[n];
        for (int i = 0; i < n; i++) {
            group[i] = find(start, i);
        }
        // Groups are kept at their lowest index; sim holds the average similarity between live groups.
        double[][] sim = new double[n][n];
        int[] size = new int[n];
        boolean[] live = new boolean[n];
        for (int i = 0; i < n; i++) {
            size[group[i]]++;
            live[group[i]] = true;
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (i != j && group[i] != group[j]) {
                    sim[group[i]][group[j]] += similarity[i][j];
                }
            }
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (live[i] && live[j] && i != j) {
                    sim[i][j] /= (double) size[i] * size[j];
                }
            }
        }
        for (int i = 0; i < n; i++) {
            if (group[i] != i) {
                out.add(new Merge(group[i], i, Double.POSITIVE_INFINITY));
            }
        }
        int[] best = new int[n];
        Arrays.fill(best, -1);
        for (int i = 0; i < n; i++) {
            if (live[i]) {
                best[i] = bestOf(i, sim, live);
            }
        }
        while (true) {
            int a = -1;
            double top = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < n; i++) {
                if (live[i] && best[i] >= 0 && sim[i][best[i]] > top) {
                    top = sim[i][best[i]];
                    a = i;
                }
            }
            if (a < 0 || top < minSimilarity) {
                return out;
            }
            int b = best[a];
            int keep = Math.min(a, b);
            int gone = Math.max(a, b);
            out.add(new Merge(keep, gone, top));
            live[gone] = false;
            for (int k = 0; k < n; k++) {
                if (live[k] && k != keep) {
                    double v = (size[keep] * sim[keep][k] + size[gone] * sim[gone][k]) / (size[keep] + size[gone]);
                    sim[keep][k] = v;
                    sim[k][keep] = v;
                }
            }
            size[keep] += size[gone];
            for (int k = 0; k < n; k++) {
                if (!live[k]) {
                    continue;
                }
                if (k == keep || best[k] == keep || best[k] == gone) {
                    best[k] = bestOf(k, sim, live);
                } else if (sim[k][keep] > sim[k][best[k]] || (sim[k][keep] == sim[k][best[k]] && keep < best[k])) {
                    best[k] = keep;
                }
            }
        }
    }

    /** The group of each item after the merges at or above threshold: the lowest index in its group. */
    public static int[] cut(int n, List<Merge> merges, double threshold) {
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        for (Merge m : merges) {
            if (m.similarity() < threshold) {
                break;
            }
            int ra = find(parent, m.a());
            int rb = find(parent, m.b());
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            out[i] = find(parent, i);
        }
        return out;
    }

    /**
     * Moves each group of at most maxSize items into the larger group it is most similar to on
     * average, when that average reaches minSimilarity. A global threshold splits big events into a
     * core and a few stragglers (a short report, a follow-up); this gives the stragglers back.
     * Groups move whole, so copies stay together. Ties go to the lowest group.
     */
    public static int[] attachFragments(int[] labels, float[][] similarity, int maxSize, double minSimilarity) {
        int n = labels.length;
        java.util.TreeMap<Integer, List<Integer>> groups = new java.util.TreeMap<>();
        for (int i = 0; i < n; i++) {
            groups.computeIfAbsent(labels[i], k -> new ArrayList<>()).add(i);
        }
        int[] out = labels.clone();
        for (var fragment : groups.entrySet()) {
            if (fragment.getValue().size() > maxSize) {
                continue;
            }
            double best = Double.NEGATIVE_INFINITY;
            int target = -1;
            for (var group : groups.entrySet()) {
                if (group.getValue().size() <= maxSize) {
                    continue;
                }
                double sum = 0;
                for (int i : fragment.getValue()) {
                    for (int j : group.getValue()) {
                        sum += similarity[i][j];
                    }
                }
                double average = sum / ((double) fragment.getValue().size() * group.getValue().size());
                if (average > best) {
                    best = average;
                    target = group.getKey();
                }
            }
            if (target >= 0 && best >= minSimilarity) {
                for (int i : fragment.getValue()) {
                    out[i] = target;
                }
            }
        }
        return out;
    }

    private static int bestOf(int i, double[][] sim, boolean[] live) {
        int best = -1;
        for (int j = 0; j < sim.length; j++) {
            if (j != i && live[j] && (best < 0 || sim[i][j] > sim[i][best])) {
                best = j;
            }
        }
        return best;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            i = parent[i];
        }
        return i;
    }
}
