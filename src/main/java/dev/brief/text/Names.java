package dev.brief.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names as brief spots them without a model: capitalised words, not inside another word. The verifier
 * checks them against the cited sources, and grouping compares articles by them. A word at the start
 * of a sentence is capitalised anyway ("However", "Officials"), so each is given with whether it
 * starts one; what that means is the caller's to decide (the verifier asks how the event's articles
 * write the word, grouping keeps a list of common starts).
 */
public final class Names {
    /** A capital, then letters and digits with inner apostrophes and dots ("O'Brien", "U.S."), as {@link Words#WORD}. */
    private static final Pattern CAPITALISED = Pattern.compile("\\p{Lu}[\\p{L}\\p{N}]*(?:['.][\\p{L}\\p{N}]+)*\\.?");

    private Names() {}

    /** Receives each capitalised word, where it starts, and whether it starts a sentence. */
    @FunctionalInterface
    public interface Visitor {
        void name(String word, int start, boolean startsSentence);
    }

    /** The capitalised words of a text, in order; text with one kind of quote mark ({@link Normal#fold(String)}) or as written. */
    public static void each(String text, Visitor visitor) {
        Matcher m = CAPITALISED.matcher(text);
        while (m.find()) {
            if (capitalisedAt(text, m.start())) {
                visitor.name(m.group(), m.start(), startsSentence(text, m.start()));
            }
        }
    }

    /** A capital letter that does not continue a word (the P of "iPhone" does). */
    public static boolean capitalisedAt(CharSequence text, int at) {
        return Character.isUpperCase(text.charAt(at)) && (at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)));
    }

    /**
     * At the start of the text or after the end of a sentence: a full stop, question or exclamation mark,
     * colon or semicolon and white space, with any quote marks or brackets around them.
     */
    public static boolean startsSentence(CharSequence text, int at) {
        int i = at - 1;
        while (i >= 0 && "\"'([“‘".indexOf(text.charAt(i)) >= 0) {
            i--;
        }
        if (i >= 0 && !Character.isWhitespace(text.charAt(i))) {
            return false;
        }
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        while (i >= 0 && "\"')]”’".indexOf(text.charAt(i)) >= 0) {
            i--;
        }
        return i < 0 || ".!?:;".indexOf(text.charAt(i)) >= 0;
    }
}
