package dev.brief.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Words, the one place for them: how many a text has, the words of a text, a word's stem, and the
 * common words that are neither names nor facts (the stop words).
 */
public final class Words {
    /** Letters and digits, with inner apostrophes and dots ("it's", "U.S."); hyphens split words. */
    public static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['.][\\p{L}\\p{N}]+)*\\.?'?");
    /** Common words (resources dev/brief/text/common-words.txt), lower case: the stop words. */
    public static final Set<String> COMMON = load();
    /** The length of a stem. */
    private static final int STEM = 5;

    private Words() {}

    /** Where each word of a text stands, words as a reader counts them: runs of anything but white space. */
    @FunctionalInterface
    public interface Visitor {
        void word(int start, int end);
    }

    /** Visits each run of characters that are not white space, in order. */
    public static void each(CharSequence text, Visitor visitor) {
        int start = -1;
        for (int i = 0; i < text.length(); i++) {
            boolean space = Character.isWhitespace(text.charAt(i));
            if (!space && start < 0) {
                start = i;
            } else if (space && start >= 0) {
                visitor.word(start, i);
                start = -1;
            }
        }
        if (start >= 0) {
            visitor.word(start, text.length());
        }
    }

    /** How many words a text has, as a reader counts them. */
    public static int count(String text) {
        int[] n = {0};
        each(text, (start, end) -> n[0]++);
        return n[0];
    }

    /** The words of normalised text ({@link Normal#text}), without trailing dots: "u.s." is "u.s", as a quote cut after it has it. */
    public static List<String> of(String normal) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(normal);
        while (m.find()) {
            String w = m.group();
            if (w.endsWith("'")) {
                w = w.substring(0, w.length() - 1);
            }
            if (w.endsWith(".")) {
                w = w.substring(0, w.length() - 1);
            }
            out.add(w);
        }
        return out;
    }

    /** A word as words are compared: no possessive, no dots ("U.S." is "us"), no accents, lower case. */
    public static String normal(String word) {
        String t = Normal.text(word);
        if (t.endsWith("'s")) {
            t = t.substring(0, t.length() - 2);
        } else if (t.endsWith("'")) {
            t = t.substring(0, t.length() - 1);
        }
        return t.replace(".", "").replace("'", "");
    }

    /** Enough of a word to match its other forms: "disclosed" and "disclosing". */
    public static String stem(String word) {
        return word.length() > STEM ? word.substring(0, STEM) : word;
    }

    /** Content words of normalised text (three letters or more, not common, no digits), {@link #normal} and stemmed. */
    public static Set<String> contentStems(String normal) {
        Set<String> stems = new LinkedHashSet<>();
        for (String w : of(normal)) {
            String n = normal(w);
            if (n.length() >= 3 && !COMMON.contains(n) && n.chars().noneMatch(Character::isDigit)) {
                stems.add(stem(n));
            }
        }
        return stems;
    }

    private static Set<String> load() {
        try (InputStream in = Words.class.getResourceAsStream("common-words.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
