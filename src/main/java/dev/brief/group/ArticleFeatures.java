package dev.brief.group;

import dev.brief.domain.Article;
import dev.brief.text.Words;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * What grouping knows of each article, computed once and on all cores: the sentence embedding of its
 * headline and lead, TF-IDF vectors of its words and of its names, its day, and how much text it has.
 * Weights are applied later ({@link ArticleWeights}), so one set of features serves any weights.
 */
public final class ArticleFeatures {
    /** What the embedding model reads: the headline and the lead. Longer text costs time and adds little. */
    static final int EMBEDDED_CHARS = 200;
    /** The day of an undated article. */
    static final int NO_DAY = Integer.MIN_VALUE;

    final int n;
    /** Unit vectors: a dot product is the cosine. */
    final float[][] vectors;
    final TextFeatures.Sparse[] words;
    final TextFeatures.Sparse[] names;
    /** How many articles hold each word and each name: rare ones find candidate pairs. */
    final int[] wordFrequency;
    final int[] nameFrequency;
    final int[] day;
    final int[] wordCount;
    final boolean[] headlineOnly;
    private final int embedded;

    private ArticleFeatures(float[][] vectors, TextFeatures.Weighted words, TextFeatures.Weighted names, int[] day, int[] wordCount,
            boolean[] headlineOnly, int embedded) {
        this.n = vectors.length;
        this.vectors = vectors;
        this.words = words.vectors().toArray(TextFeatures.Sparse[]::new);
        this.names = names.vectors().toArray(TextFeatures.Sparse[]::new);
        this.wordFrequency = words.documentFrequency();
        this.nameFrequency = names.documentFrequency();
        this.day = day;
        this.wordCount = wordCount;
        this.headlineOnly = headlineOnly;
        this.embedded = embedded;
    }

    /** Articles are read in chunks: each chunk's words on all cores, then counted in order, then let go. */
    private static final int CHUNK = 2048;

    public static ArticleFeatures of(List<Article> articles) {
        int n = articles.size();
        String[] leads = new String[n];
        int[] day = new int[n];
        int[] wordCount = new int[n];
        boolean[] headlineOnly = new boolean[n];
        TextFeatures.TfIdf words = new TextFeatures.TfIdf();
        TextFeatures.TfIdf names = new TextFeatures.TfIdf();
        for (int from = 0; from < n; from += CHUNK) {
            int to = Math.min(n, from + CHUNK);
            List<List<String>> chunkWords = new ArrayList<>(java.util.Collections.nCopies(to - from, null));
            List<List<String>> chunkNames = new ArrayList<>(java.util.Collections.nCopies(to - from, null));
            final int first = from;
            IntStream.range(from, to).parallel().forEach(i -> {
                Article a = articles.get(i);
                String full = fullText(a);
                leads[i] = lead(full);
                chunkWords.set(i - first, TextFeatures.words(full));
                chunkNames.set(i - first, TextFeatures.entities(full));
                day[i] = a.published() == null ? NO_DAY : (int) a.published().toEpochDay();
                wordCount[i] = Words.count(a.text());
                headlineOnly[i] = a.headlineOnly();
            });
            chunkWords.forEach(words::add);
            chunkNames.forEach(names::add);
        }
        SentenceEmbedder.Embedded vectors = SentenceEmbedder.embedDistinct(List.of(leads));
        return new ArticleFeatures(vectors.vectors(), words.weigh(), names.weigh(), day, wordCount, headlineOnly, vectors.modelCalls());
    }

    /** The headline and the text; a headline-only article's text is its headline, read once. */
    private static String fullText(Article a) {
        if (a.title() == null || a.headlineOnly()) {
            return a.text();
        }
        return a.title() + ".\n" + a.text();
    }

    /** The part of an article the embedding model reads. */
    public static String lead(Article a) {
        return lead(fullText(a));
    }

    private static String lead(String full) {
        return full.length() <= EMBEDDED_CHARS ? full : full.substring(0, EMBEDDED_CHARS);
    }

    public int size() {
        return n;
    }

    /** How many texts went through the embedding model (identical leads are embedded once). */
    public int embedded() {
        return embedded;
    }
}
