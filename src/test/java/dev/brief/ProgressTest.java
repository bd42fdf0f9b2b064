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
    void onATerminalOneBarIsRedrawnInPlaceAndNoticesGoAboveIt() throws InterruptedException {
        Progress p = new Progress(console(false), true, "events", 4);
        p.start();
        p.step("a");
        p.notice("event \"b\" could not be briefed: x");
        p.step("b");
        p.step("c");
        p.step("d");
        String shown = err();
        assertTrue(shown.contains("\rbrief: events"), shown);
        assertTrue(shown.contains("\r\033[Kbrief: event \"b\" could not be briefed: x\n"), shown);
        assertTrue(shown.contains("4/4"), shown);
        assertTrue(shown.endsWith("\n"), "the finished bar ends its line");
    }

    @Test
    void aCallOfUnknownLengthShowsWhatIsWaitedOnAndForHowLongThenLeavesNoLine() throws InterruptedException {
        Progress p = new Progress(console(false), true, "waiting for the model", -1);
        p.start();
        p.label("map 3/82");
        Thread.sleep(1300);
        p.close();
        String shown = err();
        assertTrue(shown.contains("brief: waiting for the model"), shown);
        assertTrue(shown.contains("map 3/82"), shown);
        assertTrue(shown.contains("0:00:01"), "the elapsed time: " + shown);
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
