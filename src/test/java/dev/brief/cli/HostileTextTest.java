package dev.brief.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.brief.CliRun;
import dev.brief.FakeOllama;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pages whose title, outlet and text hold terminal escape sequences: nothing of them reaches any output. */
class HostileTextTest {
    /** What must never reach a terminal: C0 but newline and tab, DEL, C1, bidi overrides and isolates. */
    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B-\\x1F\\x7F-\\x9F\\u202A-\\u202E\\u2066-\\u2069]");
    private static final String TITLE = "Rubio says Lavrov offered a 'new idea' on Ukraine";

    @TempDir
    Path dir;

    /** The Harbour Post page with a recoloured title that rings the bell, an OSC 8 link as its outlet, and a cleared screen in its text. */
    private String hostilePage() throws IOException {
        return Files.readString(Path.of("src/test/resources/read/news-page.html"))
                .replace(TITLE, "Rubio says \u001b[41mLavrov\u001b[0m offered a 'new idea' on Ukraine\u0007")
                .replace("Harbour Post", "\u001b]8;;https://evil.example/\u001b\\Harbour Post\u001b]8;;\u001b\\")
                .replace("U.S. Secretary of State Marco Rubio said", "U.S. Secretary of State \u202eMarco Rubio\u202c said\u001b[2J\u001b[H");
    }

    private List<String> inputs() throws IOException {
        Path page = Files.writeString(dir.resolve("hostile.html"), hostilePage());
        return List.of(page.toString(), "seeds/rubio-lavrov-asean-2025/the-moscow-times-afp.txt");
    }

    private static void assertClean(CliRun run, String what) {
        assertEquals(0, run.exitCode(), run.err());
        assertFalse(CONTROL.matcher(run.out()).find(), what + " stdout holds a control character: " + run.out().replace("\u001b", "<ESC>"));
        assertFalse(CONTROL.matcher(run.err()).find(), what + " stderr holds a control character: " + run.err().replace("\u001b", "<ESC>"));
    }

    @Test
    void readShowsTheTitleOutletAndTextWithoutTheirEscapes() throws IOException {
        List<String> in = inputs();
        CliRun table = CliRun.of("read", in.get(0), in.get(1));
        assertClean(table, "read");
        assertTrue(table.out().contains(TITLE), table.out());
        assertTrue(table.out().contains("Harbour Post"), table.out());

        CliRun json = CliRun.of("read", "--format", "json", "--text", in.get(0));
        assertClean(json, "read --format json");
        assertTrue(json.out().contains("\"title\" : \"" + TITLE.replace("'", "'") + "\""), json.out());
        assertTrue(json.out().contains("U.S. Secretary of State Marco Rubio said"), json.out());
        assertFalse(json.out().contains("\\u001B") || json.out().contains("\\u001b"), "not even JSON-escaped: " + json.out());
    }

    @Test
    void everyBriefingFormatIsFreeOfThem() throws IOException {
        List<String> in = inputs();
        for (String format : List.of("markdown", "json", "html")) {
            CliRun run = CliRun.of("event", "--engine", "extractive", "--format", format, in.get(0), in.get(1));
            assertClean(run, format);
            assertTrue(run.out().contains("Harbour Post"), format + ": " + run.out());
            assertFalse(run.out().contains("\\u001B") || run.out().contains("\\u001b") || run.out().contains("&#27;"), format + ": " + run.out());
        }
    }

    @Test
    void theModelEchoingAnEscapeSequenceIsCleanedToo() {
        try (FakeOllama ollama = new FakeOllama()) {
            // Fixture: the hand-written seeds answer with an escape sequence and a bidi override put into its headline.
            String answer = FakeOllama.fixture("seeds-answer.json").replace("\"headline\": \"Rubio and Lavrov",
                    "\"headline\": \"\\u001b[2J\\u001b]0;owned\\u0007Rubio and \\u202eLavrov");
            ollama.stub(FakeOllama.chat().willReturn(FakeOllama.streamed(answer)));
            CliRun run = CliRun.of("event", "--engine", "ollama", "--ollama-url", ollama.url(), "--no-cache", "seeds/rubio-lavrov-asean-2025/");
            assertClean(run, "ollama markdown");
            assertTrue(run.out().startsWith("# Rubio and Lavrov discuss a new idea"), run.out());
        }
    }
}
