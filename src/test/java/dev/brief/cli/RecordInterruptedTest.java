package dev.brief.cli;

import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.brief.FakeOllama;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** brief stopped (as Ctrl-C stops it) while it waits for the repair call of a --record run, in a JVM of its own. */
class RecordInterruptedTest {
    @TempDir
    Path tmp;

    @Test
    void theExchangesCompletedBeforeTheStopAreOnDiskWhole() throws Exception {
        Path cassettes = tmp.resolve("cassettes");
        try (FakeOllama ollama = new FakeOllama()) {
            ollama.version("0.12.6");
            // Fixture: a first answer cut short (not a briefing), so brief asks for a repair; the repair call never ends in time.
            ollama.stub(FakeOllama.chat().inScenario("repair").whenScenarioStateIs(STARTED)
                    .willReturn(FakeOllama.streamed("{\"headline\": \"Rubio and Lavrov meet\", \"summary\": [")).willSetStateTo("repairing"));
            ollama.stub(FakeOllama.chat().inScenario("repair").whenScenarioStateIs("repairing")
                    .willReturn(FakeOllama.streamed(FakeOllama.fixture("seeds-answer.json")).withFixedDelay(120_000)));

            Process brief = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), "dev.brief.cli.Main",
                    "event", RecordReplayTest.SEEDS, "--engine", "ollama", "--ollama-url", ollama.url(), "--record", cassettes.toString())
                    .redirectErrorStream(true).redirectOutput(tmp.resolve("output.txt").toFile()).start();
            try {
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
                while (ollama.chatRequests().size() < 2 && brief.isAlive() && System.nanoTime() < deadline) {
                    Thread.sleep(100);
                }
                assertEquals(2, ollama.chatRequests().size(), "brief is waiting on the repair call: " + Files.readString(tmp.resolve("output.txt")));
            } finally {
                brief.destroy(); // SIGTERM: the JVM stops as on Ctrl-C
                assertTrue(brief.waitFor(30, TimeUnit.SECONDS), "brief stopped");
            }
        }
        List<Path> mappings;
        try (Stream<Path> files = Files.list(cassettes.resolve("mappings"))) {
            mappings = files.filter(f -> f.getFileName().toString().startsWith("chat-") && f.toString().endsWith(".json")).toList();
        }
        assertEquals(1, mappings.size(), "the first exchange, and only it: " + mappings);
        JsonNode mapping = new ObjectMapper().readTree(mappings.get(0).toFile());
        Path answer = cassettes.resolve("__files").resolve(mapping.at("/response/bodyFileName").asText());
        assertTrue(Files.readString(answer).strip().endsWith("\"done\":true,\"total_duration\":38811402917,\"load_duration\":2104660250,"
                + "\"prompt_eval_count\":1874,\"prompt_eval_duration\":14390117000,\"eval_count\":912,\"eval_duration\":22301625000}"),
                "the whole streamed answer, its last line included: " + Files.readString(answer));
        assertEquals(2, mapping.at("/request/bodyPatterns/3/matchesJsonPath/equalToJson").size(), "the first request: system and user, no repair turn");
    }
}
