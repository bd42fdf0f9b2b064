package dev.brief.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.brief.CliRun;
import dev.brief.FakeOllama;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VerifyCommandTest {
    private static final String SEEDS = "seeds/rubio-lavrov-asean-2025";

    @TempDir
    Path dir;
    Path briefing;

    @BeforeEach
    void writeBriefing() {
        briefing = dir.resolve("briefing.json");
        try (FakeOllama ollama = new FakeOllama()) {
            ollama.stub(FakeOllama.chat().willReturn(FakeOllama.streamed(FakeOllama.fixture("seeds-answer.json"))));
            CliRun run = CliRun.of("event", SEEDS, "--engine", "ollama", "--ollama-url", ollama.url(), "--no-cache",
                    "--format", "json", "-o", briefing.toString());
            assertEquals(0, run.exitCode(), run.err());
        }
    }

    @Test
    void aMissingBriefingFileIsReportedBeforeTheInputsAreRead() {
        CliRun run = CliRun.of("verify", "nope.json", "no-such-article.txt");
        assertEquals(3, run.exitCode(), run.err());
        assertTrue(run.err().startsWith("brief: cannot read nope.json;"), run.err());
        assertTrue(!run.err().contains("no-such-article"), "the inputs were not read: " + run.err());
    }

    @Test
    void aCorrectBriefingPasses() {
        CliRun run = CliRun.of("verify", briefing.toString(), SEEDS);
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().endsWith("14 claims: 14 verified, 0 unverified\n"), run.out());
        assertTrue(run.out().startsWith("ok      summary[0]: U.S. Secretary of State Marco Rubio met"), run.out());
    }

    @Test
    void readsTheBriefingFromStdin() throws Exception {
        CliRun run = CliRun.withStdin(Files.readString(briefing), "verify", "-", SEEDS);
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().endsWith("14 claims: 14 verified, 0 unverified\n"), run.out());
    }

    @Test
    void checksEveryEventOfADailyDocument() {
        Path daily = dir.resolve("daily.json");
        CliRun written = CliRun.of("daily", "seeds/rubio-lavrov-asean-2025", "--engine", "extractive", "--format", "json", "-o", daily.toString());
        assertEquals(0, written.exitCode(), written.err());

        CliRun run = CliRun.of("verify", daily.toString(), SEEDS);

        assertEquals(0, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().contains(" claims: "), run.out());
        assertTrue(run.out().contains(" 0 unverified\n"), run.out());
    }

    @Test
    void aDailyIsCheckedEventByEventWithTheVerdictsTheRunRecorded() throws Exception {
        Path daily = dir.resolve("daily.json");
        String day = "src/test/resources/daily/day";
        CliRun written = CliRun.of("daily", day, "--engine", "extractive", "--format", "json", "-o", daily.toString());
        assertEquals(0, written.exitCode(), written.err());
        List<Boolean> recorded = new java.util.ArrayList<>();
        for (com.fasterxml.jackson.databind.JsonNode event : new com.fasterxml.jackson.databind.ObjectMapper().readTree(daily.toFile()).path("events")) {
            com.fasterxml.jackson.databind.JsonNode b = event.path("briefing");
            for (String section : List.of("summary", "agreements")) {
                b.path(section).forEach(i -> recorded.add(i.path("verified").asBoolean()));
            }
            b.path("differences").forEach(i -> recorded.add(i.path("verified").asBoolean()));
            b.path("singleSource").forEach(i -> recorded.add(i.path("verified").asBoolean()));
        }

        // All the day's articles are given, as a user would give them; each event is checked against its own.
        CliRun run = CliRun.of("verify", daily.toString(), day);

        List<Boolean> verdicts = run.out().lines().filter(l -> l.startsWith("ok ") || l.startsWith("FAILED ")).map(l -> l.startsWith("ok ")).toList();
        assertEquals(recorded.size(), verdicts.size(), run.out());
        assertEquals(recorded.stream().filter(v -> !v).count(), verdicts.stream().filter(v -> !v).count(), run.out());
    }

    @Test
    void anEditedBriefingFailsWithExitCode1AndSaysWhy() throws Exception {
        // Someone changed a number after the briefing was written; the file still says "verified": true.
        Files.writeString(briefing, Files.readString(briefing).replace("lasted 50 minutes", "lasted 90 minutes"));
        CliRun run = CliRun.of("verify", briefing.toString(), SEEDS);
        assertEquals(1, run.exitCode());
        assertTrue(run.out().contains("FAILED  singleSource[0]: The closed-door discussion lasted 90 minutes.\n"
                + "        - the number or date \"90\" is not in the cited source (The Europe Today, 470704)\n"), run.out());
        assertTrue(run.out().endsWith("14 claims: 13 verified, 1 unverified\n"), run.out());
    }

    @Test
    void aBriefingFilesEscapeSequencesNeverReachTheScreen() throws Exception {
        // The JSON file is from outside: a crafted one sets the terminal's title (ESC ] 0 ; owned BEL) in its text.
        Files.writeString(briefing, Files.readString(briefing).replace("Marco Rubio met", "Marco \\u001b]0;owned\\u0007Rubio met"));
        CliRun run = CliRun.of("verify", briefing.toString(), SEEDS);
        assertTrue(run.out().contains("ok      summary[0]: U.S. Secretary of State Marco Rubio met"), "the sequence is taken out whole: " + run.out());
        assertTrue(run.out().chars().noneMatch(c -> c < 0x20 && c != '\n'), "no control character on stdout: " + run.out());
    }

    @Test
    void aMissingSourceIsAnInputError() {
        CliRun run = CliRun.of("verify", briefing.toString(), SEEDS + "/the-europe-today.txt");
        assertEquals(3, run.exitCode());
        assertTrue(run.err().contains("41fbe3") && run.err().contains("not among the inputs"), run.err());
    }

    @Test
    void aFileThatIsNotABriefingIsAnInputError() throws Exception {
        Files.writeString(briefing, "{\"events\": []}");
        CliRun run = CliRun.of("verify", briefing.toString(), SEEDS);
        assertEquals(3, run.exitCode());
        assertTrue(run.err().startsWith("brief: " + briefing + " is not a brief JSON briefing"), run.err());
    }
}
