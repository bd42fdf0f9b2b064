package dev.brief.engine.extractive;

import dev.brief.domain.Briefing.Item;
import dev.brief.group.SentenceEmbedder;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Whether a statement says again what an earlier one said, by the rule the extractive engine uses to
 * find two sources saying the same thing: close in meaning (embedding cosine) and in content words
 * ({@link SentenceGraph#AGREE}). brief applies it to every engine's "New since" items, so that
 * leaving out what the reader already read is brief's check, not the model's promise.
 */
public final class Restatement {
    private Restatement() {}

    /** For each statement, whether it restates one of the earlier ones. */
    public static boolean[] restated(List<String> statements, List<String> earlier) {
        boolean[] out = new boolean[statements.size()];
        if (statements.isEmpty() || earlier.isEmpty()) {
            return out;
        }
        List<float[]> now = SentenceEmbedder.embed(statements);
        List<float[]> before = SentenceEmbedder.embed(earlier);
        List<Set<String>> earlierStems = earlier.stream().map(Facts::stemsOf).toList();
        for (int i = 0; i < statements.size(); i++) {
            Set<String> stems = Facts.stemsOf(statements.get(i));
            for (int j = 0; j < earlier.size() && !out[i]; j++) {
                double cosine = SentenceEmbedder.cosine(now.get(i), before.get(j));
                double alignment = (cosine + overlap(stems, earlierStems.get(j))) / 2;
                out[i] = cosine >= SentenceGraph.AGREE_COSINE && alignment >= SentenceGraph.AGREE;
            }
        }
        return out;
    }

    /** The items that restate none of the earlier statements. */
    public static List<Item> newOnly(List<Item> items, List<String> earlier) {
        boolean[] old = restated(items.stream().map(Item::text).toList(), earlier);
        List<Item> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            if (!old[i]) {
                out.add(items.get(i));
            }
        }
        return out;
    }

    /** Shared content words over the smaller statement's count, as {@link SentenceGraph} counts them. */
    static double overlap(Set<String> a, Set<String> b) {
        int shared = 0;
        for (String s : a) {
            shared += b.contains(s) ? 1 : 0;
        }
        return (double) shared / Math.max(SentenceGraph.MIN_OVERLAP_BASE, Math.min(a.size(), b.size()));
    }
}
