package dev.brief.engine.extractive;

import dev.brief.domain.Briefing.Item;
import dev.brief.group.SentenceEmbedder;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Whether a statement says again what earlier ones said: it says the same as one of them, by the
 * rule the extractive engine uses to find two sources saying the same thing (close in meaning and in
 * content words, {@link SentenceGraph#AGREE}), and it adds little: most of its content words were
 * in the earlier statements, and it gives no figure they did not. "The two missing were found alive
 * in a farm building" aligns with "two people were missing", and is news; so is "300 homes were
 * damaged in Velmora" after "the flood in Velmora". brief applies it to every engine's "New since" items, so that
 * leaving out what the reader already read is brief's check, not the model's promise.
 */
public final class Restatement {
    /**
     * The least share of a statement's content words, its names left out, that the earlier statements hold for it to add
     * nothing. Set by reading the story fixtures (src/test/resources/stories): no labelled data on
     * what is news was at hand.
     */
    static final double COVERED = 0.6;

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
        Set<String> read = new java.util.HashSet<>();
        earlier.forEach(e -> read.addAll(plainWords(e)));
        Set<String> figuresRead = new java.util.HashSet<>();
        earlier.forEach(e -> figuresRead.addAll(figures(e)));
        for (int i = 0; i < statements.size(); i++) {
            Set<String> stems = Facts.stemsOf(statements.get(i));
            if (covered(plainWords(statements.get(i)), read) < COVERED || !figuresRead.containsAll(figures(statements.get(i)))) {
                continue;
            }
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

    /** The figures a statement gives ("300 homes", "5 million euros"), weekdays left out: a new figure is news. */
    private static Set<String> figures(String statement) {
        Set<String> out = new java.util.HashSet<>();
        for (Facts.Amount a : Facts.of(statement).amounts()) {
            if (!a.unit().equals("weekday")) {
                out.add(a.value() + " " + a.unit());
            }
        }
        return out;
    }

    /**
     * A statement's content words less its names: the names say which story it is, the other words
     * what happened in it. The first word is kept, as its capital says only that it starts the sentence.
     */
    private static Set<String> plainWords(String statement) {
        String s = statement.strip();
        int firstSpace = s.indexOf(' ');
        String rest = firstSpace < 0 ? "" : s.substring(firstSpace);
        return Facts.stemsOf((firstSpace < 0 ? s : s.substring(0, firstSpace)) + NAME.matcher(rest).replaceAll(" "));
    }

    private static final java.util.regex.Pattern NAME = java.util.regex.Pattern.compile("\\b\\p{Lu}[\\p{L}'’-]*");

    /** The share of a statement's content words that were read before. */
    private static double covered(Set<String> stems, Set<String> read) {
        if (stems.isEmpty()) {
            return 1;
        }
        return stems.stream().filter(read::contains).count() / (double) stems.size();
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
