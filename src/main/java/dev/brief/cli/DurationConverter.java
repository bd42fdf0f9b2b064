package dev.brief.cli;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** "90s", "10m", "1h30m", and a bare "90" (seconds); ISO-8601 "PT90S" works too. */
final class DurationConverter implements ITypeConverter<Duration> {
    private static final Pattern WHOLE = Pattern.compile("(?:\\d+(?:ms|h|m|s))+|\\d+");
    private static final Pattern PART = Pattern.compile("(\\d+)(ms|h|m|s)?");

    @Override
    public Duration convert(String value) {
        String v = value.trim().toLowerCase(Locale.ROOT).replace(" ", "");
        Duration d;
        if (WHOLE.matcher(v).matches()) {
            d = Duration.ZERO;
            Matcher m = PART.matcher(v);
            while (m.find()) {
                long n = Long.parseLong(m.group(1));
                String unit = m.group(2) == null ? "s" : m.group(2);
                d = d.plus(switch (unit) {
                    case "ms" -> Duration.ofMillis(n);
                    case "m" -> Duration.ofMinutes(n);
                    case "h" -> Duration.ofHours(n);
                    default -> Duration.ofSeconds(n);
                });
            }
        } else {
            try {
                d = Duration.parse(v.toUpperCase(Locale.ROOT));
            } catch (RuntimeException e) {
                throw new TypeConversionException("'" + value + "' is not a duration; use a form like 90s, 10m or 1h30m");
            }
        }
        if (d.isZero() || d.isNegative()) {
            throw new TypeConversionException("a timeout must be longer than zero");
        }
        return d;
    }
}
