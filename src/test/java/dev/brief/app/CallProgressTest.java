package dev.brief.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.brief.Console;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What brief event says on stderr while it waits for the model, call by call. */
class CallProgressTest {
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private Console console(boolean quiet) {
        return new Console(new PrintStream(err, true, StandardCharsets.UTF_8), quiet, false);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private static void mapReduce(CallProgress calls, int mapCalls) {
        calls.plan(mapCalls);
        for (int i = 1; i <= mapCalls; i++) {
            calls.calling("map " + i + "/" + mapCalls);
            calls.answered("map " + i + "/" + mapCalls);
        }
        calls.calling("reduce");
        calls.answered("reduce");
    }

    @Test
    void aLongMapReduceIsAnnouncedWithItsCallCountAndLoggedEveryTenthOfTheWayWithoutATerminal() {
        mapReduce(new CallProgress(console(false), false), 82);
        List<String> lines = err().lines().toList();
        assertEquals("brief: the articles do not fit the model's context together, so the model first takes notes on them in 82 calls,"
                + " then writes the briefing from the notes", lines.get(0));
        assertEquals(11, lines.size(), err());
        assertTrue(lines.get(1).startsWith("brief: notes 9/82 done: map 9/82 · ETA "), lines.get(1));
        assertEquals("brief: notes 82/82 done: map 82/82", lines.get(10));
    }

    @Test
    void aFewCallsAreNotAnnouncedAndASingleCallPrintsNothingWithoutATerminal() {
        mapReduce(new CallProgress(console(false), false), 2);
        List<String> lines = err().lines().toList();
        assertEquals(2, lines.size(), err());
        assertTrue(lines.get(0).startsWith("brief: notes 1/2 done: map 1/2"), lines.get(0));
        assertEquals("brief: notes 2/2 done: map 2/2", lines.get(1));
        err.reset();
        CallProgress one = new CallProgress(console(false), false);
        one.calling("briefing");
        one.answered("briefing");
        assertEquals("", err());
    }

    @Test
    void onATerminalTheCallWaitedOnIsShownWithItsElapsedTimeAndWipedWhenAnswered() throws InterruptedException {
        CallProgress calls = new CallProgress(console(false), true);
        calls.calling("repair");
        Thread.sleep(600);
        calls.answered("repair");
        String shown = err();
        assertTrue(shown.contains("\rbrief: waiting for the model"), shown);
        assertTrue(shown.contains("(0:00:00) repair"), shown);
        assertTrue(shown.endsWith("\r"), "the line is wiped once the answer is in: " + shown.replace("\r", "<CR>"));
    }

    @Test
    void mapCallsAnsweredOutOfOrderUnderParallelAreEachCountedOnce() {
        CallProgress calls = new CallProgress(console(false), false);
        calls.plan(4);
        for (int i = 1; i <= 4; i++) {
            calls.calling("map " + i + "/4");
        }
        calls.answered("map 3/4");
        calls.answered("map 1/4");
        calls.calling("map 2/4 (retry)");
        calls.answered("map 2/4");
        calls.answered("map 2/4 (retry)");
        calls.failed("map 4/4");
        List<String> lines = err().lines().toList();
        assertEquals(4, lines.size(), err());
        assertTrue(lines.get(0).startsWith("brief: the articles do not fit"), lines.get(0));
        assertTrue(lines.get(1).startsWith("brief: notes 1/4 done: map 3/4"), lines.get(1));
        assertTrue(lines.get(3).startsWith("brief: notes 3/4 done: map 2/4"), "a retry is not a second note: " + lines.get(3));
    }

    @Test
    void quietSaysNothing() {
        mapReduce(new CallProgress(console(true), true), 82);
        assertEquals("", err());
    }
}
