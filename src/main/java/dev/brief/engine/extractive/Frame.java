package dev.brief.engine.extractive;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the clause of a figure says about it beyond its unit: whether it is a forecast ("economists
 * expected 1 million jobs") rather than what happened, the period it covers ("5.9% this year", "0.2%
 * from the month before", "$25 million a season"), whether it is an increment ("$24 billion in
 * additional funding", "14 more deaths"), what a share is of ("75 percent of traffic") and whose an
 * age is ("the 36-year-old driver"). A forecast is no report of the figure it forecasts, growth over
 * a year is not growth over a month, a sum a season is not a sum, an increment is not a total, a
 * share of traffic is not a share of calls, and the driver's age is not the victim's. It also reads
 * what a change measures ("energy prices climbed 1.5%", "a 0.3% rise in core prices") and whether its
 * sentence leaves something out ("excluding food and energy"): a figure of a part is not a figure of
 * the whole. Two figures of different frames are never set against each other.
 *
 * @param forecast whether the figure is expected, forecast, predicted or projected
 * @param increment whether the figure is added to another ("additional", "another", "extra", "14 more")
 * @param period the period the figure covers ("this year", "6 month", "per season", "month"), or null
 *     when its clause names none
 * @param base for a share, the stem of the first word of what it is a share of ("traff"); for an age,
 *     of whom it is the age ("12-year-old daughter"); or null
 * @param measure what a change measures ("energy prices climbed"), or null when the figure is no change
 * @param excluding whether the sentence says its figures leave something out ("excluding food and
 *     energy", "controlling for", "core inflation")
 * @param paidIn what a sum is paid in, when its clause says: "cash", "stock", "cash and stock"; a cash
 *     portion is not the whole price
 */
record Frame(boolean forecast, boolean increment, String period, String base, Measure measure, boolean excluding, String paidIn) {
    static final Frame NONE = new Frame(false, false, null, null, null, false, null);

    /**
     * What a change measures, as stems: its noun ("price") and the word that qualifies it ("energy"), or
     * null for a noun alone ("prices rose").
     */
    record Measure(String qualifier, String noun) {}

    /** Words that make a figure a forecast; "estimated" is not one: an estimated toll is a report of the toll. */
    private static final Pattern FORECAST = Pattern.compile(
            "(?i)\\b(?:expect(?:s|ed|ing|ations?)?|forecast(?:s|ed|ers)?|predict(?:s|ed|ions?)?|projected|projections?|anticipated)\\b");
    /**
     * "this year", "next quarter", "six months", "$25 million a season", "month-to-month", "annual"; "a
     * year earlier" is a change over a year, not a rate.
     */
    private static final Pattern PERIOD = Pattern.compile(
            "(?i)\\b(?:(this|next|last|past|previous|current|coming|first|second|third|fourth|prior|same|a|an|per|each|every"
                    + "|\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)[\\s-]+)?"
                    + "(year|quarter|month|week|decade|season)s?\\b(\\s+(?:earlier|ago|before|later))?"
                    + "|\\b(annual(?:ly)?|yearly|monthly|quarterly|weekly)\\b");
    /** What a sum is paid in, within a few words after it: "$2 billion in cash", "of the price ... will be in cash and stock". */
    private static final Pattern PAID_IN = Pattern.compile("(?i)^[^.;]{0,45}?\\bin\\s+(cash|stock|shares)\\b(\\s+and\\s+(?:stock|shares|cash)\\b)?");
    /** Where a figure's clause ends: punctuation, a dash, or a word that starts another clause. */
    private static final Pattern CLAUSE_END = Pattern.compile("[,;:()\\[\\]—–]|\\s-\\s|\\b(?:and|but|while|whereas|against|compared|versus)\\b");
    /** How far a clause is read on each side of the figure. */
    private static final int REACH = 120;

    /** The frame of the figure at [start, end) of a sentence. */
    static Frame of(String sentence, int start, int end) {
        String before = sentence.substring(Math.max(0, start - REACH), start);
        Matcher cut = CLAUSE_END.matcher(before);
        int from = 0;
        while (cut.find()) {
            from = cut.end();
        }
        before = before.substring(from);
        String after = sentence.substring(end, Math.min(sentence.length(), end + REACH));
        // read before the clause is cut: "and" joins the parts of a payment ("in cash and stock")
        Matcher paid = PAID_IN.matcher(after);
        String paidIn = !paid.find() ? null : paid.group(2) != null ? "cash and stock"
                : paid.group(1).equalsIgnoreCase("cash") ? "cash" : "stock";
        Matcher stop = CLAUSE_END.matcher(after);
        if (stop.find()) {
            after = after.substring(0, stop.start());
        }
        String clause = before + " # " + after;
        boolean increment = INCREMENT_BEFORE.matcher(before).find() || INCREMENT_AFTER.matcher(after).find();
        return new Frame(FORECAST.matcher(clause).find(), increment, period(after, before), whose(after), measure(before, after),
                EXCLUDING.matcher(sentence).find(), paidIn);
    }

    /** A verb of change just before a figure ("energy prices climbed 1.5%", "prices were up 5%") and the words before it. */
    private static final Pattern CHANGED = Pattern.compile("(?i)(?:(?<!\\S)(\\S+)\\s+)?(?<!\\S)(\\p{L}{2,})\\s+"
            + "(?:(?:also|again|just|only|still|\\p{L}+ly)\\s+)?(?:(?:was|were|is|are|have|has|had)\\s+)?"
            + "(?:rose|rise|rises|risen|rising|climbed|climbs|increased|increases|jumped|jumps|fell|falls|fallen|dropped|drops|declined|declines"
            + "|grew|grows|gained|gains|surged|surges|slipped|slips|soared|soars|advanced|up|down)(?:\\s+by)?\\s+(?:[$€£]\\s?)?$");
    /** A change named after a figure, and what it is a change in: "a 0.3% rise in core prices". */
    private static final Pattern CHANGE_IN = Pattern.compile("(?i)^\\s*(?:-\\s*)?(?:increase|rise|jump|gain|drop|decline|fall|climb)s?\\s+in\\s+"
            + "(?:the\\s+)?(?:(\\p{L}+)\\s+)?(\\p{L}{2,})");
    /** A sentence that says what its figures leave out. */
    private static final Pattern EXCLUDING = Pattern.compile("(?i)\\b(?:excluding|exclud(?:es|ed)|controlling\\s+for|strip(?:ping|s)?\\s+out"
            + "|not\\s+counting|leaving\\s+out|core\\s+(?:inflation|cpi|prices|index|consumer|pce|rate))\\b");

    /**
     * What a change measures, with the word before its noun when that is no function word ("energy
     * prices"); null when the figure is no change.
     */
    private static Measure measure(String before, String after) {
        Matcher m = CHANGED.matcher(before);
        if (!m.find()) {
            m = CHANGE_IN.matcher(after);
            if (!m.find()) {
                return null;
            }
        }
        return new Measure(qualifier(m.group(1)), Facts.stem(m.group(2)));
    }

    private static String qualifier(String word) {
        if (word == null || !word.chars().allMatch(Character::isLetter) || Facts.STOPWORDS.contains(word.toLowerCase(Locale.ROOT))) {
            return null;
        }
        return Facts.stem(word);
    }

    /** Whom or what a figure is a share or the age of: "75 percent of traffic", "the 36-year-old driver". */
    private static String whose(String after) {
        for (Pattern p : List.of(BASE, AGE_OF)) {
            Matcher m = p.matcher(after);
            if (m.find()) {
                return Facts.stem(m.group(1));
            }
        }
        return null;
    }

    /** "an additional $24 billion", "another 500", "$24 billion in additional funding", "14 more". */
    private static final Pattern INCREMENT_BEFORE = Pattern.compile("(?i)\\b(?:additional|another|extra|further)\\s+(?:[$€£]\\s?)?$");
    private static final Pattern INCREMENT_AFTER = Pattern.compile("(?i)^\\s*(?:more\\b|(?:in|of)\\s+(?:additional|extra|further)\\b)");

    /** After "36-year": "-old driver". */
    private static final Pattern AGE_OF = Pattern.compile("^\\s*-?\\s*old\\s+(\\p{L}{3,})");
    /** What a share is taken of: "75 percent of traffic", "70% of the communications". */
    private static final Pattern BASE = Pattern.compile("^\\s*(?:percent|per\\s+cent|pct)?\\s*of\\s+(?:the\\s+|all\\s+|its\\s+|their\\s+)?(\\p{Ll}{3,})");

    /** A change since a named month is a change over a month: "rose 1.2% in May from April". */
    private static final Pattern FROM_MONTH = Pattern.compile(
            "(?i)^[^.;]{0,30}?\\bfrom\\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\\b");

    /** The period nearest the figure, after it first ("5.9% this year"), then before it ("the month-to-month gain was 0.8%"). */
    private static String period(String after, String before) {
        if (FROM_MONTH.matcher(after).find()) {
            return "month";
        }
        Matcher m = PERIOD.matcher(after);
        if (m.find()) {
            return name(m);
        }
        String last = null;
        m = PERIOD.matcher(before);
        while (m.find()) {
            last = name(m);
        }
        return last;
    }

    private static String name(Matcher m) {
        if (m.group(4) != null) {
            String adjective = m.group(4).toLowerCase(Locale.ROOT);
            return adjective.startsWith("annual") ? "year" : adjective.replaceAll("ly$", "");
        }
        String which = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
        String unit = m.group(2).toLowerCase(Locale.ROOT);
        if (m.group(3) != null && (which.equals("a") || which.equals("an"))) {
            return unit; // "from a year earlier": a change over a year
        }
        // "this year" and "the current year" are one period; "last", "past", "previous" and "prior" another
        which = switch (which) {
            case "current", "same" -> "this";
            case "past", "previous", "prior" -> "last";
            case "coming" -> "next";
            case "a", "an", "per", "each", "every" -> "per";
            default -> Facts.NUMBER_WORDS.getOrDefault(which, which);
        };
        return which.isEmpty() ? unit : which + " " + unit;
    }

    /**
     * Whether figures of these two frames can report the same thing: both forecasts or neither, both
     * increments or neither, both rates ("a season") of one period or neither, shares of one whole
     * where both say of what, and the same period. A bare unit ("over the year") meets any period of that unit, and no period meets no
     * period; a named one ("over the next decade") meets no figure without one.
     */
    boolean meets(Frame other) {
        if (forecast != other.forecast || increment != other.increment || isRate() != other.isRate()) {
            return false;
        }
        if (base != null && other.base != null && !base.equals(other.base) || excluding != other.excluding
                || !java.util.Objects.equals(paidIn, other.paidIn)) {
            return false;
        }
        if (measure != null && other.measure != null && measure.noun().equals(other.measure.noun())
                && !java.util.Objects.equals(measure.qualifier(), other.measure.qualifier())) {
            return false; // "energy prices" against "prices": a part against the whole
        }
        if (period == null || other.period == null) {
            return qualified(period) == qualified(other.period);
        }
        return period.equals(other.period)
                || unitOf(period).equals(unitOf(other.period)) && !(qualified(period) && qualified(other.period));
    }

    private static boolean qualified(String period) {
        return period != null && period.indexOf(' ') >= 0;
    }

    private boolean isRate() {
        return period != null && period.startsWith("per ");
    }

    private static String unitOf(String period) {
        return period.substring(period.indexOf(' ') + 1);
    }
}
