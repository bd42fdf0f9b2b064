package dev.brief.group;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.lucene.codecs.hnsw.DefaultFlatVectorScorer;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.util.hnsw.HnswGraphBuilder;
import org.apache.lucene.util.hnsw.HnswGraphSearcher;
import org.apache.lucene.util.hnsw.OnHeapHnswGraph;
import org.apache.lucene.util.hnsw.RandomAccessVectorValues;
import org.apache.lucene.util.hnsw.RandomVectorScorerSupplier;

/**
 * The pairs of articles worth comparing, instead of all of them: each article's nearest neighbours by
 * embedding (Lucene's HNSW graph, approximate) and the articles that share its rarest words and names
 * (an inverted index). Their number grows with the number of articles, not with its square.
 */
final class CandidatePairs {
    /** Neighbours by embedding, per article. */
    static final int NEIGHBOURS = 24;
    /** Articles sharing rare terms, per article. */
    static final int LEXICAL_NEIGHBOURS = 16;
    /** The terms of an article looked up in the index: its heaviest. */
    static final int QUERY_TERMS = 24;
    /** Terms held by more articles than this say little about a pair, and would make the lookup quadratic. */
    static final int MAX_FREQUENCY = 200;
    /** HNSW graph: neighbours per node and the beam while building (Lucene's defaults are 16 and 100). */
    private static final int MAX_CONNECTIONS = 16;
    private static final int BEAM_WIDTH = 64;
    private static final long SEED = 42;

    private CandidatePairs() {}

    /**
     * Every candidate pair once, as i × n + j with i below j, ascending.
     *
     * @param windowDays articles dated this many days apart or more are never paired; null for no limit
     */
    static long[] of(ArticleFeatures f, Integer windowDays) {
        int n = f.size();
        int[][] near = nearest(f.vectors, NEIGHBOURS);
        int[][] sharing = sharingRareTerms(f);
        long[] pairs = new long[IntStream.range(0, n).map(i -> near[i].length + sharing[i].length).sum()];
        int k = 0;
        for (int i = 0; i < n; i++) {
            for (int[] list : new int[][] {near[i], sharing[i]}) {
                for (int j : list) {
                    if (j != i && (windowDays == null || withinWindow(f.day[i], f.day[j], windowDays))) {
                        pairs[k++] = (long) Math.min(i, j) * n + Math.max(i, j);
                    }
                }
            }
        }
        return Arrays.stream(pairs, 0, k).sorted().distinct().toArray();
    }

    static boolean withinWindow(int a, int b, int windowDays) {
        return a == ArticleFeatures.NO_DAY || b == ArticleFeatures.NO_DAY || Math.abs(a - b) < windowDays;
    }

    /** The k nearest other articles of each, by cosine. The graph is built on one thread, so it is the same every run. */
    static int[][] nearest(float[][] vectors, int k) {
        int n = vectors.length;
        int[][] out = new int[n][];
        if (n <= k + 1) {
            for (int i = 0; i < n; i++) {
                final int self = i;
                out[i] = IntStream.range(0, n).filter(j -> j != self).toArray();
            }
            return out;
        }
        try {
            RandomAccessVectorValues.Floats values = RandomAccessVectorValues.fromFloats(Arrays.asList(vectors), vectors[0].length);
            RandomVectorScorerSupplier scorers = DefaultFlatVectorScorer.INSTANCE
                    .getRandomVectorScorerSupplier(VectorSimilarityFunction.DOT_PRODUCT, values);
            OnHeapHnswGraph graph = HnswGraphBuilder.create(scorers, MAX_CONNECTIONS, BEAM_WIDTH, SEED).build(n);
            IntStream.range(0, n).parallel().forEach(i -> {
                try {
                    ScoreDoc[] found = HnswGraphSearcher.search(scorers.copy().scorer(i), k + 1, graph, null, Integer.MAX_VALUE)
                            .topDocs().scoreDocs;
                    out[i] = Arrays.stream(found).mapToInt(d -> d.doc).filter(j -> j != i).limit(k).toArray();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e); // the vectors are in memory: no I/O happens
        }
        return out;
    }

    /**
     * For each article, the others with the largest share of its heaviest rare words and names (held by
     * 2 to {@link #MAX_FREQUENCY} articles), scored by the part of the TF-IDF cosine those terms give.
     */
    static int[][] sharingRareTerms(ArticleFeatures f) {
        int n = f.size();
        int[][] wordPostings = postings(f.words, f.wordFrequency);
        int[][] namePostings = postings(f.names, f.nameFrequency);
        int[][] out = new int[n][];
        ThreadLocal<Scores> scratch = ThreadLocal.withInitial(() -> new Scores(n));
        IntStream.range(0, n).parallel().forEach(i -> {
            Scores score = scratch.get();
            score.add(i, f.words, f.wordFrequency, wordPostings);
            score.add(i, f.names, f.nameFrequency, namePostings);
            out[i] = score.top(i, LEXICAL_NEIGHBOURS);
        });
        return out;
    }

    /** One thread's running scores of the articles met in the postings of one article's terms. */
    private static final class Scores {
        private final double[] score;
        private int[] touched = new int[64];
        private int count;

        Scores(int n) {
            score = new double[n];
        }

        void add(int i, TextFeatures.Sparse[] vectors, int[] frequency, int[][] postings) {
            TextFeatures.Sparse v = vectors[i];
            Integer[] rare = IntStream.range(0, v.size()).filter(k -> {
                int df = frequency[v.terms()[k]];
                return df >= 2 && df <= MAX_FREQUENCY;
            }).boxed().toArray(Integer[]::new);
            Arrays.sort(rare, (a, b) -> a.equals(b) ? 0 : v.weights()[b] != v.weights()[a]
                    ? Float.compare(v.weights()[b], v.weights()[a]) : Integer.compare(a, b));
            for (int q = 0; q < Math.min(QUERY_TERMS, rare.length); q++) {
                int k = rare[q];
                int term = v.terms()[k];
                for (int j : postings[term]) {
                    if (score[j] == 0) {
                        if (count == touched.length) {
                            touched = Arrays.copyOf(touched, count * 2);
                        }
                        touched[count++] = j;
                    }
                    TextFeatures.Sparse o = vectors[j];
                    score[j] += (double) v.weights()[k] * o.weights()[Arrays.binarySearch(o.terms(), term)];
                }
            }
        }

        /** The best-scored articles other than i, most shared first (ties: lowest index); clears the scores. */
        int[] top(int i, int limit) {
            long[] ranked = new long[count];
            int m = 0;
            for (int c = 0; c < count; c++) {
                int j = touched[c];
                if (j != i) {
                    // Scores are positive, so their float bits order as the scores do: highest first, then lowest index.
                    ranked[m++] = ((long) (Integer.MAX_VALUE - Float.floatToIntBits((float) score[j])) << 32) | j;
                }
                score[j] = 0;
            }
            count = 0;
            Arrays.sort(ranked, 0, m);
            int[] best = new int[Math.min(limit, m)];
            for (int c = 0; c < best.length; c++) {
                best[c] = (int) ranked[c];
            }
            return best;
        }
    }

    /** For each term held by at most MAX_FREQUENCY articles, the articles that hold it; others get none. */
    private static int[][] postings(TextFeatures.Sparse[] vectors, int[] frequency) {
        int[][] out = new int[frequency.length][];
        int[] fill = new int[frequency.length];
        for (int t = 0; t < frequency.length; t++) {
            out[t] = frequency[t] <= MAX_FREQUENCY ? new int[frequency[t]] : new int[0];
        }
        for (int i = 0; i < vectors.length; i++) {
            for (int t : vectors[i].terms()) {
                if (frequency[t] <= MAX_FREQUENCY) {
                    out[t][fill[t]++] = i;
                }
            }
        }
        return out;
    }
}
