package dev.brief.brief.extractive;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The checkable details of one sentence: its quotations, its numbers and dates with what they count,
 * its capitalised words, and its content words (crudely stemmed) for comparing wording.
 */
record Facts(List<String> quotes, List<Amount> amounts, Set<String> capitalised, Set<String> stems) {

    /**
     * A number and what it counts: "two people" → (2, "peopl"); "July 10" → (10, "july"). Context is
     * the word before it ("fell" in "fell to 2.3%"), which tells two figures of one unit apart.
     */
    record Amount(String value, String unit, String span, String context) {
        Amount(String value, String unit, String span) {
            this(value, unit, span, "");
        }
    }

    private static final Pattern QUOTE = Pattern.compile("“([^”]{2,600})”|\"([^\"]{2,600})\"");
    private static final String MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December";
    private static final Pattern MONTH_DAY = Pattern.compile("\\b(" + MONTHS + ")\\s+(\\d{1,2})\\b");
    private static final Pattern DAY_MONTH = Pattern.compile("\\b(\\d{1,2})\\s+(" + MONTHS + ")\\b");
    private static final Pattern WEEKDAY = Pattern.compile("\\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b");
    /** A number (digits or a word) and the word after it: "50-minute", "two people", "10 ASEAN member states". */
    private static final Pattern NUMBER_UNIT = Pattern.compile(
            "\\b(\\d[\\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|dozen)"
                    + "(?:[\\s-]+(?:percent|per cent|%|million|billion|thousand|hundred))?[\\s-]+([\\p{L}]{3,})",
            Pattern.CASE_INSENSITIVE);
    /** "2.3%", "2.4 percent", "2.4 per cent" and "2.4 pct" are one unit. */
    private static final Pattern PERCENT = Pattern.compile("(?<![\\d.,])(\\d+(?:[.,]\\d+)?)\\s*(?:%|percent\\b|per\\s+cent\\b|pct\\b)", Pattern.CASE_INSENSITIVE);
    private static final Map<String, String> NUMBER_WORDS = Map.ofEntries(
            Map.entry("one", "1"), Map.entry("two", "2"), Map.entry("three", "3"), Map.entry("four", "4"),
            Map.entry("five", "5"), Map.entry("six", "6"), Map.entry("seven", "7"), Map.entry("eight", "8"),
            Map.entry("nine", "9"), Map.entry("ten", "10"), Map.entry("eleven", "11"), Map.entry("twelve", "12"),
            Map.entry("twenty", "20"), Map.entry("thirty", "30"), Map.entry("forty", "40"), Map.entry("fifty", "50"),
            Map.entry("hundred", "100"), Map.entry("dozen", "12"));
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’][\\p{L}]+)?");
    static final Set<String> STOPWORDS = Set.of(
            "the", "a", "an", "and", "or", "but", "of", "to", "in", "on", "at", "for", "with", "by", "from", "as", "that",
            "this", "these", "those", "it", "its", "it's", "is", "are", "was", "were", "be", "been", "being", "has", "have",
            "had", "he", "she", "they", "we", "i", "you", "his", "her", "their", "our", "my", "your", "him", "them", "us",
            "me", "not", "no", "said", "says", "say", "will", "would", "could", "should", "can", "may", "might", "also",
            "about", "after", "before", "over", "into", "than", "then", "there", "here", "which", "who", "whom", "what",
            "when", "where", "while", "do", "does", "did", "so", "if", "up", "out", "more", "most", "some", "such", "other",
            "one", "all", "any", "both", "just", "very", "i'll", "we're", "it’s", "i’ll", "we’re", "told", "added");

    static Facts of(String sentence) {
        List<String> quotes = new ArrayList<>();
        Matcher q = QUOTE.matcher(sentence);
        while (q.find()) {
            String inner = (q.group(1) != null ? q.group(1) : q.group(2)).strip();
            inner = inner.replaceAll("[,.;:]+$", "");
            if (!inner.isEmpty()) {
                quotes.add(inner);
            }
        }
        List<Amount> amounts = new ArrayList<>();
        Matcher m = MONTH_DAY.matcher(sentence);
        while (m.find()) {
            amounts.add(new Amount(m.group(2), m.group(1).toLowerCase(Locale.ROOT), m.group()));
        }
        m = DAY_MONTH.matcher(sentence);
        while (m.find()) {
            amounts.add(new Amount(m.group(1), m.group(2).toLowerCase(Locale.ROOT), m.group()));
        }
        m = WEEKDAY.matcher(sentence);
        while (m.find()) {
            amounts.add(new Amount(m.group(1), "weekday", m.group()));
        }
        m = PERCENT.matcher(sentence);
        while (m.find()) {
            amounts.add(new Amount(m.group(1).replace(',', '.'), "percent", m.group(), contentWordBefore(sentence, m.start())));
        }
        m = NUMBER_UNIT.matcher(sentence);
        while (m.find()) {
            String raw = m.group(1).toLowerCase(Locale.ROOT);
            String value = NUMBER_WORDS.getOrDefault(raw, raw.replace(",", "").replaceAll("\\.$", ""));
            String unit = stem(m.group(2));
            if (!STOPWORDS.contains(m.group(2).toLowerCase(Locale.ROOT)) && !isMonth(m.group(2))) {
                amounts.add(new Amount(value, unit, m.group()));
            }
        }
        Set<String> capitalised = new LinkedHashSet<>();
        Set<String> stems = new LinkedHashSet<>();
        Matcher w = WORD.matcher(sentence);
        boolean first = true;
        while (w.find()) {
            String word = w.group();
            String lower = word.toLowerCase(Locale.ROOT);
            if (!first && Character.isUpperCase(word.charAt(0)) && word.length() > 1) {
                capitalised.add(word);
            }
            first = false;
            if (!STOPWORDS.contains(lower) && lower.length() > 1) {
                stems.add(stem(lower));
            }
        }
        return new Facts(List.copyOf(quotes), List.copyOf(amounts), capitalised, stems);
    }

    /**
     * Whether a text has a quotation's words in the same order, compared as the verifier compares
     * them: letters and digits only, any quote marks, dashes, accents and case.
     */
    static boolean quoteIn(String quote, String text) {
        String q = plainWords(quote);
        return q.isBlank() || (" " + plainWords(text) + " ").contains(" " + q + " ");
    }

    private static String plainWords(String s) {
        String t = java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return t.toLowerCase(Locale.ROOT).replaceAll("[’‘`´]", "'").replaceAll("'(?![\\p{L}\\p{N}])|(?<![\\p{L}\\p{N}])'", " ")
                .replaceAll("[^\\p{L}\\p{N}'.]+", " ").replaceAll("\\.(?![\\p{L}\\p{N}])", " ").replaceAll("\\s+", " ").strip();
    }

    private static String contentWordBefore(String sentence, int at) {
        String[] words = sentence.substring(0, at).split("[^\\p{L}]+");
        for (int i = words.length - 1; i >= 0; i--) {
            String w = words[i].toLowerCase(Locale.ROOT);
            if (w.length() > 1 && !STOPWORDS.contains(w)) {
                return stem(w);
            }
        }
        return "";
    }

    /** First five letters: "disappointed" and "disappointment" meet, as do "frustrated" and "frustration". */
    static String stem(String word) {
        String w = word.toLowerCase(Locale.ROOT).replaceAll("['’]s$", "");
        return w.length() > 5 ? w.substring(0, 5) : w;
    }

    private static boolean isMonth(String word) {
        return word.matches("(?i)" + MONTHS);
    }

    /** Content-word stems of a piece of text, as {@link #stems} holds them for a whole sentence. */
    static Set<String> stemsOf(String text) {
        Set<String> out = new LinkedHashSet<>();
        Matcher w = WORD.matcher(text);
        while (w.find()) {
            String lower = w.group().toLowerCase(Locale.ROOT);
            if (!STOPWORDS.contains(lower) && lower.length() > 1) {
                out.add(stem(lower));
            }
        }
        return out;
    }
}
