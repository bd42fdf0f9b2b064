package dev.brief.group;

import dev.brief.domain.Article;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What grouping knows of one article, in a form that can be kept and compared on a later day: the
 * embedding of its lead, and its weighted words and names (TF-IDF over the articles it was read with,
 * the strongest {@link #KEPT_TERMS} of each). {@link #similarity} weighs them as grouping does, with
 * the same penalty for reports days apart.
 *
 * @param embedding the lead's sentence embedding, L2-normalised
 * @param words     content word → weight; the weights form a unit vector
 * @param names     name → weight; the weights form a unit vector
 */
public record ArticleSignals(float[] embedding, Map<String, Float> words, Map<String, Float> names) {
    /** Enough terms to compare two reports; the rest weigh little and cost room in the history. */
    public static final int KEPT_TERMS = 40;

    public ArticleSignals {
        words = Map.copyOf(words);
        names = Map.copyOf(names);
    }


    /** The signals of each article, with the words' weights taken among these articles (a day's, say). */
    public static List<ArticleSignals> of(List<Article> articles) {
        return of(articles, Map.of());
    }

    /** The same, taking the embeddings of articles grouping already read ({@link Grouping#leads}) instead of computing them again. */
    public static List<ArticleSignals> of(List<Article> articles, Map<String, float[]> known) {
        List<String> leads = new ArrayList<>(articles.size());
        List<List<String>> words = new ArrayList<>(articles.size());
        List<List<String>> names = new ArrayList<>(articles.size());
        for (Article a : articles) {
            String full = (a.title() == null ? "" : a.title() + ".\n") + a.text();
            leads.add(ArticleFeatures.lead(a));
            words.add(TextFeatures.words(full));
            names.add(TextFeatures.entities(full));
        }
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            if (!known.containsKey(articles.get(i).id())) {
                missing.add(leads.get(i));
            }
        }
        java.util.Iterator<float[]> computed = SentenceEmbedder.embed(missing).iterator();
        List<float[]> vectors = new ArrayList<>(articles.size());
        for (Article a : articles) {
            float[] v = known.get(a.id());
            vectors.add(v != null ? v : computed.next());
        }
        List<Map<String, Float>> w = weighted(words);
        List<Map<String, Float>> n = weighted(names);
        List<ArticleSignals> out = new ArrayList<>(articles.size());
        for (int i = 0; i < articles.size(); i++) {
            out.add(new ArticleSignals(vectors.get(i), w.get(i), n.get(i)));
        }
        return out;
    }

    /**
     * One similarity, weighed as grouping (ArticleFeatures, GroupingWeights.article) weighs a pair of one day's articles.
     *
     * @param daysApart how many days apart the two were published, or a negative number when unknown
     */
    public double similarity(ArticleSignals other, int daysApart, GroupingWeights w) {
        return content(other, w) - datePenalty(daysApart, w);
    }

    /** The similarity of what two reports say, before the penalty for their dates. */
    public double content(ArticleSignals other, GroupingWeights w) {
        return w.article().embedding() * SentenceEmbedder.cosine(embedding, other.embedding) + w.article().lexical() * dot(words, other.words)
                + w.article().entities() * dot(names, other.names);
    }

    /** What grouping takes off for reports days apart (nothing when a date is unknown, as a negative number says). */
    public static double datePenalty(int daysApart, GroupingWeights w) {
        return daysApart > 0 ? w.datePenalty() * Math.min(1.0, daysApart / w.dateWindowDays()) : 0;
    }

    /**
     * The mean of several articles' signals. {@link #content} is linear in each signal, so the content
     * similarity of two means is the average content similarity over every pair of their articles:
     * average linkage between two events at the cost of one comparison.
     */
    public static ArticleSignals mean(List<ArticleSignals> signals) {
        int n = signals.size();
        float[] e = new float[n == 0 ? 0 : signals.get(0).embedding.length];
        Map<String, Float> w = new HashMap<>();
        Map<String, Float> m = new HashMap<>();
        for (ArticleSignals s : signals) {
            for (int i = 0; i < e.length; i++) {
                e[i] += s.embedding[i] / n;
            }
            s.words.forEach((k, v) -> w.merge(k, v / n, Float::sum));
            s.names.forEach((k, v) -> m.merge(k, v / n, Float::sum));
        }
        return new ArticleSignals(e, w, m);
    }

    private static double dot(Map<String, Float> a, Map<String, Float> b) {
        Map<String, Float> small = a.size() <= b.size() ? a : b;
        Map<String, Float> large = small == a ? b : a;
        double sum = 0;
        for (Map.Entry<String, Float> e : small.entrySet()) {
            Float o = large.get(e.getKey());
            if (o != null) {
                sum += e.getValue() * o;
            }
        }
        return sum;
    }

    /** TF-IDF as {@link TextFeatures#tfidf} weighs terms (sublinear tf, smoothed idf), keeping the strongest terms. */
    private static List<Map<String, Float>> weighted(List<List<String>> docs) {
        Map<String, Integer> df = new HashMap<>();
        List<Map<String, Integer>> counts = new ArrayList<>(docs.size());
        for (List<String> doc : docs) {
            Map<String, Integer> c = new HashMap<>();
            doc.forEach(t -> c.merge(t, 1, Integer::sum));
            c.keySet().forEach(t -> df.merge(t, 1, Integer::sum));
            counts.add(c);
        }
        int n = docs.size();
        List<Map<String, Float>> out = new ArrayList<>(n);
        for (Map<String, Integer> c : counts) {
            List<Map.Entry<String, Double>> terms = new ArrayList<>();
            for (Map.Entry<String, Integer> e : c.entrySet()) {
                double idf = Math.log((n + 1.0) / (df.get(e.getKey()) + 1.0)) + 1.0;
                terms.add(Map.entry(e.getKey(), (1 + Math.log(e.getValue())) * idf));
            }
            // Strongest first, then by term, so that the same text keeps the same terms.
            terms.sort(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
            List<Map.Entry<String, Double>> kept = terms.subList(0, Math.min(KEPT_TERMS, terms.size()));
            double norm = Math.sqrt(kept.stream().mapToDouble(e -> e.getValue() * e.getValue()).sum());
            Map<String, Float> v = new LinkedHashMap<>();
            kept.forEach(e -> v.put(e.getKey(), (float) (e.getValue() / norm)));
            out.add(v);
        }
        return out;
    }
}
