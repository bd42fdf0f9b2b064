package dev.brief.group;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.brief.Console;
import dev.brief.domain.Article;
import dev.brief.read.ArticleReader;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

class GraphLinkageTest {
    private static final String FIXTURES = "src/test/resources/daily/";

    private static ArticleFeatures features() {
        List<Article> articles = new ArrayList<>(new ArticleReader(Console.silent(), new ByteArrayInputStream(new byte[0]))
                .read(List.of(FIXTURES + "day", FIXTURES + "headlines.jsonl", FIXTURES + "quake-march.txt", FIXTURES + "quake-september.txt"))
                .articles());
        articles.sort(Comparator.comparing(Article::id));
        return ArticleFeatures.of(articles);
    }

    /** The similarity of two articles, written out pair by pair, as the all-pairs grouping computed it. */
    private static double similarity(ArticleFeatures f, ArticleWeights w, int i, int j) {
        double s = w.embedding[i] * w.embedding[j] * ClusterSums.dot(f.vectors[i], f.vectors[j])
                + w.lexical[i] * w.lexical[j] * f.words[i].dot(f.words[j])
                + w.entities[i] * w.entities[j] * f.names[i].dot(f.names[j]);
        if (f.day[i] != ArticleFeatures.NO_DAY && f.day[j] != ArticleFeatures.NO_DAY) {
            s -= w.datePenalty(Math.abs(f.day[i] - f.day[j]));
        }
        return s;
    }

    /** Textbook average linkage over every pair: merge the closest two groups while above the higher threshold of their articles. */
    private static int[] allPairs(ArticleFeatures f, ArticleWeights w) {
        int n = f.size();
        List<List<Integer>> groups = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            groups.add(new ArrayList<>(List.of(i)));
        }
        while (true) {
            double best = Double.NEGATIVE_INFINITY;
            int[] pair = null;
            for (int a = 0; a < groups.size(); a++) {
                for (int b = a + 1; b < groups.size(); b++) {
                    double sum = 0;
                    double threshold = 0;
                    for (int i : groups.get(a)) {
                        threshold = Math.max(threshold, w.threshold[i]);
                        for (int j : groups.get(b)) {
                            sum += similarity(f, w, i, j);
                            threshold = Math.max(threshold, w.threshold[j]);
                        }
                    }
                    double margin = sum / (groups.get(a).size() * groups.get(b).size()) - threshold;
                    if (margin > best) {
                        best = margin;
                        pair = new int[] {a, b};
                    }
                }
            }
            if (pair == null || best < 0) {
                break;
            }
            groups.get(pair[0]).addAll(groups.remove(pair[1]));
        }
        int[] labels = new int[n];
        for (List<Integer> g : groups) {
            int min = g.stream().min(Integer::compare).orElseThrow();
            g.forEach(i -> labels[i] = min);
        }
        return labels;
    }

    @Test
    void sumsGiveTheAverageOverEveryPair() {
        ArticleFeatures f = features();
        ArticleWeights w = new ArticleWeights(f, GroupingWeights.DEFAULT);
        ClusterSums a = ClusterSums.of(0, f, w).plus(ClusterSums.of(3, f, w)).plus(ClusterSums.of(5, f, w));
        ClusterSums b = ClusterSums.of(1, f, w).plus(ClusterSums.of(7, f, w));
        double sum = 0;
        for (int i : new int[] {0, 3, 5}) {
            for (int j : new int[] {1, 7}) {
                sum += similarity(f, w, i, j);
            }
        }
        assertEquals(sum, a.pairSum(b, w), 1e-5);
    }

    @Test
    void withEveryPairAsCandidateItIsAverageLinkageOverAllPairs() {
        ArticleFeatures f = features();
        int n = f.size();
        for (GroupingWeights weights : List.of(GroupingWeights.DEFAULT, GroupingWeights.DEFAULT.withHeadline(GroupingWeights.ARTICLE))) {
            ArticleWeights w = new ArticleWeights(f, weights);
            long[] every = new long[n * (n - 1) / 2];
            int k = 0;
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    every[k++] = (long) i * n + j;
                }
            }
            int[] start = new int[n];
            Arrays.setAll(start, i -> i);
            int[] labels = GraphLinkage.cluster(f, w, every, start, 0, null).labels();
            assertEquals(Arrays.toString(allPairs(f, w)), Arrays.toString(labels));
            // The candidates found by neighbours and rare terms give the same events here.
            assertEquals(Arrays.toString(labels), Arrays.toString(GraphLinkage.cluster(f, w, CandidatePairs.of(f, null), start, 0, null).labels()));
        }
    }

    @Test
    void nearestNeighboursFindTheTrueNearestAndNeverTheArticleItself() {
        int n = 600;
        java.util.Random random = new java.util.Random(3);
        float[][] vectors = new float[n][];
        for (int i = 0; i < n; i++) {
            float[] v = new float[48];
            double norm = 0;
            for (int d = 0; d < v.length; d++) {
                v[d] = (float) random.nextGaussian();
                norm += v[d] * v[d];
            }
            for (int d = 0; d < v.length; d++) {
                v[d] /= (float) Math.sqrt(norm);
            }
            vectors[i] = v;
        }
        int[][] near = CandidatePairs.nearest(vectors, 10);
        int found = 0;
        for (int i = 0; i < n; i++) {
            assertEquals(10, near[i].length);
            final int self = i;
            assertTrue(Arrays.stream(near[i]).noneMatch(j -> j == self));
            int truth = -1;
            for (int j = 0; j < n; j++) {
                if (j != i && (truth < 0 || ClusterSums.dot(vectors[i], vectors[j]) > ClusterSums.dot(vectors[i], vectors[truth]))) {
                    truth = j;
                }
            }
            final int nearest = truth;
            found += Arrays.stream(near[i]).anyMatch(j -> j == nearest) ? 1 : 0;
        }
        assertTrue(found >= n * 0.95, found + " of " + n + " true nearest neighbours found");
        assertEquals(Arrays.deepToString(near), Arrays.deepToString(CandidatePairs.nearest(vectors, 10)), "the same every run");
    }
}
