package dev.brief.group;

/**
 * How the signals are weighed, and the similarity above which two groups of articles merge. The
 * defaults were chosen on the ECB+ train and dev splits (see the README's grouping section).
 *
 * @param dateWindowDays   reports this many days apart or more get the whole date penalty
 * @param fragmentSize     groups this small, after clustering, may join a larger group...
 * @param attachThreshold  ...when their average similarity to it reaches this (0 size: never)
 */
public record GroupingWeights(double embedding, double lexical, double entities, double datePenalty,
        double dateWindowDays, double threshold, int fragmentSize, double attachThreshold) {
    public static final GroupingWeights DEFAULT = new GroupingWeights(0.2, 0.5, 0.3, 0.4, 365, 0.29, 3, 0.20);

    public GroupingWeights withThreshold(double t) {
        return new GroupingWeights(embedding, lexical, entities, datePenalty, dateWindowDays, t, fragmentSize, attachThreshold);
    }

    public GroupingWeights withFragments(int size, double attach) {
        return new GroupingWeights(embedding, lexical, entities, datePenalty, dateWindowDays, threshold, size, attach);
    }
}
