package dev.brief.verify;

import dev.brief.text.Passages;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Where in one source a statement is said ({@link Passages}): the share of its words in its best
 * passage, and the few passages worth comparing in meaning.
 */
final class PassageSupport {
    /** How many of a source's sentences, the lexically closest, are compared in meaning. */
    private static final int CANDIDATES = 3;

    /** @param share the largest share of the statement's words in one passage (with the byline); candidates the closest passages' texts */
    record Best(double share, List<String> candidates) {}

    private PassageSupport() {}

    static Best best(Set<String> stems, SourceText source) {
        Passages.Text text = source.passages;
        Passages.Best best = Passages.best(stems, text);
        int[] counts = new int[text.stems().size()];
        for (int i = 0; i < counts.length; i++) {
            Set<String> sentence = text.stems().get(i);
            counts[i] = (int) stems.stream().filter(stem -> sentence.contains(stem) || text.byline().contains(stem)).count();
        }
        List<String> candidates = new ArrayList<>();
        IntStream.range(0, counts.length).boxed().sorted(Comparator.comparingInt((Integer i) -> -counts[i]).thenComparingInt(i -> i))
                .limit(CANDIDATES).forEach(i -> candidates.add(text.sentences().get(i)));
        if (best.withNext()) {
            candidates.add(text.sentences().get(best.at()) + " " + text.sentences().get(best.at() + 1));
        }
        return new Best(best.share(), candidates);
    }
}
