package dev.brief.read;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Publication dates as metadata writes them. A date-time keeps the calendar day of its own offset:
 * "2025-07-11T01:30:00+08:00" is the 11th, the day the outlet printed, not the 10th in UTC.
 */
final class Dates {
    private static final Pattern ISO_DAY = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})(?:$|[T ])");

    private Dates() {}

    /** The date in a metadata value, or null if it holds none brief understands. */
    static LocalDate parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String s = value.trim();
        try {
            return OffsetDateTime.parse(s).toLocalDate();
        } catch (DateTimeParseException ignored) {
            // not an ISO date-time with an offset
        }
        try {
            return ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate();
        } catch (DateTimeParseException ignored) {
            // not an HTTP/RSS date
        }
        // "+0800" without a colon, as some sites write it
        try {
            return OffsetDateTime.parse(s, DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss[.SSS]xx")).toLocalDate();
        } catch (DateTimeParseException ignored) {
            // no
        }
        Matcher m = ISO_DAY.matcher(s);
        if (m.find()) {
            try {
                return LocalDate.parse(m.group(1));
            } catch (DateTimeParseException e) {
                return null;
            }
        }
        return TextArticleParser.parseDate(s.replaceFirst("^\\p{L}+day,?\\s+", ""));
    }

    static LocalDate of(Date date) {
        return date == null ? null : Instant.ofEpochMilli(date.getTime()).atOffset(ZoneOffset.UTC).toLocalDate();
    }
}
