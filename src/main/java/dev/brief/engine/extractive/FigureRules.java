package dev.brief.engine.extractive;

import dev.brief.engine.extractive.Facts.Amount;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When two figures of two outlets may be set against each other as one figure reported two ways, and
 * how a figure is shown. Each rule was chosen by reading the differences it left out on the dev part of
 * the evaluation sets (docs/benchmarks.md): figures of different people, values far apart, a piece of a
 * figure split at its decimal point, a sentence thick with numbers, three values or more.
 */
final class FigureRules {
    /**
     * A sentence with this many numbers is a table in words ("caught 39 passes for 302 yards and two
     * touchdowns"): its figures pair with the wrong ones of another. Of 23 such differences read on the
     * dev part, 22 set different things against each other.
     */
    static final int DENSE = 4;
    /** Values more than this many times apart measure different things ({@link #farApart}). */
    private static final double FAR_APART = 2;

    private FigureRules() {}

    /**
     * Three values or more are several figures, not one figure reported several ways: four players'
     * yards, three teams' offers, a quake's toll beside the 2004 tsunami's for Aceh and for the region. Of
     * the 17 such differences read on the dev part, 16 were; the other held a garbled figure. Lower bounds
     * of a toll that grows between reports ("at least 10", "at least 12", "at least 14") are one figure.
     */
    static boolean severalFigures(List<Amount> amounts) {
        return distinctValues(amounts).size() >= 3 && !amounts.stream().allMatch(a -> a.bound() == Facts.Bound.AT_LEAST);
    }

    /** Each value once, as the outlet that wrote it first wrote it. */
    static List<Amount> distinctValues(List<Amount> amounts) {
        List<Amount> distinct = new ArrayList<>();
        for (Amount a : amounts) {
            if (distinct.stream().noneMatch(a::sameValue)) {
                distinct.add(a);
            }
        }
        return distinct;
    }

    /** A name within the few words before a figure ("Scobee made a 44-yard"), not a sentence's first word, weekday or month. */
    private static final Pattern OWNER = Pattern.compile(
            "(?<=\\S\\s)(\\p{Lu}\\p{Ll}{2,})(?:['’]s)?\\s+(?:\\p{Ll}+\\s+){0,2}[$€£]?$");
    private static final Set<String> NOT_OWNERS = Set.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
            "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December");

    /**
     * Figures of two people are no difference: "Scobee made a 44-yard field goal" and "Vinatieri's 45-yard
     * field goal" are two kicks. Their names differ, and neither sentence mentions the other's.
     */
    static boolean ofDifferentNames(Sentence a, Amount x, Sentence b, Amount y) {
        String ownerA = owner(a.text(), x.span());
        String ownerB = owner(b.text(), y.span());
        return ownerA != null && ownerB != null && !ownerA.equals(ownerB) && !a.text().contains(ownerB) && !b.text().contains(ownerA);
    }

    /**
     * Two values more than twice apart are two things, not one reported two ways (five killed in
     * Papua and 168,000 in the 2004 tsunami; 70 yards in a game and 728 in a career): of 44 such
     * differences read on the dev part, 40 were. Two lower bounds are a toll that grows between
     * reports ("at least 5" and "at least 50") and stay.
     */
    static boolean farApart(Amount x, Amount y) {
        return farApart(x, y, true);
    }

    static boolean farApart(Amount x, Amount y, boolean growingTolls) {
        double a = Math.abs(x.number());
        double b = Math.abs(y.number());
        boolean tolls = growingTolls && x.bound() == Facts.Bound.AT_LEAST && y.bound() == Facts.Bound.AT_LEAST;
        return !tolls && Math.max(a, b) > FAR_APART * Math.min(a, b);
    }

    /**
     * A sentence that opens with a figure in digits is a piece of another: news style spells out a
     * number that starts a sentence, so "7 GHz quad-core" is the end of "2.7 GHz" cut at its point.
     */
    static boolean opens(Sentence s, Amount x) {
        String text = s.text().replaceFirst("^[\\s\"“'‘(]+", "");
        return !x.year() && text.startsWith(x.span()) && Character.isDigit(text.charAt(0));
    }

    private static String owner(String sentence, String span) {
        int at = sentence.indexOf(span);
        if (at < 0) {
            return null;
        }
        Matcher m = OWNER.matcher(sentence.substring(0, at));
        return m.find() && !NOT_OWNERS.contains(m.group(1)) ? m.group(1) : null;
    }

    /** A limit or a currency just before a figure: "more than", "at least", "$", "about US$". */
    private static final Pattern QUALIFIER = Pattern.compile(
            "(?i)(?:\\b(?:more than|fewer than|less than|at least|at most|up to|over|under|nearly|almost|about|around|roughly|some)\\s+)?"
                    + "(?:[A-Z]{0,2}[$€£¥]\\s?)?$");

    /**
     * A figure as its sentence writes it, with its limit and currency: "more than 50 people", "$2 billion". The reader
     * sees what each outlet said, and "more than 50" against "40" is not read as "50" against "40".
     */
    static String asWritten(String sentence, String span) {
        int at = sentence.indexOf(span);
        if (at < 0) {
            return span;
        }
        Matcher m = QUALIFIER.matcher(sentence.substring(0, at));
        return m.find() ? sentence.substring(m.start(), at) + span : span;
    }
}
