package dev.brief.group;

import dev.brief.domain.Article;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Articles made ready to group: in id order, with their features and candidate pairs, which do not
 * depend on the weights. One preparation can be grouped under many weights (the tuning benchmark).
 */
public final class PreparedArticles {
    private final List<Article> articles;
    final ArticleFeatures features;
    private final long[] candidates;
    private final int[] copies;
    private final Integer windowDays;

    private PreparedArticles(List<Article> articles, ArticleFeatures features, long[] candidates, int[] copies, Integer windowDays) {
        this.articles = articles;
        this.features = features;
        this.candidates = candidates;
        this.copies = copies;
        this.windowDays = windowDays;
    }

    /** @param windowDays no event spans this many days or more; null for no limit */
    public static PreparedArticles of(List<Article> input, Integer windowDays) {
        List<Article> articles = new ArrayList<>(input);
        articles.sort(Comparator.comparing(Article::id));
        ArticleFeatures features = ArticleFeatures.of(articles);
        return new PreparedArticles(List.copyOf(articles), features, CandidatePairs.of(features, windowDays), copies(articles),
                windowDays);
    }

    /** The articles in id order, as {@link #labels} numbers them. */
    public List<Article> articles() {
        return articles;
    }

    /** How many pairs are compared. */
    public int candidatePairs() {
        return candidates.length;
    }

    GraphLinkage.Result cluster(GroupingWeights weights) {
        return GraphLinkage.cluster(features, new ArticleWeights(features, weights), candidates, copies, weights.fragmentSize(),
                windowDays);
    }

    /** Each article's group under these weights: the lowest index in it. */
    public int[] labels(GroupingWeights weights) {
        return cluster(weights).labels();
    }

    /** start[i]: the first article of i's chain of copies (Article.duplicateOf), else i itself. */
    private static int[] copies(List<Article> articles) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < articles.size(); i++) {
            index.put(articles.get(i).id(), i);
        }
        int[] root = new int[articles.size()];
        for (int i = 0; i < root.length; i++) {
            root[i] = i;
        }
        for (int i = 0; i < root.length; i++) {
            Integer original = articles.get(i).duplicateOf() == null ? null : index.get(articles.get(i).duplicateOf());
            if (original != null) {
                int a = rootOf(root, i);
                int b = rootOf(root, original);
                root[Math.max(a, b)] = Math.min(a, b);
            }
        }
        for (int i = 0; i < root.length; i++) {
            root[i] = rootOf(root, i);
        }
        return root;
    }

    private static int rootOf(int[] root, int i) {
        while (root[i] != i) {
            i = root[i];
        }
        return i;
    }
}
