package dev.brief.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Where in a text a statement is said, the one rule for the verifier (does a cited source say the
 * statement by itself?) and the extractive engine (may an agreement cite this outlet?). A text's
 * passages are its title and each of its sentences (by the sentence rule, so that "Rep. Elise Stefanik
 * (R-N.Y.)" stays in its sentence); a statement is said in
 * one passage or in two adjacent ones, by the share of its content words ({@link Words#contentStems})
 * found there. The outlet, agency and author fit any passage ("Reuters reports ...").
 */
public final class Passages {
    /** At least this share of a statement's content words in one passage says the statement (tuned on the verifier's dev split). */
    public static final double SAYS_IT = 0.5;
    /**
     * Below this share of a statement's words in one passage of a cited source, an uncited article whose
     * passage holds at least BETTER_BY more of them is where the statement comes from (tuned on the dev split).
     */
    public static final double WEAK = 0.8;
    public static final double BETTER_BY = 0.3;
    /** A statement of three content words ("Rubio met Lavrov.") fits many passages; which one it came from means little. */
    public static final int MIN_WORDS = 4;

    /** A text's passages: each one's content-word stems and its words as written. */
    public record Text(List<Set<String>> stems, List<String> sentences, Set<String> byline) {}

    /** Where the statement is best said: how many of its words, in which passage, and whether with the next one. */
    public record Best(int count, int at, boolean withNext, int of) {
        public double share() {
            return of == 0 ? 1 : (double) count / of;
        }
    }

    private Passages() {}

    /** @param bylineParts the outlet, agency and author, any of them null */
    public static Text of(String title, String body, String... bylineParts) {
        List<Set<String>> stems = new ArrayList<>();
        List<String> sentences = new ArrayList<>();
        if (title != null) {
            stems.add(Words.contentStems(Normal.text(title)));
            sentences.add(title);
        }
        for (String sentence : SentenceSplitter.sentences(body)) {
            Set<String> s = Words.contentStems(Normal.text(sentence));
            if (!s.isEmpty()) {
                stems.add(s);
                sentences.add(sentence);
            }
        }
        Set<String> byline = Words.contentStems(Normal.text(String.join(" ", Stream.of(bylineParts).filter(Objects::nonNull).toList())));
        return new Text(List.copyOf(stems), List.copyOf(sentences), byline);
    }

    /** The passage of the text that holds most of the statement's content-word stems. */
    public static Best best(Set<String> stems, Text text) {
        List<Set<String>> sentences = text.stems();
        int best = 0;
        int at = -1;
        boolean withNext = false;
        for (int i = 0; i < sentences.size(); i++) {
            int one = 0;
            int two = 0;
            for (String stem : stems) {
                boolean here = sentences.get(i).contains(stem) || text.byline().contains(stem);
                one += here ? 1 : 0;
                two += here || (i + 1 < sentences.size() && sentences.get(i + 1).contains(stem)) ? 1 : 0;
            }
            if (Math.max(one, two) > best) {
                best = Math.max(one, two);
                at = i;
                withNext = two > one;
            }
        }
        return new Best(best, at, withNext, stems.size());
    }

    /** Whether the text says the statement in one passage. */
    public static boolean says(String statement, Text text) {
        return share(statement, text) >= SAYS_IT;
    }

    /** The share of the statement's content words in the text's best passage. */
    public static double share(String statement, Text text) {
        return best(Words.contentStems(Normal.text(statement)), text).share();
    }

    /**
     * Whether a cited text that says the statement only weakly is outdone by an uncited one, as the verifier
     * judges it: its best passage holds under WEAK of the words, and the uncited one's at least BETTER_BY more.
     */
    public static boolean outdone(String statement, double cited, double uncited) {
        return Words.contentStems(Normal.text(statement)).size() >= MIN_WORDS && cited < WEAK && uncited >= cited + BETTER_BY;
    }

    /**
     * The citations of a statement as the verifier will judge them: a cited text other than the
     * statement's own whose best passage an uncited one outdoes ({@link #outdone}) goes, the weakest
     * first, until none is outdone (each one dropped is uncited, and may outdo another).
     *
     * @param texts every text of the event, cited or not, by key
     */
    public static <K> List<K> settle(String statement, K own, List<K> cited, Map<K, Text> texts) {
        List<K> kept = new ArrayList<>(cited);
        while (true) {
            double uncited = 0;
            for (Map.Entry<K, Text> e : texts.entrySet()) {
                if (!kept.contains(e.getKey())) {
                    uncited = Math.max(uncited, share(statement, e.getValue()));
                }
            }
            K weakest = null;
            double weakestShare = 2;
            for (K k : kept) {
                double share = share(statement, texts.get(k));
                if (!k.equals(own) && outdone(statement, share, uncited) && share < weakestShare) {
                    weakest = k;
                    weakestShare = share;
                }
            }
            if (weakest == null) {
                return kept;
            }
            kept.remove(weakest);
        }
    }
}
