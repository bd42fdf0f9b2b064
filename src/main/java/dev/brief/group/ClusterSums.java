package dev.brief.group;

import java.util.Arrays;

/**
 * A group of articles reduced to sums, from which the similarity summed over every pair of articles
 * between two groups comes exactly, in the time of one pair. The similarity of two articles is
 *
 * <pre>
 *   e(i)e(j) cos(embeddings) + l(i)l(j) cos(words) + m(i)m(j) cos(names) - date penalty(days apart)
 * </pre>
 *
 * where e, l and m are the square roots of each article's weights ({@link ArticleWeights}). The
 * first three terms are dot products, so their sum over all pairs is the dot product of the groups'
 * weighted vector sums; the date term is summed over the groups' counts of articles per day. This is
 * what makes average linkage over a sparse graph exact: two groups are compared by all their pairs,
 * not only by the pairs that were candidates.
 */
final class ClusterSums {
    final int size;
    /** The weighted sum of embeddings is vectorScale × vector (a lone article shares its own vector). */
    private final float[] vector;
    private final float vectorScale;
    private final TextFeatures.Sparse words;
    private final float wordsScale;
    private final TextFeatures.Sparse names;
    private final float namesScale;
    /** The sum of each article's similarity to itself, for averages over distinct pairs. */
    final double selfSimilarity;
    /**
     * The highest threshold and attach threshold of the group's articles. Two groups merge at the higher
     * of their thresholds: a headline's lower threshold lets headlines of one story find each other,
     * but never lowers the bar between two groups of whole articles.
     */
    final double threshold;
    final double attachThreshold;
    /** The days the articles are dated, ascending, and how many articles each; undated ones are left out. */
    private final int[] days;
    private final int[] dayCounts;

    private ClusterSums(int size, float[] vector, float vectorScale, TextFeatures.Sparse words, float wordsScale,
            TextFeatures.Sparse names, float namesScale, double selfSimilarity, double threshold, double attachThreshold,
            int[] days, int[] dayCounts) {
        this.size = size;
        this.vector = vector;
        this.vectorScale = vectorScale;
        this.words = words;
        this.wordsScale = wordsScale;
        this.names = names;
        this.namesScale = namesScale;
        this.selfSimilarity = selfSimilarity;
        this.threshold = threshold;
        this.attachThreshold = attachThreshold;
        this.days = days;
        this.dayCounts = dayCounts;
    }

    static ClusterSums of(int i, ArticleFeatures f, ArticleWeights w) {
        float[] v = f.vectors[i];
        double self = w.embedding[i] * w.embedding[i] * dot(v, v)
                + w.lexical[i] * w.lexical[i] * f.words[i].dot(f.words[i])
                + w.entities[i] * w.entities[i] * f.names[i].dot(f.names[i]);
        boolean dated = f.day[i] != ArticleFeatures.NO_DAY;
        return new ClusterSums(1, v, w.embedding[i], f.words[i], w.lexical[i], f.names[i], w.entities[i], self,
                w.threshold[i], w.attach[i], dated ? new int[] {f.day[i]} : new int[0], dated ? new int[] {1} : new int[0]);
    }

    ClusterSums plus(ClusterSums o) {
        float[] v = new float[vector.length];
        for (int k = 0; k < v.length; k++) {
            v[k] = vectorScale * vector[k] + o.vectorScale * o.vector[k];
        }
        int[] d = new int[days.length + o.days.length];
        int[] c = new int[d.length];
        int i = 0;
        int j = 0;
        int k = 0;
        while (i < days.length || j < o.days.length) {
            if (j == o.days.length || i < days.length && days[i] < o.days[j]) {
                d[k] = days[i];
                c[k++] = dayCounts[i++];
            } else if (i == days.length || o.days[j] < days[i]) {
                d[k] = o.days[j];
                c[k++] = o.dayCounts[j++];
            } else {
                d[k] = days[i];
                c[k++] = dayCounts[i++] + o.dayCounts[j++];
            }
        }
        return new ClusterSums(size + o.size, v, 1, words.plus(wordsScale, o.words, o.wordsScale), 1,
                names.plus(namesScale, o.names, o.namesScale), 1, selfSimilarity + o.selfSimilarity, Math.max(threshold, o.threshold),
                Math.max(attachThreshold, o.attachThreshold), Arrays.copyOf(d, k), Arrays.copyOf(c, k));
    }

    /** The similarity summed over every pair (i in this group, j in o); with o == this, every ordered pair and i with itself. */
    double pairSum(ClusterSums o, ArticleWeights w) {
        double sum = vectorScale * o.vectorScale * dot(vector, o.vector)
                + wordsScale * o.wordsScale * words.dot(o.words)
                + namesScale * o.namesScale * names.dot(o.names);
        for (int i = 0; i < days.length; i++) {
            for (int j = 0; j < o.days.length; j++) {
                sum -= (double) dayCounts[i] * o.dayCounts[j] * w.datePenalty(Math.abs(days[i] - o.days[j]));
            }
        }
        return sum;
    }

    /** The average similarity between the two groups less their threshold: merge at zero or above. */
    double mergeMargin(ClusterSums o, ArticleWeights w) {
        return pairSum(o, w) / ((double) size * o.size) - Math.max(threshold, o.threshold);
    }

    /** The same against the attach thresholds. */
    double attachMargin(ClusterSums o, ArticleWeights w) {
        return pairSum(o, w) / ((double) size * o.size) - Math.max(attachThreshold, o.attachThreshold);
    }

    /** Days from the first dated article of both groups to the last; 0 when fewer than two are dated. */
    int spanWith(ClusterSums o) {
        if (days.length == 0 || o.days.length == 0) {
            return days.length == 0 ? span(o) : span(this);
        }
        return Math.max(days[days.length - 1], o.days[o.days.length - 1]) - Math.min(days[0], o.days[0]);
    }

    private static int span(ClusterSums s) {
        return s.days.length == 0 ? 0 : s.days[s.days.length - 1] - s.days[0];
    }

    static double dot(float[] a, float[] b) {
        double sum = 0;
        for (int k = 0; k < a.length; k++) {
            sum += a[k] * b[k];
        }
        return sum;
    }
}
