package dev.brief.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.brief.CliRun;
import org.junit.jupiter.api.Test;

class BriefCommandTest {
    @Test
    void versionPrintsOneLine() {
        CliRun run = CliRun.of("--version");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().matches("brief \\S+\\n"), run.out());
    }

    @Test
    void theShortCutForTheVersionPrintsWhatTheCommandTreeWould() {
        java.io.StringWriter tree = new java.io.StringWriter();
        new picocli.CommandLine(new BriefCommand()).printVersionHelp(new java.io.PrintWriter(tree, true));
        assertEquals(tree.toString().replace("\r", ""), CliRun.of("--version").out());
        assertEquals(tree.toString().replace("\r", ""), CliRun.of("-V").out());
    }

    @Test
    void aNamedCommandGetsOnlyItsOwnModelAndEveryOtherRunGetsThemAll() {
        assertEquals(java.util.Set.of("event"), BriefCommand.commandLine(new BriefCommand(), new String[] {"event", "x"}).getSubcommands().keySet());
        int all = BriefCommand.COMMANDS.size();
        for (String[] args : new String[][] {{}, {"--help"}, {"evnt"}, {"help", "event"}}) {
            assertEquals(all, BriefCommand.commandLine(new BriefCommand(), args).getSubcommands().size(), String.join(" ", args));
        }
        CliRun none = CliRun.of();
        assertEquals(2, none.exitCode());
        assertTrue(none.err().contains("daily") && none.err().contains("doctor"), "no command: the usage lists them all: " + none.err());
        CliRun typo = CliRun.of("evnt");
        assertEquals(2, typo.exitCode());
        assertTrue(typo.err().contains("event"), "a typo is answered with the command meant: " + typo.err());
        CliRun help = CliRun.of("help", "event");
        assertEquals(0, help.exitCode(), help.err());
        assertTrue(help.out().contains("--engine"), help.out());
    }

    @Test
    void helpListsTheCommands() {
        CliRun run = CliRun.of("--help");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().contains("event"), run.out());
        assertTrue(run.out().contains("read"), run.out());
        assertTrue(run.out().contains("test"), run.out());
        assertTrue(run.out().contains("prompts"), run.out());
    }

    @Test
    void eventHelpListsEveryOption() {
        CliRun run = CliRun.of("event", "--help");
        assertEquals(0, run.exitCode());
        for (String option : new String[] {"--model", "--ollama-url", "--engine", "--prompts", "--num-ctx", "--timeout",
                "--no-cache", "--cache-dir", "--record", "--replay", "--format", "--output", "--verbose", "--quiet"}) {
            assertTrue(run.out().contains(option), option + " missing from:\n" + run.out());
        }
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        CliRun run = CliRun.of("event", "--colour");
        assertEquals(2, run.exitCode());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().startsWith("brief: Unknown option: '--colour'"), run.err());
    }

    @Test
    void aMistypedCommandOrOptionGetsASuggestion() {
        CliRun command = CliRun.of("evnt", "seeds");
        assertEquals(2, command.exitCode());
        assertTrue(command.err().contains("did you mean event?"), command.err());
        CliRun option = CliRun.of("event", "x.txt", "--formt", "json");
        assertEquals(2, option.exitCode());
        assertTrue(option.err().contains("did you mean --format?"), option.err());
    }

    @Test
    void aBadChoiceListsTheChoicesAsTheHelpWritesThem() {
        CliRun run = CliRun.of("event", "x.txt", "--format", "xml");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("expected one of markdown, json, html but was 'xml'"), "atom is brief daily's: " + run.err());
    }

    @Test
    void doctorOffersOnlyTheOptionsItUses() {
        CliRun run = CliRun.of("doctor", "--help");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().contains("--ollama-url"), run.out());
        assertTrue(!run.out().contains("--engine") && !run.out().contains("--record") && !run.out().contains("--replay"), run.out());
    }

    @Test
    void aBadTimeoutIsAUsageError() {
        CliRun run = CliRun.of("event", "x.txt", "--timeout", "soon");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("'soon' is not a duration"), run.err());
    }
}
