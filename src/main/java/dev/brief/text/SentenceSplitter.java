package dev.brief.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one sentence rule of brief: where article text splits into sentences, for the extractive
 * engine, the verifier, map-reduce chunks, prompt-injection passages, link furniture and titles.
 * A sentence ends at a full stop, question or exclamation mark (with any closing quotes or brackets
 * after it) that is followed by white space and by a word that can start a sentence (a capital, a
 * digit, an opening quote or bracket). A full stop after an abbreviation or an initial ("U.S.",
 * "Sen.", "J.") does not end a sentence, and neither does one inside a quotation, so that a quoted
 * remark of several sentences stays with its attribution. A line break always ends one.
 *
 * <p>Sentences are exact substrings of the text, trimmed of white space, so that what the extractive
 * engine prints can be found verbatim in the source.
 *
 * <p>The verifier tells what an article reports from passages addressed to a model at {@link Stops#EVERY} stop (see there).
 */
public final class SentenceSplitter {
    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "prof", "sen", "sens", "rep", "reps", "gov", "gen", "gens", "lt", "col", "sgt", "capt", "cmdr", "adm",
            // ranks and titles before a name: "Lance Cpl. Jared Schmitz", "Det. Insp. Lee"
            "cpl", "pvt", "pfc", "spc", "maj", "brig", "cpt", "det", "insp", "supt", "atty", "messrs",
            "st", "jr", "sr", "rev", "hon", "pres", "vs", "etc", "inc", "corp", "ltd", "co", "no", "fig", "approx",
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mt", "ft", "ave");
    private static final Pattern LINE_BREAK = Pattern.compile("\\n\\s*\\n|\\r?\\n");
    /** A quotation longer than this is probably unbalanced punctuation, not a quote: split inside it. */
    private static final int MAX_QUOTE_CHARS = 400;
    private static final int MIN_SENTENCE_CHARS = 12;

    /** Which full stops end a sentence. */
    public enum Stops {
        /** The sentence rule: not one after an abbreviation or an initial, nor one before a word in lower case. */
        SENTENCE,
        /**
         * Every stop followed by white space (outside a quotation), abbreviation or not: finer pieces, for
         * telling the sentences an article reports from those that address a model. Passages where a
         * statement is said are read by the sentence rule: cut at "Rep." and "(R-N.Y.)", an outlet that
         * writes "Rep. Elise Stefanik (R-N.Y.) replaced Rep. Liz Cheney" never says anything about them.
         */
        EVERY
    }

    /** Where a sentence stands in its text: {@code text.substring(start, end)}. */
    public record Span(int start, int end) {
        public String of(String text) {
            return text.substring(start, end);
        }
    }

    private SentenceSplitter() {}

    /**
     * The sentences of a text that can stand alone, in order, each trimmed: fragments too short (under
     * twelve characters) or without a letter are dropped. What the extractive engine picks from.
     */
    public static List<String> split(String text) {
        return sentences(text).stream()
                .filter(sentence -> sentence.length() >= MIN_SENTENCE_CHARS && sentence.chars().anyMatch(Character::isLetter)).toList();
    }

    /** Every sentence of a text, in order, each trimmed; nothing but white space is left out. */
    public static List<String> sentences(String text) {
        return sentences(text, Stops.SENTENCE);
    }

    public static List<String> sentences(String text, Stops stops) {
        return spans(text, stops).stream().map(span -> span.of(text)).toList();
    }

    /** Where each sentence of a text stands, in order; none is empty, and only white space lies between them. */
    public static List<Span> spans(String text) {
        return spans(text, Stops.SENTENCE);
    }

    public static List<Span> spans(String text, Stops stops) {
        List<Span> out = new ArrayList<>();
        Matcher lineBreak = LINE_BREAK.matcher(text);
        int from = 0;
        while (from <= text.length()) {
            int to = lineBreak.find(from) ? lineBreak.start() : text.length();
            spansOfLine(text, from, to, stops, out);
            from = to == text.length() ? to + 1 : lineBreak.end();
        }
        return out;
    }

    /** Where the sentence that holds the character at {@code at} starts (at a line's start, at the latest). */
    public static int startOf(String text, int at) {
        int start = 0;
        for (Span s : spans(text)) {
            if (s.start() > at) {
                break;
            }
            start = s.start();
        }
        return start;
    }

    /** The sentences of text[from, to), a stretch without line breaks. */
    private static void spansOfLine(String text, int from, int to, Stops stops, List<Span> out) {
        int start = from;
        int quoteOpenedAt = -1;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
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
            while (end < to && isClosing(text.charAt(end))) {
                if (text.charAt(end) == '”' || text.charAt(end) == '"') {
                    quoteOpenedAt = -1;
                }
                end++;
            }
            if (end >= to || !Character.isWhitespace(text.charAt(end))) {
                continue;
            }
            boolean inQuote = quoteOpenedAt >= 0 && i - quoteOpenedAt < MAX_QUOTE_CHARS;
            if (inQuote || stops == Stops.SENTENCE && ((c == '.' && isAbbreviation(text, from, i)) || !startsSentence(text, end, to))) {
                continue;
            }
            add(text, start, end, out);
            start = end;
            quoteOpenedAt = -1;
        }
        add(text, start, to, out);
    }

    private static void add(String text, int start, int end, List<Span> out) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (start < end) {
            out.add(new Span(start, end));
        }
    }

    private static boolean isClosing(char c) {
        return c == '”' || c == '"' || c == '’' || c == '\'' || c == ')' || c == ']';
    }

    /** The next word (before {@code to}) starts with a capital, a digit or an opening quote or bracket. */
    private static boolean startsSentence(String text, int from, int to) {
        int j = from;
        while (j < to && Character.isWhitespace(text.charAt(j))) {
            j++;
        }
        if (j >= to) {
            return true;
        }
        char n = text.charAt(j);
        return Character.isUpperCase(n) || Character.isDigit(n) || n == '“' || n == '"' || n == '‘' || n == '(' || n == '[';
    }

    /** "U.S." and "e.g." (dots inside the word), single initials, and known abbreviations; the word starts at or after {@code from}. */
    private static boolean isAbbreviation(String text, int from, int dot) {
        int j = dot;
        while (j > from && !Character.isWhitespace(text.charAt(j - 1)) && text.charAt(j - 1) != '(' && text.charAt(j - 1) != '“') {
            j--;
        }
        String word = text.substring(j, dot);
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
