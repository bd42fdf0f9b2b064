package dev.brief.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.TypeConversionException;

class DurationConverterTest {
    private final DurationConverter converter = new DurationConverter();

    @Test
    void readsTheFormsTheHelpShows() {
        assertEquals(Duration.ofSeconds(90), converter.convert("90s"));
        assertEquals(Duration.ofSeconds(90), converter.convert("90"));
        assertEquals(Duration.ofMinutes(10), converter.convert("10m"));
        assertEquals(Duration.ofMinutes(90), converter.convert("1h30m"));
        assertEquals(Duration.ofSeconds(150), converter.convert("2m 30s"));
        assertEquals(Duration.ofMillis(500), converter.convert("500ms"));
        assertEquals(Duration.ofSeconds(45), converter.convert("PT45S"));
    }

    @Test
    void rejectsTheRest() {
        assertEquals("'soon' is not a duration; use a form like 90s, 10m or 1h30m",
                assertThrows(TypeConversionException.class, () -> converter.convert("soon")).getMessage());
        assertThrows(TypeConversionException.class, () -> converter.convert("0s"));
        assertThrows(TypeConversionException.class, () -> converter.convert("10x"));
    }
}
