package dev.brief.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.brief.CliRun;
import dev.brief.ExitCode;
import dev.brief.FakeOllama;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * --record against WireMock standing in for Ollama, then --replay with that server stopped. The
 * answer served is the hand-written fixture seeds-answer.json.
 */
class RecordReplayTest {
    static final String SEEDS = "seeds/rubio-lavrov-asean-2025";

    @TempDir
    static Path tmp;
    static Path cassettes;
    static String recorded;
    static String recordedJson;

    @BeforeAll
    static void record() {
        cassettes = tmp.resolve("cassettes");
        try (FakeOllama ollama = new FakeOllama()) {
            ollama.stub(FakeOllama.chat().willReturn(FakeOllama.streamed(FakeOllama.fixture("seeds-answer.json"))));
            ollama.version("0.12.6");
            CliRun run = CliRun.of("event", SEEDS, "--engine", "ollama", "--ollama-url", ollama.url(), "--record", cassettes.toString());
            assertEquals(0, run.exitCode(), run.err());
            recorded = run.out();
            assertTrue(run.err().contains("recorded 1 exchange with Ollama in " + cassettes), run.err());
            assertEquals(1, ollama.chatRequests().size(), "the recording proxies to the real server");
            CliRun json = CliRun.of("event", SEEDS, "--engine", "ollama", "--ollama-url", ollama.url(), "--record",
                    tmp.resolve("cassettes-json").toString(), "--format", "json");
            assertEquals(0, json.exitCode(), json.err());
            recordedJson = json.out();
        }
    }

    @Test
    void cassetteIsAPlainStubMappingWithTheWholeStream() throws IOException {
        List<Path> mappings = files(cassettes.resolve("mappings"));
        assertEquals(1, mappings.size(), mappings.toString());
        JsonNode mapping = new ObjectMapper().readTree(mappings.get(0).toFile());
        assertEquals("/api/chat", mapping.path("request").path("url").asText());
        List<String> matched = mapping.path("request").path("bodyPatterns").findValuesAsText("expression");
        assertEquals(List.of("$.model", "$.options", "$.format", "$.messages"), matched);
        assertEquals("system", mapping.at("/request/bodyPatterns/3/matchesJsonPath/equalToJson/0/role").asText());
        assertEquals(12, mapping.at("/metadata/brief/promptHash").asText().length());

        String body = Files.readString(cassettes.resolve("__files").resolve(mapping.at("/response/bodyFileName").asText()));
        String last = body.strip().lines().reduce((a, b) -> b).orElseThrow();
        JsonNode done = new ObjectMapper().readTree(last);
        assertEquals("stop", done.path("done_reason").asText());
        assertEquals(1874, done.path("prompt_eval_count").asInt());
        assertEquals(912, done.path("eval_count").asInt());
    }

    @Test
    void theModelsContextLengthIsRecordedTooAndAMapReduceReplaysWithTheServerGone() throws IOException {
        Path dir = tmp.resolve("cassettes-map-reduce");
        String recordedOut;
        try (FakeOllama ollama = new FakeOllama()) {
            ollama.version("0.12.6");
            // Fixtures: a 4,096-token model, so the seeds take two map calls and a reduce; hand-written notes and answer.
            ollama.stub(FakeOllama.showRequest().willReturn(FakeOllama.show(4096)));
            ollama.stub(FakeOllama.chat().withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.containing("Take notes on the article"))
                    .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.containing("470704"))
                    .willReturn(FakeOllama.streamed(FakeOllama.fixture("seeds-notes-470704.json"), 1402, 388, "stop")));
            ollama.stub(FakeOllama.chat().withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.containing("Take notes on the article"))
                    .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.containing("41fbe3"))
                    .willReturn(FakeOllama.streamed(FakeOllama.fixture("seeds-notes-41fbe3.json"), 1611, 402, "stop")));
            ollama.stub(FakeOllama.chat().withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.containing("instead of the article"))
                    .willReturn(FakeOllama.streamed(FakeOllama.fixture("seeds-answer.json"), 1190, 905, "stop")));
            CliRun run = CliRun.of("event", SEEDS, "--engine", "ollama", "--ollama-url", ollama.url(), "--record", dir.toString());
            assertEquals(0, run.exitCode(), run.err());
            assertTrue(run.err().contains("recorded 4 exchanges with Ollama in " + dir), run.err());
            recordedOut = run.out();
        }
        try (Stream<Path> files = Files.list(dir.resolve("mappings"))) {
            assertEquals(1, files.filter(f -> f.getFileName().toString().startsWith("other-")).count(), "the /api/show exchange");
        }
        CliRun replay = CliRun.of("event", SEEDS, "--replay", dir.toString());
        assertEquals(0, replay.exitCode(), replay.err());
        assertEquals(recordedOut, replay.out());
    }

    @Test
    void replayIsByteIdenticalWithTheServerGone() {
        CliRun run = CliRun.of("event", SEEDS, "--replay", cassettes.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(recorded, run.out());
        CliRun json = CliRun.of("event", SEEDS, "--replay", tmp.resolve("cassettes-json").toString(), "--format", "json");
        assertEquals(recordedJson, json.out());
    }

    @Test
    void editedSystemPromptIsNamed() throws IOException {
        Path prompts = promptsCopy("edited-system");
        Files.writeString(prompts.resolve("system.md"), Files.readString(prompts.resolve("system.md")) + "\n12. Be brief.\n");
        CliRun run = CliRun.of("event", SEEDS, "--replay", cassettes.toString(), "--prompts", prompts.toString());
        assertEquals(ExitCode.NO_RECORDING.code, run.exitCode(), run.err());
        assertEquals(1, run.err().strip().lines().count(), run.err());
        assertTrue(run.err().contains("system.md differs from the recording"), run.err());
        assertFalse(run.err().contains("event.md"), run.err());
        assertTrue(run.err().contains("--record " + cassettes), run.err());
    }

    @Test
    void editedEventPromptIsNamed() throws IOException {
        Path prompts = promptsCopy("edited-event");
        Files.writeString(prompts.resolve("event.md"), Files.readString(prompts.resolve("event.md"))
                .replace("Write a briefing of the event", "Brief the event"));
        CliRun run = CliRun.of("event", SEEDS, "--replay", cassettes.toString(), "--prompts", prompts.toString());
        assertEquals(ExitCode.NO_RECORDING.code, run.exitCode(), run.err());
        assertTrue(run.err().contains("event.md differs from the recording"), run.err());
        assertFalse(run.err().contains("system.md"), run.err());
        assertFalse(run.err().contains("article.md"), run.err());
    }

    @Test
    void changedArticleIsNamedByItsPath() throws IOException {
        Path seeds = tmp.resolve("changed-seeds");
        Files.createDirectories(seeds);
        for (Path f : files(Path.of(SEEDS))) {
            Files.copy(f, seeds.resolve(f.getFileName()));
        }
        Path changed = seeds.resolve("the-moscow-times-afp.txt");
        Files.writeString(changed, Files.readString(changed).replace("killing two people", "killing three people"));
        CliRun run = CliRun.of("event", seeds.toString(), "--replay", cassettes.toString());
        assertEquals(ExitCode.NO_RECORDING.code, run.exitCode(), run.err());
        assertTrue(run.err().contains("article " + changed + " (id "), run.err());
        assertTrue(run.err().contains("changed since the recording"), run.err());
    }

    @Test
    void otherModelIsNamed() {
        CliRun run = CliRun.of("event", SEEDS, "--replay", cassettes.toString(), "--model", "llama3.2:3b");
        assertEquals(ExitCode.NO_RECORDING.code, run.exitCode(), run.err());
        assertTrue(run.err().contains("the model is llama3.2:3b, the recording's is qwen2.5:7b"), run.err());
    }

    @Test
    void otherOptionsAreNamed() {
        CliRun run = CliRun.of("event", SEEDS, "--replay", cassettes.toString(), "--num-ctx", "6144");
        assertEquals(ExitCode.NO_RECORDING.code, run.exitCode(), run.err());
        assertTrue(run.err().contains("options differ: num_ctx 7168 recorded, 6144 now"), run.err());
    }

    @Test
    void replayOfAFolderWithoutRecordingsSaysSo() {
        CliRun run = CliRun.of("event", SEEDS, "--replay", tmp.resolve("nothing-here").toString());
        assertEquals(ExitCode.INPUT.code, run.exitCode(), run.err());
        assertTrue(run.err().contains("holds no recordings"), run.err());
    }

    @Test
    void recordAndReplayTogetherIsAUsageError() {
        CliRun run = CliRun.of("event", SEEDS, "--replay", cassettes.toString(), "--record", tmp.resolve("x").toString());
        assertEquals(ExitCode.USAGE.code, run.exitCode(), run.err());
    }

    private static Path promptsCopy(String name) throws IOException {
        Path dir = tmp.resolve(name);
        Files.createDirectories(dir);
        for (Path f : files(Path.of("prompts"))) {
            Files.copy(f, dir.resolve(f.getFileName()));
        }
        return dir;
    }

    private static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
