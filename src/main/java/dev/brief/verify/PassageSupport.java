package dev.brief.verify;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Where in one source a statement is said: its best passage (one sentence, or two adjacent ones) by
 * the share of the statement's content words it holds, and the few passages worth comparing in meaning.
 */
final class PassageSupport {
    /** How many of a source's sentences, the lexically closest, are compared in meaning. */
    private static final int CANDIDATES = 3;

    /** @param share the largest share of the statement's words in one passage (with the byline); candidates the closest passages' texts */
    record Best(double share, List<String> candidates) {}

    private PassageSupport() {}

    static Best best(Set<String> stems, SourceText source) {
        List<Set<String>> sentences = source.sentences;
        int[] counts = new int[sentences.size()];
        int best = 0;
        int bestAt = -1;
        boolean bestIsPair = false;
        for (int i = 0; i < sentences.size(); i++) {
            int one = 0;
            int two = 0;
            for (String stem : stems) {
                boolean here = sentences.get(i).contains(stem) || source.byline.contains(stem);
                one += here ? 1 : 0;
                two += here || (i + 1 < sentences.size() && sentences.get(i + 1).contains(stem)) ? 1 : 0;
            }
            counts[i] = one;
            if (Math.max(one, two) > best) {
                best = Math.max(one, two);
                bestAt = i;
                bestIsPair = two > one;
            }
        }
        List<String> candidates = new ArrayList<>();
        IntStream.range(0, sentences.size()).boxed().sorted(Comparator.comparingInt((Integer i) -> -counts[i]).thenComparingInt(i -> i))
                .limit(CANDIDATES).forEach(i -> candidates.add(source.sentenceTexts.get(i)));
        if (bestIsPair) {
            candidates.add(source.sentenceTexts.get(bestAt) + " " + source.sentenceTexts.get(bestAt + 1));
        }
        return new Best(stems.isEmpty() ? 1 : (double) best / stems.size(), candidates);
    }
}
