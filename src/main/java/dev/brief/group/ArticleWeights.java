package dev.brief.group;

/**
 * {@link GroupingWeights} applied to each article by its length: the square root of each signal's
 * weight (so that a pair's weight, the product of its two roots, is their geometric mean) and the
 * article's own thresholds.
 */
final class ArticleWeights {
    final float[] embedding;
    final float[] lexical;
    final float[] entities;
    final float[] threshold;
    final float[] attach;
    final double datePenalty;
    final double dateWindowDays;

    ArticleWeights(ArticleFeatures f, GroupingWeights w) {
        int n = f.size();
        embedding = new float[n];
        lexical = new float[n];
        entities = new float[n];
        threshold = new float[n];
        attach = new float[n];
        for (int i = 0; i < n; i++) {
            GroupingWeights.Signals s = w.forLength(f.wordCount[i], f.headlineOnly[i]);
            embedding[i] = (float) Math.sqrt(s.embedding());
            lexical[i] = (float) Math.sqrt(s.lexical());
            entities[i] = (float) Math.sqrt(s.entities());
            threshold[i] = (float) s.threshold();
            attach[i] = (float) s.attachThreshold();
        }
        datePenalty = w.datePenalty();
        dateWindowDays = w.dateWindowDays();
    }

    /** The date penalty of a pair of articles this many days apart. */
    double datePenalty(int days) {
        return days <= 0 ? 0 : datePenalty * Math.min(1.0, days / dateWindowDays);
    }
}
