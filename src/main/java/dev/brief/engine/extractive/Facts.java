package dev.brief.engine.extractive;

import dev.brief.text.Normal;
import dev.brief.text.Numbers;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The checkable details of one sentence: its quotations, its numbers and dates with what they count,
 * its capitalised words, its content words (crudely stemmed) for comparing wording, every value it
 * prints, with or without a unit, and how many numbers it mentions.
 */
record Facts(List<String> quotes, List<Amount> amounts, Set<String> capitalised, Set<String> stems, Set<BigDecimal> values, int numbers) {

    /**
     * A number and what it counts: "two people" → (2, "peopl"); "July 10" → (10, "july"). Context is
     * the content words beside it in its clause, with words of one role made one ("killed", "died" and
     * "dead" are all "dead"): it tells apart two figures of one unit ("14 people killed", "200 people
     * injured"). Year says that the figure names a year ("the 2027 budget"), not an amount; bound
     * whether it is a limit ("more than 200") rather than the figure itself; frame what its clause says
     * of it ({@link Frame}: a forecast, a period, a rate, an increment, a share of what, whose age).
     */
    record Amount(String value, String unit, String span, Set<String> context, boolean year, Bound bound, Frame frame) {
        Amount(String value, String unit, String span) {
            this(value, unit, span, Set.of(), false, Bound.EXACT, Frame.NONE);
        }

        /** Whether two figures of one thing cannot both be true: "more than 200" and 240 can, 12 and 14 cannot. */
        boolean contradicts(Amount o) {
            if (sameValue(o) || rounds(o)) {
                return false;
            }
            double a = number();
            double b = o.number();
            if (bound == o.bound || Double.isNaN(a) || Double.isNaN(b)) {
                return true; // "at least 12" and "at least 14" are two reports of one toll
            }
            double low = Math.max(bound == Bound.AT_LEAST ? a : Double.NEGATIVE_INFINITY, o.bound == Bound.AT_LEAST ? b : Double.NEGATIVE_INFINITY);
            double high = Math.min(bound == Bound.AT_MOST ? a : Double.POSITIVE_INFINITY, o.bound == Bound.AT_MOST ? b : Double.POSITIVE_INFINITY);
            double exact = bound == Bound.EXACT ? a : o.bound == Bound.EXACT ? b : Double.NaN;
            return Double.isNaN(exact) ? low > high : exact < low || exact > high;
        }

        /** The value as a number, with its scale ("450 million" is 4.5e8), or NaN for a weekday. */
        double number() {
            String[] parts = value.split(" ");
            try {
                double n = Double.parseDouble(parts[0]);
                return parts.length > 1 ? n * SCALES.getOrDefault(parts[1], 1.0) : n;
            } catch (NumberFormatException e) {
                return Double.NaN;
            }
        }

        /**
         * Whether one value is the other rounded to its last written digit, and less than 1% from it:
         * 9.21 million and 9.2 million, 2,702 pages and "some 2,700", 15.1 million and 15 million are one
         * figure (all three read on the dev part as such). $1.2 trillion and $1 trillion stay a difference.
         */
        boolean rounds(Amount o) {
            double a = number();
            double b = o.number();
            double place = Math.max(lastPlace(), o.lastPlace());
            if (Double.isNaN(a) || Double.isNaN(b) || Double.isNaN(place) || Math.abs(a - b) > 0.01 * Math.max(Math.abs(a), Math.abs(b))) {
                return false;
            }
            double coarse = lastPlace() >= o.lastPlace() ? a : b;
            double fine = coarse == a ? b : a;
            return equal(Math.round(fine / place) * place, coarse);
        }

        /** The value of the last digit as written: 0.01 million for "9.21 million", 100 for "2700", NaN for a weekday. */
        private double lastPlace() {
            String[] parts = value.split(" ");
            String digits = parts[0];
            if (!digits.matches("\\d+(?:\\.\\d+)?")) {
                return Double.NaN;
            }
            double scale = parts.length > 1 ? SCALES.getOrDefault(parts[1], 1.0) : 1.0;
            int point = digits.indexOf('.');
            if (point >= 0) {
                return Math.pow(10, -(digits.length() - point - 1)) * scale;
            }
            int zeros = digits.length() - digits.replaceAll("0+$", "").length();
            return Math.pow(10, digits.equals("0") ? 0 : zeros) * scale;
        }

        /** The same value however it is written: 2.0 and 2, "2%" and "2 per cent". */
        boolean sameValue(Amount o) {
            double a = number();
            double b = o.number();
            if (Double.isNaN(a) || Double.isNaN(b)) {
                return value.equalsIgnoreCase(o.value());
            }
            return equal(a, b);
        }

        /** Two values as numbers, with room for the rounding of decimals: 2.0 and 2, 0.1 + 0.2 and 0.3. */
        static boolean equal(double a, double b) {
            return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.max(Math.abs(a), Math.abs(b)));
        }
    }

    enum Bound { EXACT, AT_LEAST, AT_MOST }

    /** A limit before a figure, and its currency sign if it has one: "more than $3 billion" is a limit too. */
    private static final String CURRENCY = "(?:[A-Za-z]{0,2}[$€£¥])?$";
    private static final Pattern AT_MOST = Pattern.compile("(?i)\\b(?:no more than|fewer than|less than|under|up to|at most)\\s+" + CURRENCY);
    private static final Pattern AT_LEAST = Pattern.compile("(?i)\\b(?:more than|over|at least|upwards of|in excess of)\\s+" + CURRENCY);
    private static final Map<String, Double> SCALES = Map.of("hundred", 1e2, "thousand", 1e3, "million", 1e6, "billion", 1e9);
    /**
     * Words of one role in news figures. Context words are otherwise compared by stem; these are
     * compared by role, so that "killing 14" and "13 have died" are both deaths and neither is "injured".
     */
    private static final Map<String, String> ROLES = roles(Map.of(
            "dead", "kill killed killing kills dead died die dies death deaths toll fatalities lives perished",
            "injured", "injured injuring injuries injury wounded wounding hurt",
            "missing", "missing unaccounted",
            "arrested", "arrested arrests detained detentions",
            "evacuated", "evacuated evacuation evacuations displaced homeless fled flee fleeing forced forcing"));
    /** Words that end the phrase a figure belongs to: "killing 14 people and injuring more than 200". */
    private static final Set<String> PHRASE_BREAKS = Set.of("and", "but", "or", "while", "whereas", "after", "before", "as",
            "when", "including", "with", "against", "versus", "compared", "from", "than");
    /** Words about a figure's size, not about what it counts. */
    private static final Set<String> QUANTIFIERS = Set.of("least", "more", "than", "about", "nearly", "almost", "around",
            "roughly", "some", "over", "under", "approximately", "up", "to", "only", "just", "another", "further", "fewer",
            "less", "percent", "cent", "per", "pct", "hundred", "thousand", "million", "billion", "dozen", "dozens", "hundreds",
            "thousands", "millions",
            // prepositions say where a figure stands in the sentence, not what it counts
            "between", "among", "within", "without", "across", "through", "during", "via", "above", "below", "since",
            "until", "toward", "towards", "each", "instead");
    private static final int CONTEXT_WORDS = 2;
    private static final Pattern CONTEXT_TOKEN = Pattern.compile("[\\p{L}][\\p{L}'’-]*|\\d[\\d,.]*|[,;:()\\[\\]—–\"“”]|(?<=\\s)-(?=\\s)");

    private static final Pattern QUOTE = Pattern.compile("“([^”]{2,600})”|\"([^\"]{2,600})\"");
    private static final String MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December";
    private static final Pattern MONTH_DAY = Pattern.compile("\\b(" + MONTHS + ")\\s+(\\d{1,2})\\b");
    private static final Pattern DAY_MONTH = Pattern.compile("\\b(\\d{1,2})\\s+(" + MONTHS + ")\\b");
    /** A weekday, not a possessive: "Saturday's semifinals" names a day of the story, not of the report, and quoting "Saturday" from it fails. */
    private static final Pattern WEEKDAY = Pattern.compile("\\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b(?!['’])");
    /**
     * Not the digits after a separator that a tokenizer set apart: "0" of "6. 0", "2" of "41 / 2" (four
     * and a half). "6, 728" stays two numbers: "On May 3, 150 people" is more common.
     */
    private static final String SPLIT_OFF = "(?<!\\d\\.\\s)(?<!\\d\\s?/\\s?)";
    /**
     * A number (digits or a word) and the word after it: "50-minute", "two people", "10 ASEAN member states".
     * Not the second half of a range or a date: "05 season" is not a figure of "the 2004-05 season".
     */
    private static final Pattern NUMBER_UNIT = Pattern.compile(
            "(?<![\\d.,][-–/]?)\\b(" + SPLIT_OFF + "\\d+(?:[,.]\\d+)*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|dozen)"
                    + "(?:[\\s-]+(percent|per cent|%|million|billion|thousand|hundred))?[\\s-]+([\\p{L}]{3,})",
            Pattern.CASE_INSENSITIVE);
    /** "2.3%", "2.4 percent", "2.4 per cent" and "2.4 pct" are one unit. */
    private static final Pattern PERCENT = Pattern.compile(SPLIT_OFF + "(?<![\\d.,])(\\d+(?:[.,]\\d+)?)\\s*(?:%|percent\\b|per\\s+cent\\b|pct\\b)", Pattern.CASE_INSENSITIVE);
    static final Map<String, String> NUMBER_WORDS = Map.ofEntries(
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
            amounts.add(new Amount(m.group(1).replace(',', '.'), "percent", m.group(), context(sentence, m.start(), m.end(), "percent"), false,
                    bound(sentence, m.start()), Frame.of(sentence, m.start(), m.end())));
        }
        amounts.addAll(KeyFigures.read(sentence));
        m = NUMBER_UNIT.matcher(sentence);
        while (m.find()) {
            String raw = m.group(1).toLowerCase(Locale.ROOT);
            String value = NUMBER_WORDS.getOrDefault(raw, raw.replace(",", ""));
            String scale = m.group(2) == null ? "" : m.group(2).toLowerCase(Locale.ROOT);
            if (scale.contains("cent") || scale.equals("%") || m.group(3).matches("(?i)percent|per|pct")) {
                continue; // a percentage, taken above; its next word is not its unit
            }
            String unit = stem(m.group(3));
            if (!STOPWORDS.contains(m.group(3).toLowerCase(Locale.ROOT)) && !isMonth(m.group(3))) {
                boolean year = scale.isEmpty() && value.matches("(?:19|20)\\d\\d") && !sentence.substring(0, m.start()).endsWith("$");
                amounts.add(new Amount(scale.isEmpty() ? value : value + " " + scale, unit, m.group(),
                        context(sentence, m.start(), m.end(), unit), year,
                        sentence.startsWith("+", m.end(3)) ? Bound.AT_LEAST : bound(sentence, m.start()),
                        Frame.of(sentence, m.start(), m.end())));
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
        // Unmodifiable, not Set.copyOf: the order of first use is kept.
        List<Numbers.Mention> mentions = Numbers.in(Normal.text(sentence), false);
        return new Facts(List.copyOf(quotes), List.copyOf(amounts), Collections.unmodifiableSet(capitalised), Collections.unmodifiableSet(stems),
                Numbers.values(mentions), mentions.size() - (int) amounts.stream().filter(a -> a.unit().equals(KeyFigures.TALLY)).count());
    }

    /** Words in single quotes ('pwn', ‘new idea’), outside double quotes: the verifier holds a citation to them too. */
    private static final Pattern SINGLE_QUOTED = Pattern.compile("(?<![\\p{L}\\p{N}])'(?=\\p{L})(.+?)(?<=[^\\s])'(?![\\p{L}])");

    /** Every quotation a citation of this sentence vouches for: its double-quoted and single-quoted words. */
    List<String> citedQuotes(String sentence) {
        List<String> out = new ArrayList<>(quotes);
        String rest = QUOTE.matcher(sentence.replace('‘', '\'').replace('’', '\'')).replaceAll(" ");
        Matcher m = SINGLE_QUOTED.matcher(rest);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
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

    /**
     * Up to CONTEXT_WORDS content words on each side of a figure at [start, end), within its phrase,
     * as stems or roles; not the unit itself, quantities, dates or other numbers.
     */
    static Set<String> context(String sentence, int start, int end, String unit) {
        Set<String> out = new LinkedHashSet<>();
        List<String> before = tokens(sentence.substring(0, start));
        int taken = 0;
        for (int i = before.size() - 1; i >= 0 && taken < CONTEXT_WORDS; i--) {
            String t = before.get(i);
            if (isBreak(t)) {
                break;
            }
            taken += addContext(t, unit, out) ? 1 : 0;
        }
        taken = 0;
        for (String t : tokens(sentence.substring(end))) {
            if (taken >= CONTEXT_WORDS || isBreak(t)) {
                break;
            }
            taken += addContext(t, unit, out) ? 1 : 0;
        }
        return Set.copyOf(out);
    }

    static Bound bound(String sentence, int start) {
        String before = sentence.substring(Math.max(0, start - 20), start);
        return AT_MOST.matcher(before).find() ? Bound.AT_MOST : AT_LEAST.matcher(before).find() ? Bound.AT_LEAST : Bound.EXACT;
    }

    /** The roles among a figure's context words ("dead", "injured"), empty when it has none. */
    static Set<String> rolesOf(Set<String> context) {
        Set<String> out = new LinkedHashSet<>();
        for (String c : context) {
            if (ROLES.containsValue(c)) {
                out.add(c);
            }
        }
        return out;
    }

    private static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        Matcher t = CONTEXT_TOKEN.matcher(text);
        while (t.find()) {
            out.add(t.group().toLowerCase(Locale.ROOT));
        }
        return out;
    }

    private static boolean isBreak(String token) {
        return !Character.isLetterOrDigit(token.charAt(0)) || PHRASE_BREAKS.contains(token);
    }

    private static boolean addContext(String token, String unit, Set<String> out) {
        if (Character.isDigit(token.charAt(0)) || STOPWORDS.contains(token) || QUANTIFIERS.contains(token)
                || NUMBER_WORDS.containsKey(token) || isMonth(token) || token.matches("monday|tuesday|wednesday|thursday|friday|saturday|sunday") || token.length() < 2) {
            return false;
        }
        String stem = stem(token);
        if (stem.equals(unit)) {
            return false;
        }
        out.add(ROLES.getOrDefault(token.replaceAll("['’]s?$", ""), stem));
        return true;
    }

    private static Map<String, String> roles(Map<String, String> words) {
        Map<String, String> out = new java.util.HashMap<>();
        words.forEach((role, list) -> {
            for (String w : list.split(" ")) {
                out.put(w, role);
            }
        });
        return Map.copyOf(out);
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
