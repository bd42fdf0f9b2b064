package dev.brief.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits article text into sentences that are exact substrings of it, so that what the extractive
 * engine prints can be found verbatim in the source. A full stop after an abbreviation or an initial
 * ("U.S.", "Sen.", "J.") does not end a sentence, and neither does one inside a quotation, so that a
 * quoted remark of several sentences stays with its attribution.
 */
public final class SentenceSplitter {
    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "lt", "col", "sgt", "capt", "cmdr", "adm",
            "st", "jr", "sr", "rev", "hon", "pres", "vs", "etc", "inc", "corp", "ltd", "co", "no", "fig", "approx",
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mt", "ft", "ave");
    /** A quotation longer than this is probably unbalanced punctuation, not a quote: split inside it. */
    private static final int MAX_QUOTE_CHARS = 400;
    private static final int MIN_SENTENCE_CHARS = 12;

    private SentenceSplitter() {}

    /** The sentences of a text, in order, each trimmed; fragments too short to stand alone are dropped. */
    public static List<String> split(String text) {
        List<String> out = new ArrayList<>();
        for (String paragraph : text.split("\\n\\s*\\n|\\r?\\n")) {
            splitParagraph(paragraph.strip(), out);
        }
        return out;
    }

    private static void splitParagraph(String p, List<String> out) {
        int start = 0;
        int quoteOpenedAt = -1;
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            if (c == '“') {
                quoteOpenedAt = i;
            } else if (c == '”') {
                quoteOpenedAt = -1;
            } else if (c == '"') {
                quoteOpenedAt = quoteOpenedAt < 0 ? i : -1;
            }
            if (c != '.' && c != '!' && c != '?') {
                continue;
            }
            int end = i + 1;
            while (end < p.length() && isClosing(p.charAt(end))) {
                if (p.charAt(end) == '”' || p.charAt(end) == '"') {
                    quoteOpenedAt = -1;
                }
                end++;
            }
            if (end >= p.length() || !Character.isWhitespace(p.charAt(end))) {
                continue;
            }
            boolean inQuote = quoteOpenedAt >= 0 && i - quoteOpenedAt < MAX_QUOTE_CHARS;
            if (inQuote || (c == '.' && isAbbreviation(p, i)) || !startsSentence(p, end)) {
                continue;
            }
            add(p.substring(start, end).strip(), out);
            start = end;
            quoteOpenedAt = -1;
        }
        add(p.substring(start).strip(), out);
    }

    private static void add(String sentence, List<String> out) {
        if (sentence.length() >= MIN_SENTENCE_CHARS && sentence.chars().anyMatch(Character::isLetter)) {
            out.add(sentence);
        }
    }

    private static boolean isClosing(char c) {
        return c == '”' || c == '"' || c == '’' || c == '\'' || c == ')' || c == ']';
    }

    /** The next word starts with a capital, a digit or an opening quote. */
    private static boolean startsSentence(String p, int from) {
        int j = from;
        while (j < p.length() && Character.isWhitespace(p.charAt(j))) {
            j++;
        }
        if (j >= p.length()) {
            return true;
        }
        char n = p.charAt(j);
        return Character.isUpperCase(n) || Character.isDigit(n) || n == '“' || n == '"' || n == '‘' || n == '(' || n == '[';
    }

    /** "U.S." and "e.g." (dots inside the word), single initials, and known abbreviations. */
    private static boolean isAbbreviation(String p, int dot) {
        int j = dot;
        while (j > 0 && !Character.isWhitespace(p.charAt(j - 1)) && p.charAt(j - 1) != '(' && p.charAt(j - 1) != '“') {
            j--;
        }
        String word = p.substring(j, dot);
        if (word.isEmpty()) {
            return false;
        }
        if (word.indexOf('.') >= 0) {
            return true;
        }
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return true;
        }
        return ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
    }
}
