package dev.brief.cli;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** How articles are grouped into events: for brief group and brief daily. */
public final class GroupingOptions {
    @Option(names = "--window", paramLabel = "DAYS", converter = WindowConverter.class,
            description = "Keep each event within this many calendar days by the articles' dates, such as 2d (today and "
                    + "yesterday): for inputs that span many days. Undated articles fit any window. Default: no limit.")
    Integer windowDays;

    /** "2d", "2 days" or a bare "2": a whole number of days, 1 or more. */
    static final class WindowConverter implements ITypeConverter<Integer> {
        private static final Pattern DAYS = Pattern.compile("(\\d{1,5})\\s*(?:d|days?)?");

        @Override
        public Integer convert(String value) {
            Matcher m = DAYS.matcher(value.strip().toLowerCase(Locale.ROOT));
            if (!m.matches() || Integer.parseInt(m.group(1)) < 1) {
                throw new TypeConversionException("'" + value + "' is not a window; use a number of days such as 2d");
            }
            return Integer.valueOf(m.group(1));
        }
    }
}
