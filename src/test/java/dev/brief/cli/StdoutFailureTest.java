package dev.brief.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.brief.ExitCode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A result that cannot be printed (a full disk, a closed pipe) is a failure, and the day is not stored as done. */
class StdoutFailureTest {
    /** Standard output on a full disk: every write fails, as writing to /dev/full does. */
    private static final OutputStream FULL_DISK = new OutputStream() {
        @Override
        public void write(int b) throws IOException {
            throw new IOException("No space left on device");
        }
    };

    private static String[] run(String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new ByteArrayInputStream(new byte[0]), new PrintStream(FULL_DISK, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new String[] {Integer.toString(code), err.toString(StandardCharsets.UTF_8)};
    }

    @Test
    void aDailyThatCannotBePrintedExitsNineAndStoresNoRun(@TempDir Path dir) throws IOException {
        Path history = dir.resolve("history.db");
        String[] result = run("daily", "src/test/resources/daily/day", "--engine", "extractive", "--history", history.toString(),
                "--cache-dir", dir.resolve("cache").toString());

        assertEquals(Integer.toString(ExitCode.OUTPUT.code), result[0], result[1]);
        assertTrue(result[1].contains("brief: could not write the result to standard output"), result[1]);
        assertFalse(result[1].contains("history: stored"), result[1]);
        assertFalse(storedAStory(history), "the day is not stored as done: " + result[1]);
    }

    @Test
    void anyCommandThatCannotPrintExitsNineInOneLine() {
        String[] result = run("read", "seeds");

        assertEquals(Integer.toString(ExitCode.OUTPUT.code), result[0], result[1]);
        assertEquals(1, result[1].strip().lines().count(), result[1]);
    }

    /** Whether `brief stories` lists any story in the history, below its header. */
    private static boolean storedAStory(Path history) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Main.run(new String[] {"stories", "--history", history.toString()}, new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8).lines().skip(1).anyMatch(l -> !l.isBlank());
    }
}
