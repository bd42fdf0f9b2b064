package dev.brief.group;

/**
 * How the signals are weighed, and where groups merge, by how much text an article has. Whole
 * articles and headlines need different weights: two headlines of one story share few words, so their
 * embeddings say more than their words do. An article of at most {@code headlineWords} words (and any
 * headline-only article) takes the headline values, one of at least {@code articleWords} words the
 * article values, and one in between a blend on the logarithm of its length. A pair of articles is
 * weighed by the geometric mean of their weights, and two groups merge at the higher of their
 * thresholds. The
 * article values were chosen on the ECB+ train and dev splits, the headline values on the UCI
 * headlines of 10 and 11 March 2014 (see docs/benchmarks.md).
 *
 * @param dateWindowDays reports this many days apart or more get the whole date penalty
 * @param fragmentSize   groups this small, after clustering, may join a larger group when their
 *                       average similarity to it reaches the attach threshold (0: never)
 */
public record GroupingWeights(Signals article, Signals headline, int headlineWords, int articleWords, double datePenalty,
        double dateWindowDays, int fragmentSize) {
    /**
     * @param threshold       groups merge while their average similarity is at least this
     * @param attachThreshold a small group joins a larger one at this average similarity
     */
    public record Signals(double embedding, double lexical, double entities, double threshold, double attachThreshold) {
        public Signals {
            if (attachThreshold > threshold) {
                throw new IllegalArgumentException("the attach threshold " + attachThreshold + " is above the threshold " + threshold);
            }
        }

        Signals toward(Signals o, double share) {
            return new Signals(mix(embedding, o.embedding, share), mix(lexical, o.lexical, share), mix(entities, o.entities, share),
                    mix(threshold, o.threshold, share), mix(attachThreshold, o.attachThreshold, share));
        }

        private static double mix(double a, double b, double share) {
            return a + (b - a) * share;
        }
    }

    public static final Signals ARTICLE = new Signals(0.2, 0.5, 0.3, 0.29, 0.20);
    public static final Signals HEADLINE = new Signals(0.7, 0.0, 0.3, 0.22, 0.17);
    public static final GroupingWeights DEFAULT = new GroupingWeights(ARTICLE, HEADLINE, 25, 60, 0.4, 365, 3);

    /** The signals for an article of this many words. */
    public Signals forLength(int words, boolean headlineOnly) {
        if (headlineOnly || words <= headlineWords) {
            return headline;
        }
        if (words >= articleWords) {
            return article;
        }
        double share = Math.log((double) words / headlineWords) / Math.log((double) articleWords / headlineWords);
        return headline.toward(article, share);
    }

    public GroupingWeights withArticle(Signals s) {
        return new GroupingWeights(s, headline, headlineWords, articleWords, datePenalty, dateWindowDays, fragmentSize);
    }

    public GroupingWeights withHeadline(Signals s) {
        return new GroupingWeights(article, s, headlineWords, articleWords, datePenalty, dateWindowDays, fragmentSize);
    }

    public GroupingWeights withLengths(int headlineWords, int articleWords) {
        return new GroupingWeights(article, headline, headlineWords, articleWords, datePenalty, dateWindowDays, fragmentSize);
    }

    public GroupingWeights withFragmentSize(int size) {
        return new GroupingWeights(article, headline, headlineWords, articleWords, datePenalty, dateWindowDays, size);
    }
}
