package dev.brief.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.brief.CliRun;
import dev.brief.FakeOllama;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** --engine auto (the default): Ollama when it answers a quick check, else the extractive engine with one notice. */
class EngineAutoTest {
    static final String SEEDS = "seeds/rubio-lavrov-asean-2025";
    /** The discard port, where nothing listens. */
    static final String DEAD = "http://127.0.0.1:9";

    FakeOllama ollama;

    @BeforeEach
    void start() {
        ollama = new FakeOllama();
    }

    @AfterEach
    void stop() {
        ollama.close();
    }

    @Test
    void usesOllamaWhenTheServerListsTheModel() {
        ollama.tags("llama3.2:3b", FakeOllama.MODEL);
        ollama.stub(FakeOllama.chat().willReturn(FakeOllama.streamed(FakeOllama.fixture("seeds-answer.json"))));

        CliRun run = CliRun.of("event", SEEDS, "--ollama-url", ollama.url(), "--no-cache");

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("engine: ollama · model: " + FakeOllama.MODEL), run.out());
        assertEquals(1, ollama.requests("/api/tags"));
        assertEquals(1, ollama.chatRequests().size());
        assertFalse(run.err().contains("extractive"), run.err());
    }

    @Test
    void fallsBackToExtractiveWithOneNoticeWhenNoServerAnswers() {
        CliRun run = CliRun.of("event", SEEDS, "--ollama-url", DEAD);

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("engine: extractive"), run.out());
        assertTrue(run.out().matches("(?s).*## Summary\\n\\n- .+ \\[\\d].*"), run.out());
        String[] lines = run.err().strip().split("\\R");
        assertEquals(1, lines.length, run.err());
        assertTrue(lines[0].startsWith("brief: Ollama is not reachable at " + DEAD + ", so this briefing uses the extractive engine"), lines[0]);
        assertTrue(lines[0].contains("ollama serve") && lines[0].contains("ollama pull qwen2.5:7b"), lines[0]);
    }

    @Test
    void fallsBackWhenTheModelIsNotPulled() {
        ollama.tags("llama3.2:3b");

        CliRun run = CliRun.of("event", SEEDS, "--ollama-url", ollama.url(), "--no-cache");

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("engine: extractive"), run.out());
        assertTrue(run.err().startsWith("brief: model 'qwen2.5:7b' is not pulled on the Ollama server at " + ollama.url()), run.err());
        assertEquals(0, ollama.chatRequests().size());
    }

    @Test
    void quietSilencesTheNoticeButNotTheBriefing() {
        CliRun run = CliRun.of("event", SEEDS, "--ollama-url", DEAD, "-q");

        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.err());
        assertTrue(run.out().contains("engine: extractive"), run.out());
    }

    @Test
    void ollamaEngineNeverFallsBack() {
        CliRun run = CliRun.of("event", SEEDS, "--engine", "ollama", "--ollama-url", DEAD, "--no-cache");

        assertEquals(4, run.exitCode(), run.err());
        assertEquals("", run.out());
    }

    @Test
    void extractiveEngineAsksNoServerAndPrintsNoNotice() {
        CliRun run = CliRun.of("event", SEEDS, "--engine", "extractive", "--ollama-url", ollama.url(), "--format", "json");

        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.err());
        assertTrue(run.out().contains("\"engine\" : \"extractive\""), run.out());
        assertTrue(run.out().contains("\"model\" : null"), run.out());
        assertEquals(0, ollama.server.getAllServeEvents().size());
    }
}
