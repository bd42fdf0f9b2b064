package dev.brief.group;

import java.util.Arrays;
import java.util.PriorityQueue;
import java.util.stream.IntStream;

/**
 * Average-linkage clustering over a sparse graph of candidate pairs. It merges the two groups with the
 * highest average similarity (less their threshold) while that is at least zero, and needs no number of
 * events. Each group's average similarity to another is exact, over all their pairs ({@link ClusterSums}),
 * but only groups joined by a candidate pair are compared.
 *
 * <p>Average linkage is reducible: a merged group's average with a third is the size-weighted mean of
 * its parts' averages, so it is never above both, and its threshold (the higher of its parts') is never
 * below either. Pairs that were not candidates are taken to be below the attach threshold, and so is
 * every pair found below it, which is then dropped for good; memory and time stay bounded by the
 * candidate pairs. Merges go highest first, ties to the lowest indices,
 * and a group is known by its lowest article index, so the result is deterministic.
 *
 * <p>Afterwards, a group of at most {@code fragmentSize} articles moves into the larger group it is
 * closest to when their average reaches the attach threshold: a global threshold splits big events
 * into a core and a few stragglers (a short report, a follow-up), and this gives the stragglers back.
 */
final class GraphLinkage {
    /**
     * @param labels each article's group: the lowest article index in it
     * @param groups the sums of each group, at its label; null elsewhere
     */
    record Result(int[] labels, ClusterSums[] groups) {}

    private record Merge(double margin, int a, int b, int stampA, int stampB) implements Comparable<Merge> {
        @Override
        public int compareTo(Merge o) {
            int c = Double.compare(o.margin, margin);
            return c != 0 ? c : a != o.a ? Integer.compare(a, o.a) : Integer.compare(b, o.b);
        }
    }

    private final ArticleWeights weights;
    private final Integer windowDays;
    private final ClusterSums[] sums;
    private final int[] parent;
    private final int[] stamp;
    private final int[][] neighbours;
    private final int[] neighbourCount;
    private final PriorityQueue<Merge> queue = new PriorityQueue<>();
    /** Scratch: the last merge that saw each group as a neighbour. */
    private final int[] seen;
    private int merges;

    private GraphLinkage(int n, ArticleWeights weights, Integer windowDays) {
        this.weights = weights;
        this.windowDays = windowDays;
        sums = new ClusterSums[n];
        parent = new int[n];
        stamp = new int[n];
        neighbours = new int[n][];
        neighbourCount = new int[n];
        seen = new int[n];
        Arrays.fill(seen, -1);
    }

    /**
     * @param pairs      candidate pairs, as i × n + j ({@link CandidatePairs})
     * @param start      start[i] is the lowest index of i's copies, or i: copies begin in one group
     * @param windowDays no group spans this many days or more; null for no limit
     */
    static Result cluster(ArticleFeatures f, ArticleWeights w, long[] pairs, int[] start, int fragmentSize, Integer windowDays) {
        GraphLinkage g = new GraphLinkage(f.size(), w, windowDays);
        g.start(f, start);
        g.link(pairs, f.size());
        g.mergeAll();
        return g.attachFragments(fragmentSize);
    }

    private void start(ArticleFeatures f, int[] start) {
        for (int i = 0; i < parent.length; i++) {
            parent[i] = start[i];
            ClusterSums one = ClusterSums.of(i, f, weights);
            sums[start[i]] = start[i] == i ? one : sums[start[i]].plus(one);
        }
    }

    /** Turns article pairs into group pairs, compares them (on all cores) and queues those that may merge. */
    private void link(long[] pairs, int n) {
        long[] groupPairs = Arrays.stream(pairs).map(p -> {
            int a = parent[(int) (p / n)];
            int b = parent[(int) (p % n)];
            return a == b ? -1 : (long) Math.min(a, b) * n + Math.max(a, b);
        }).filter(p -> p >= 0).sorted().distinct().toArray();
        double[] merge = new double[groupPairs.length];
        double[] attach = new double[groupPairs.length];
        IntStream.range(0, groupPairs.length).parallel().forEach(k -> {
            int a = (int) (groupPairs[k] / n);
            int b = (int) (groupPairs[k] % n);
            if (allowed(a, b)) {
                merge[k] = sums[a].mergeMargin(sums[b], weights);
                attach[k] = sums[a].attachMargin(sums[b], weights);
            } else {
                attach[k] = Double.NEGATIVE_INFINITY;
            }
        });
        for (int k = 0; k < groupPairs.length; k++) {
            if (attach[k] >= 0) {
                int a = (int) (groupPairs[k] / n);
                int b = (int) (groupPairs[k] % n);
                addNeighbour(a, b);
                addNeighbour(b, a);
                if (merge[k] >= 0) {
                    queue.add(new Merge(merge[k], a, b, 0, 0));
                }
            }
        }
    }

    private void mergeAll() {
        for (Merge m; (m = queue.poll()) != null; ) {
            if (sums[m.a] == null || sums[m.b] == null || stamp[m.a] != m.stampA || stamp[m.b] != m.stampB) {
                continue; // one of the two has merged since
            }
            merge(m.a, m.b);
        }
    }

    private void merge(int a, int b) {
        int keep = Math.min(a, b);
        int gone = Math.max(a, b);
        sums[keep] = sums[keep].plus(sums[gone]);
        sums[gone] = null;
        parent[gone] = keep;
        stamp[keep]++;
        int[] around = aliveNeighbours(keep, gone);
        neighbours[gone] = null;
        neighbourCount[keep] = 0;
        for (int c : around) {
            if (!allowed(keep, c)) {
                continue;
            }
            double attach = sums[keep].attachMargin(sums[c], weights);
            if (attach < 0) {
                continue;
            }
            addNeighbour(keep, c);
            addNeighbour(c, keep);
            double margin = sums[keep].mergeMargin(sums[c], weights);
            if (margin >= 0) {
                queue.add(new Merge(margin, Math.min(keep, c), Math.max(keep, c), stamp[Math.min(keep, c)], stamp[Math.max(keep, c)]));
            }
        }
    }

    /** The live groups next to any of these, each once, ascending. */
    private int[] aliveNeighbours(int... groups) {
        int mark = merges++;
        int[] out = new int[8];
        int count = 0;
        for (int g : groups) {
            for (int k = 0; k < neighbourCount[g]; k++) {
                int c = neighbours[g][k];
                if (sums[c] == null || seen[c] == mark || c == groups[0] || groups.length > 1 && c == groups[1]) {
                    continue;
                }
                seen[c] = mark;
                if (count == out.length) {
                    out = Arrays.copyOf(out, count * 2);
                }
                out[count++] = c;
            }
        }
        int[] result = Arrays.copyOf(out, count);
        Arrays.sort(result);
        return result;
    }

    private void addNeighbour(int g, int c) {
        if (neighbours[g] == null) {
            neighbours[g] = new int[4];
        } else if (neighbourCount[g] == neighbours[g].length) {
            neighbours[g] = Arrays.copyOf(neighbours[g], neighbourCount[g] * 2);
        }
        neighbours[g][neighbourCount[g]++] = c;
    }

    /** Whether the two groups together stay inside the time window. */
    private boolean allowed(int a, int b) {
        return windowDays == null || sums[a].spanWith(sums[b]) < windowDays;
    }

    private Result attachFragments(int fragmentSize) {
        int n = parent.length;
        int[] moveTo = new int[n];
        Arrays.fill(moveTo, -1);
        for (int f = 0; f < n; f++) {
            if (sums[f] == null || sums[f].size > fragmentSize) {
                continue;
            }
            double best = Double.NEGATIVE_INFINITY;
            int target = -1;
            for (int g : aliveNeighbours(f)) {
                if (sums[g].size <= fragmentSize || !allowed(f, g)) {
                    continue;
                }
                double margin = sums[f].attachMargin(sums[g], weights);
                if (margin > best) {
                    best = margin;
                    target = g;
                }
            }
            if (target >= 0 && best >= 0) {
                moveTo[f] = target;
            }
        }
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            labels[i] = root(i);
        }
        ClusterSums[] groups = sums.clone();
        for (int f = 0; f < n; f++) {
            if (moveTo[f] >= 0) {
                groups[moveTo[f]] = groups[moveTo[f]].plus(sums[f]);
                groups[f] = null;
            }
        }
        for (int i = 0; i < n; i++) {
            if (moveTo[labels[i]] >= 0) {
                labels[i] = moveTo[labels[i]];
            }
        }
        return new Result(labels, groups);
    }

    private int root(int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
