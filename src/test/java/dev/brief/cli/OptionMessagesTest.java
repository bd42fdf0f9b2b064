package dev.brief.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.brief.CliRun;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a user sees for option mistakes and in the options' help, the same on every command. */
class OptionMessagesTest {
    private static final String SEEDS = "seeds/rubio-lavrov-asean-2025";
    private static final String NOT_A_DATE = "'%s' is not a date; use a date like 2025-07-10, or today or yesterday";

    @TempDir
    Path tmp;

    private String history() {
        return tmp.resolve("history.db").toString();
    }

    @Test
    void everyDateOptionTakesTodayAndYesterday() {
        for (String day : List.of("today", "yesterday", "2025-07-10")) {
            CliRun stories = CliRun.of("stories", "--since", day, "--history", history());
            assertEquals(0, stories.exitCode(), stories.err());
            CliRun forget = CliRun.of("history", "--forget-before", day, "--history", history());
            assertEquals(0, forget.exitCode(), forget.err());
            assertTrue(forget.out().startsWith("deleted 0 runs of the days before "), forget.out());
        }
    }

    @Test
    void everyDateOptionRejectsANonDateWithTheSameMessage() {
        List<List<String>> runs = List.of(
                List.of("stories", "--since", "2025-13-01"),
                List.of("history", "--forget-before", "2025-13-01"),
                List.of("event", "--since", "2025-13-01", SEEDS),
                List.of("daily", "--until", "2025-13-01", SEEDS));
        for (List<String> args : runs) {
            CliRun run = CliRun.of(args.toArray(String[]::new));
            assertEquals(2, run.exitCode(), run.err());
            assertEquals("brief: Invalid value for option '" + args.get(1) + "': " + NOT_A_DATE.formatted("2025-13-01")
                    + " (see: brief " + args.get(0) + " --help)\n", run.err().replace("\r", ""));
        }
        CliRun words = CliRun.of("history", "--forget-before", "last week", "--history", history());
        assertEquals("brief: Invalid value for option '--forget-before': " + NOT_A_DATE.formatted("last week")
                + " (see: brief history --help)\n", words.err().replace("\r", ""));
    }

    @Test
    void onlyDailyOffersNoHistory() {
        for (String command : List.of("stories", "story", "history")) {
            CliRun help = CliRun.of(command, "--help");
            assertEquals(0, help.exitCode(), help.err());
            assertFalse(help.out().contains("--no-history"), help.out());
            assertTrue(help.out().contains("--history=FILE"), help.out());
        }
        CliRun stories = CliRun.of("stories", "--no-history");
        assertEquals(2, stories.exitCode(), stories.err());
        assertTrue(stories.err().startsWith("brief: Unknown option: '--no-history'"), stories.err());
        assertTrue(CliRun.of("daily", "--help").out().contains("--no-history"));
    }

    @Test
    void aBadFormatListsOnlyTheFormatsTheCommandTakes() {
        CliRun event = CliRun.of("event", "seeds", "--format", "pdf");
        assertEquals(2, event.exitCode(), event.err());
        assertTrue(event.err().startsWith("brief: Invalid value for option '--format': expected one of markdown, json, html but was 'pdf'"), event.err());
        CliRun daily = CliRun.of("daily", "seeds", "--format", "pdf");
        assertTrue(daily.err().contains("expected one of markdown, json, html, atom but was 'pdf'"), daily.err());
    }

    @Test
    void theHistoryHelpKeepsEachDefaultPathWhole() {
        for (String command : List.of("daily", "stories", "story", "history")) {
            String help = CliRun.of(command, "--help").out().replace("\r", "");
            assertTrue(help.contains("~/.local/share/brief/history.db"), command + ":\n" + help);
            assertTrue(help.contains("$XDG_DATA_HOME/brief/history.db"), command + ":\n" + help);
        }
    }

    @Test
    void theStrictHelpSaysAFailedEventGives10Regardless() {
        for (String command : List.of("event", "daily")) {
            String help = CliRun.of(command, "--help").out().replace("\r", "").replaceAll("\\s+", " ");
            assertTrue(help.contains("--strict Exit with code 12 when any claim is unverified; the result is still written."
                    + " (A failed daily event gives 10 with or without --strict.)"), help);
        }
    }

    @Test
    void optionValuesCheckedAfterParsingEndLikeTheOthers() {
        CliRun numCtx = CliRun.of("event", SEEDS, "--engine", "extractive", "--num-ctx", "10");
        assertEquals(2, numCtx.exitCode(), numCtx.err());
        assertEquals("brief: --num-ctx 10 is too small; a briefing needs at least 2048 (see: brief event --help)\n",
                numCtx.err().replace("\r", ""));

        CliRun maxItems = CliRun.of("read", SEEDS, "--max-items", "-1");
        assertEquals(2, maxItems.exitCode(), maxItems.err());
        assertEquals("brief: --max-items must be 1 or more (it is -1) (see: brief read --help)\n", maxItems.err().replace("\r", ""));
    }
}
