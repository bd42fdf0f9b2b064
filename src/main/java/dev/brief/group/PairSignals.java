package dev.brief.group;

import dev.brief.domain.Article;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The similarity signals between every pair of articles: sentence embeddings, words (TF-IDF), names,
 * and days apart. Computed once; {@link #combined} weighs them into one similarity.
 */
public final class PairSignals {
    /** What the embedding model reads: the headline and the lead. Longer text costs time and adds little. */
    static final int EMBEDDED_CHARS = 200;

    private final int n;
    private final float[][] embedding;
    private final float[][] lexical;
    private final float[][] entities;
    private final int[][] daysApart;
    private final int embedded;

    private PairSignals(int n, float[][] embedding, float[][] lexical, float[][] entities, int[][] daysApart, int embedded) {
        this.n = n;
        this.embedding = embedding;
        this.lexical = lexical;
        this.entities = entities;
        this.daysApart = daysApart;
        this.embedded = embedded;
    }

    public static PairSignals of(List<Article> articles) {
        int n = articles.size();
        List<String> leads = new ArrayList<>(n);
        List<List<String>> words = new ArrayList<>(n);
        List<List<String>> names = new ArrayList<>(n);
        for (Article a : articles) {
            String full = (a.title() == null ? "" : a.title() + ".\n") + a.text();
            leads.add(lead(full));
            words.add(TextFeatures.words(full));
            names.add(TextFeatures.entities(full));
        }
        List<float[]> vectors = SentenceEmbedder.embed(leads);
        List<TextFeatures.Sparse> lex = TextFeatures.tfidf(words);
        List<TextFeatures.Sparse> ent = TextFeatures.tfidf(names);
        float[][] e = new float[n][n];
        float[][] l = new float[n][n];
        float[][] m = new float[n][n];
        int[][] d = new int[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                e[i][j] = e[j][i] = (float) SentenceEmbedder.cosine(vectors.get(i), vectors.get(j));
                l[i][j] = l[j][i] = (float) lex.get(i).dot(lex.get(j));
                m[i][j] = m[j][i] = (float) ent.get(i).dot(ent.get(j));
                d[i][j] = d[j][i] = daysApart(articles.get(i), articles.get(j));
            }
        }
        return new PairSignals(n, e, l, m, d, n);
    }

    /** The part of an article the embedding model reads. */
    public static String lead(Article a) {
        return lead((a.title() == null ? "" : a.title() + ".\n") + a.text());
    }

    private static String lead(String full) {
        return full.length() <= EMBEDDED_CHARS ? full : full.substring(0, EMBEDDED_CHARS);
    }

    private static int daysApart(Article a, Article b) {
        if (a.published() == null || b.published() == null) {
            return -1;
        }
        return (int) Math.abs(ChronoUnit.DAYS.between(a.published(), b.published()));
    }

    /** One similarity per pair: the weighted signals, less a penalty for reports days apart. */
    public float[][] combined(GroupingWeights w) {
        float[][] s = new float[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double v = w.embedding() * embedding[i][j] + w.lexical() * lexical[i][j] + w.entities() * entities[i][j];
                int days = daysApart[i][j];
                if (days > 0) {
                    v -= w.datePenalty() * Math.min(1.0, days / w.dateWindowDays());
                }
                s[i][j] = s[j][i] = (float) v;
            }
            s[i][i] = Float.NaN;
        }
        return s;
    }

    public float embedding(int i, int j) {
        return embedding[i][j];
    }

    public float lexical(int i, int j) {
        return lexical[i][j];
    }

    public float entities(int i, int j) {
        return entities[i][j];
    }

    /** How many texts went through the embedding model. */
    public int embedded() {
        return embedded;
    }
}
