package dev.brief.text;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers and dates in normalised text (see {@link Normal#text}), as values: "1,500", "1500" and
 * "1.5 thousand" are one number; "two" is 2; "10 July" and "July 10" are one date. The verifier checks
 * a statement's figures with them, and the extractive engine cites an outlet only for figures it prints.
 */
public final class Numbers {
    /** A number as it appears, with its value and, for "1.5 million", the scaled value too. */
    public record Mention(String written, BigDecimal value, BigDecimal scaled) {}

    private static final Map<String, Integer> WORDS = Map.ofEntries(
            Map.entry("zero", 0), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9),
            Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13),
            Map.entry("fourteen", 14), Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17),
            Map.entry("eighteen", 18), Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30),
            Map.entry("forty", 40), Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70),
            Map.entry("eighty", 80), Map.entry("ninety", 90), Map.entry("hundred", 100), Map.entry("dozen", 12),
            Map.entry("first", 1), Map.entry("second", 2), Map.entry("third", 3), Map.entry("fourth", 4), Map.entry("fifth", 5),
            Map.entry("sixth", 6), Map.entry("seventh", 7), Map.entry("eighth", 8), Map.entry("ninth", 9), Map.entry("tenth", 10),
            Map.entry("eleventh", 11), Map.entry("twelfth", 12), Map.entry("twentieth", 20), Map.entry("hundredth", 100));
    /**
     * Words too often not a number to hold a claim to: "one of them", "first", "a second look".
     * They still count as numbers in an article, so "2 people" is found in "two people".
     */
    private static final Set<String> LOOSE = Set.of("one", "first", "second", "zero", "dozen", "hundred");
    private static final Map<String, BigDecimal> SCALES = Map.of(
            "thousand", BigDecimal.valueOf(1_000L), "k", BigDecimal.valueOf(1_000L),
            "million", BigDecimal.valueOf(1_000_000L), "m", BigDecimal.valueOf(1_000_000L), "mn", BigDecimal.valueOf(1_000_000L),
            "billion", BigDecimal.valueOf(1_000_000_000L), "bn", BigDecimal.valueOf(1_000_000_000L), "b", BigDecimal.valueOf(1_000_000_000L),
            "trillion", BigDecimal.valueOf(1_000_000_000_000L), "tn", BigDecimal.valueOf(1_000_000_000_000L));
    private static final String[] MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august",
        "september", "october", "november", "december"};
    private static final String MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";

    private static final Pattern DIGITS = Pattern.compile(
            "(?<![\\w.,])(\\d{1,3}(?:,\\d{3})+(?!\\d)|\\d+(?:\\.\\d+)?)(?:st|nd|rd|th)?(?:\\s*-?\\s*(thousand|million|billion|trillion|bn|mn|tn|m|k|b)\\b)?");
    private static final Pattern WORD = Pattern.compile(
            "\\b([a-z]+)(?:-([a-z]+))?(?:\\s+(thousand|million|billion|trillion)\\b)?");
    private static final Pattern DAY_MONTH = Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)?(?:\\s+of)?\\s+" + MONTH + "\\b");
    private static final Pattern MONTH_DAY = Pattern.compile("\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b");

    private Numbers() {}

    /** Every number mentioned in normalised text. claimsOnly leaves out words like "one" and "first". */
    public static List<Mention> in(String normal, boolean claimsOnly) {
        List<Mention> out = new ArrayList<>();
        Matcher m = DIGITS.matcher(normal);
        while (m.find()) {
            BigDecimal value = new BigDecimal(m.group(1).replace(",", ""));
            out.add(new Mention(m.group(), value, scaled(value, m.group(2))));
        }
        Matcher w = WORD.matcher(normal);
        while (w.find()) {
            Integer first = WORDS.get(w.group(1));
            if (first == null || (claimsOnly && LOOSE.contains(w.group(1)) && w.group(2) == null && w.group(3) == null)) {
                continue;
            }
            int value = first;
            if (w.group(2) != null) {
                Integer unit = WORDS.get(w.group(2));
                if (unit != null && first >= 20 && first % 10 == 0 && unit < 10) {
                    value = first + unit; // twenty-five
                }
            }
            BigDecimal v = BigDecimal.valueOf(value);
            out.add(new Mention(w.group(), v, scaled(v, w.group(3))));
        }
        return out;
    }

    /** Every value a text supports: each number as written and as scaled. */
    public static Set<BigDecimal> values(String normal) {
        return values(in(normal, false));
    }

    /** The same, from mentions already found ({@link #in}). */
    public static Set<BigDecimal> values(List<Mention> mentions) {
        Set<BigDecimal> out = new LinkedHashSet<>();
        for (Mention m : mentions) {
            out.add(m.value().stripTrailingZeros());
            if (m.scaled() != null) {
                out.add(m.scaled().stripTrailingZeros());
            }
        }
        return out;
    }

    /** A scaled number ("2.5 billion") needs its scaled value: "2.5 million" has 2.5 too, but is another amount. */
    public static boolean supported(Mention m, Set<BigDecimal> values) {
        return m.scaled() != null ? values.contains(m.scaled().stripTrailingZeros()) : values.contains(m.value().stripTrailingZeros());
    }

    /**
     * Whether a text prints every figure of a statement: each number written in digits and each day and
     * month. What the verifier asks of each source a statement cites; a number written as a word ("seven
     * officers") is looser, and only all the cited sources together must have it.
     *
     * @param statementNormal the statement, normalised ({@link Normal#text})
     * @param textNormal      the source, normalised
     */
    public static boolean printsFigures(String statementNormal, String textNormal) {
        return printsFigures(statementNormal, values(textNormal), dates(textNormal));
    }

    /** The same, with the source's {@link #values} and {@link #dates} worked out once. */
    public static boolean printsFigures(String statementNormal, Set<BigDecimal> values, Set<String> textDates) {
        for (Mention m : in(statementNormal, true)) {
            if (Character.isDigit(m.written().charAt(0)) && !supported(m, values)) {
                return false;
            }
        }
        return textDates.containsAll(dates(statementNormal));
    }

    /** Day-month pairs as "7-10" (month-day), whichever order the text writes them in. */
    public static Set<String> dates(String normal) {
        Set<String> out = new LinkedHashSet<>();
        Matcher a = DAY_MONTH.matcher(normal);
        while (a.find()) {
            out.add(month(a.group(2)) + "-" + Integer.parseInt(a.group(1)));
        }
        Matcher b = MONTH_DAY.matcher(normal);
        while (b.find()) {
            out.add(month(b.group(1)) + "-" + Integer.parseInt(b.group(2)));
        }
        return out;
    }

    private static int month(String name) {
        String n = name.replace(".", "");
        for (int i = 0; i < MONTHS.length; i++) {
            if (MONTHS[i].startsWith(n.substring(0, Math.min(3, n.length())))) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException(name);
    }

    private static BigDecimal scaled(BigDecimal value, String scale) {
        return scale == null ? null : value.multiply(SCALES.get(scale));
    }
}
