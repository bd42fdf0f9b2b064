package dev.brief.read;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.Locale;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Publication dates as metadata and article text write them. A date-time keeps the calendar day of
 * its own offset: "2025-07-11T01:30:00+08:00" is the 11th, the day the outlet printed, not the 10th in UTC.
 */
final class Dates {
    private static final Pattern ISO_DAY = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})(?:$|[T ])");
    private static final String MONTH_NAME =
            "Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?";
    private static final String WEEKDAY =
            "(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\\.?,?\\s+)?";
    /** Three letters a month, for "Sept" and "September" alike. */
    private static final String MONTHS = "janfebmaraprmayjunjulaugsepoctnovdec";
    private static final String ORDINAL = "(?:st|nd|rd|th)?";
    /**
     * A date written out, with or without its weekday: "March 12, 2025", "Mar. 12th 2025", "12 March 2025",
     * "12th of March, 2025", "Wed, 12 Mar 2025" and "2025-03-12". All-number dates such as "12.03.2025"
     * are not dates here: whether the day or the month comes first is a guess.
     */
    private static final String WRITTEN_PARTS = "(?i:" + WEEKDAY + "(?:"
            + "(?<m1>" + MONTH_NAME + ")\\.?\\s+(?<d1>\\d{1,2})" + ORDINAL + ",?\\s+(?<y1>\\d{4})"
            + "|(?<d2>\\d{1,2})" + ORDINAL + "(?:\\s+of)?\\s+(?<m2>" + MONTH_NAME + ")\\.?,?\\s+(?<y2>\\d{4})"
            + "|(?<iso>\\d{4}-\\d{2}-\\d{2})))";
    private static final Pattern WRITTEN_DATE = Pattern.compile(WRITTEN_PARTS);
    /** The same rule without its groups, to be part of other patterns (date lines, datelines). */
    static final String WRITTEN = WRITTEN_PARTS.replaceAll("\\(\\?<\\w+>", "(?:");

    private Dates() {}

    /** The date in a metadata value, or null if it holds none brief understands. */
    static LocalDate parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String s = value.trim();
        ZonedDateTime timed = timed(s);
        if (timed != null) {
            return timed.toLocalDate(); // the day where it was written, not in UTC
        }
        Matcher m = ISO_DAY.matcher(s);
        if (m.find()) {
            try {
                return LocalDate.parse(m.group(1));
            } catch (DateTimeParseException e) {
                return null;
            }
        }
        return written(s);
    }

    /**
     * The instant a metadata value names, when it gives a time with its offset ("2025-03-14T09:30:00Z",
     * "Fri, 14 Mar 2025 09:30:00 GMT"); null for a day alone or a time whose zone it does not say.
     */
    static Instant instant(String value) {
        ZonedDateTime timed = value == null || value.isBlank() ? null : timed(value.trim());
        return timed == null ? null : timed.toInstant();
    }

    /** Forms of a time with its offset: ISO 8601, HTTP and RSS dates, and "+0800" without a colon, as some sites write it. */
    private static final List<DateTimeFormatter> TIMED = List.of(DateTimeFormatter.ISO_OFFSET_DATE_TIME, DateTimeFormatter.RFC_1123_DATE_TIME,
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm[:ss][.SSS]xx"));

    /** A value that gives a day, a time and its offset ("2025-03-14T09:30:00Z", "2025-03-14 09:30:00+01:00"), or null. */
    private static ZonedDateTime timed(String s) {
        String iso = s.replaceFirst("^(\\d{4}-\\d{2}-\\d{2}) (\\d)", "$1T$2");
        for (DateTimeFormatter f : TIMED) {
            try {
                return ZonedDateTime.parse(iso, f);
            } catch (DateTimeParseException ignored) {
                // the next form
            }
        }
        return null;
    }

    /** The date in text that is one date as {@link #WRITTEN} describes it (a final full stop aside), or null. */
    static LocalDate written(String text) {
        Matcher m = WRITTEN_DATE.matcher(text.strip().replaceFirst("\\.$", ""));
        if (!m.matches()) {
            return null;
        }
        try {
            if (m.group("iso") != null) {
                return LocalDate.parse(m.group("iso"));
            }
            boolean monthFirst = m.group("m1") != null;
            int month = MONTHS.indexOf(m.group(monthFirst ? "m1" : "m2").substring(0, 3).toLowerCase(Locale.ROOT)) / 3 + 1;
            return LocalDate.of(Integer.parseInt(m.group(monthFirst ? "y1" : "y2")), month, Integer.parseInt(m.group(monthFirst ? "d1" : "d2")));
        } catch (DateTimeException e) {
            return null; // "February 30"
        }
    }

    static LocalDate of(Date date) {
        return date == null ? null : Instant.ofEpochMilli(date.getTime()).atOffset(ZoneOffset.UTC).toLocalDate();
    }
}
