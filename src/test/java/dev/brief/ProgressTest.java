package dev.brief;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ProgressTest {
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private Console console(boolean quiet) {
        return new Console(new PrintStream(err, true, StandardCharsets.UTF_8), quiet, false);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void onATerminalOneBarIsRedrawnInPlaceAndNoticesGoAboveIt() {
        Progress p = new Progress(console(false), true, "events", 4);
        p.start();
        p.step("a");
        p.notice("event \"b\" could not be briefed: x");
        p.step("b");
        p.step("c");
        p.step("d");
        String shown = err();
        assertTrue(shown.startsWith("\rbrief: [........................] 0/4 events"), shown);
        assertTrue(shown.contains("\rbrief: [######..................] 1/4 events · ETA "), shown);
        assertTrue(shown.contains("\rbrief: event \"b\" could not be briefed: x\n\rbrief: [######"), shown);
        assertTrue(shown.contains("\rbrief: [########################] 4/4 events"), shown);
        assertTrue(shown.endsWith("\n"), "the finished bar ends its line");
        assertEquals(1, shown.split("\n", -1).length - 1 - 1, "only the notice and the end add lines");
    }

    @Test
    void elsewhereOnePlainLinePerStep() {
        Progress p = new Progress(console(false), false, "events", 2);
        p.start();
        p.step("Velmora floods");
        p.step("Norland rates");
        String[] lines = err().split("\n");
        assertEquals(2, lines.length, err());
        assertTrue(lines[0].startsWith("brief: events 1/2 done: Velmora floods · ETA "), lines[0]);
        assertEquals("brief: events 2/2 done: Norland rates", lines[1]);
    }

    @Test
    void quietShowsNothing() {
        Progress p = new Progress(console(true), true, "events", 2);
        p.start();
        p.step("a");
        p.notice("b");
        p.step("c");
        assertEquals("", err());
    }
}
