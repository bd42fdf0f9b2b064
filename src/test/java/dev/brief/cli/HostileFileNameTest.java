package dev.brief.cli;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.brief.CliRun;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.InputSource;

/**
 * Files and folders whose names hold terminal escape sequences: a file name comes from outside like an
 * article's text, so no output shows its control characters either. (Names are ASCII but for the
 * escapes, so that a test run in a non-UTF-8 locale can still make them.)
 */
class HostileFileNameTest {
    /** What must never reach a terminal: C0 but newline and tab, DEL, C1, bidi overrides and isolates. */
    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B-\\x1F\\x7F-\\x9F\\u202A-\\u202E\\u2066-\\u2069]");
    private static final String SEEDS = "seeds/rubio-lavrov-asean-2025/";

    @TempDir
    Path dir;
    private Path folder;
    private Path file;

    /** A folder that recolours the screen holding a file that clears it, and a file named on its own that retitles the window. */
    @BeforeEach
    void hostileNames() throws IOException {
        folder = Files.createDirectory(dir.resolve("news\u001b[31m"));
        // Without its address, so that the source lists name it by its file.
        String noUrl = Files.readString(Path.of(SEEDS + "the-moscow-times-afp.txt")).replaceAll("(?m)^<https://.*$", "");
        Files.writeString(folder.resolve("a\u001b[2Jb.txt"), noUrl);
        file = Files.copy(Path.of(SEEDS + "the-europe-today.txt"), dir.resolve("\u001b]0;owned\u0007europe.txt"));
    }

    private CliRun run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add(folder.toString());
        all.add(file.toString());
        return CliRun.of(all.toArray(String[]::new));
    }

    private static void assertClean(CliRun run, String what) {
        assertEquals(0, run.exitCode(), what + ": " + run.err());
        // The Atom feed's XML writer ends its lines with CRLF: a line break, not a name's control character.
        String out = run.out().replace("\r\n", "\n");
        assertFalse(CONTROL.matcher(out).find(), what + " stdout holds a control character: " + out.replace("\u001b", "<ESC>"));
        assertFalse(CONTROL.matcher(run.err()).find(), what + " stderr holds a control character: " + run.err().replace("\u001b", "<ESC>"));
    }

    /** As {@link #assertClean}, for an output that names the files: the rest of their names is kept, as for article text. */
    private static void assertCleanNames(CliRun run, String what) {
        assertClean(run, what);
        assertTrue(run.out().contains("ab.txt") && run.out().contains("europe.txt"), what + ": " + run.out());
    }

    @Test
    void readShowsThePathsWithoutTheirEscapes() throws IOException {
        assertCleanNames(run("read"), "read");
        CliRun json = run("read", "--format", "json");
        assertCleanNames(json, "read --format json");
        assertEquals(2, new ObjectMapper().readTree(json.out()).size(), json.out());
    }

    @Test
    void everyBriefingFormatShowsThePathsWithoutTheirEscapes() throws IOException {
        for (String format : List.of("markdown", "json", "html")) {
            CliRun run = run("event", "--engine", "extractive", "--format", format);
            assertCleanNames(run, "event --format " + format);
            if (format.equals("json")) {
                JsonNode sources = new ObjectMapper().readTree(run.out()).get("sources");
                assertEquals(2, sources.size(), run.out());
            }
        }
    }

    @Test
    void everyDailyFormatShowsThePathsAndInputNamesWithoutTheirEscapes() throws IOException {
        for (String format : List.of("markdown", "json", "html", "atom")) {
            CliRun run = run("daily", "--engine", "extractive", "--no-history", "--cache-dir", dir.resolve("cache").toString(), "--format", format);
            assertCleanNames(run, "daily --format " + format);
            if (format.equals("json")) {
                new ObjectMapper().readTree(run.out());
            } else if (format.equals("atom")) {
                // XML 1.0 allows no ESC or BEL at all, not even as a character reference: the feed must still parse.
                assertDoesNotThrow(() -> DocumentBuilderFactory.newInstance().newDocumentBuilder()
                        .parse(new InputSource(new StringReader(run.out()))), run.out());
            }
        }
    }

    /** The grouping names no file today; this keeps it so if it ever does. */
    @Test
    void groupingStaysFreeOfTheEscapes() throws IOException {
        assertClean(run("group"), "group");
        CliRun json = run("group", "--format", "json");
        assertClean(json, "group --format json");
        new ObjectMapper().readTree(json.out());
    }
}
