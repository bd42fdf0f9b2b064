package dev.brief.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** An ISO date such as 2025-07-10, or "today" or "yesterday" on this machine's calendar: for every date option (Main registers it). */
final class DateConverter implements ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
        String v = value.strip().toLowerCase(Locale.ROOT);
        switch (v) {
            case "today":
                return LocalDate.now();
            case "yesterday":
                return LocalDate.now().minusDays(1);
            default:
                try {
                    return LocalDate.parse(v);
                } catch (DateTimeParseException e) {
                    throw new TypeConversionException("'" + value + "' is not a date; use a date like 2025-07-10, or today or yesterday");
                }
        }
    }
}
