package dev.brief.group;

/**
 * How the signals are weighed, and the similarity above which two groups of articles merge. The
 * defaults were chosen on the ECB+ train and dev splits (see the README's grouping section).
 *
 * @param dateWindowDays reports this many days apart or more get the whole date penalty
 */
public record GroupingWeights(double embedding, double lexical, double entities, double datePenalty,
        double dateWindowDays, double threshold) {
    public static final GroupingWeights DEFAULT = new GroupingWeights(0.2, 0.5, 0.3, 0.4, 365, 0.29);

    public GroupingWeights withThreshold(double t) {
        return new GroupingWeights(embedding, lexical, entities, datePenalty, dateWindowDays, t);
    }
}
