package dev.brief.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.brief.CliRun;
import dev.brief.FakeOllama;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `brief daily` over several servers: events spread over them, a dead one taken out, the JSON says who briefed what. */
class DailyPoolTest {
    private static final String DAY = "src/test/resources/daily/day";

    @TempDir
    Path cache;

    private static FakeOllama answering() {
        return answeringAfter(0);
    }

    private static FakeOllama answeringAfter(int delayMillis) {
        FakeOllama ollama = new FakeOllama();
        ollama.stub(FakeOllama.showRequest().willReturn(FakeOllama.show(32768)));
        ollama.stub(FakeOllama.chat().withRequestBody(containing("Velmora"))
                .willReturn(FakeOllama.streamed(FakeOllama.fixture("daily-flood-answer.json")).withFixedDelay(delayMillis)));
        ollama.stub(FakeOllama.chat().withRequestBody(containing("Norland"))
                .willReturn(FakeOllama.streamed(FakeOllama.fixture("daily-rates-answer.json")).withFixedDelay(delayMillis)));
        return ollama;
    }

    private static long chatReceived(FakeOllama ollama) {
        return ollama.server.getAllServeEvents().stream().filter(e -> e.getRequest().getUrl().equals("/api/chat"))
                .mapToLong(e -> e.getRequest().getLoggedDate().getTime()).min().orElseThrow();
    }

    @Test
    void parallelCountsPerServerSoTwoHostsWorkAtOnceWithParallelOne() {
        try (FakeOllama a = answeringAfter(1500); FakeOllama b = answeringAfter(1500)) {
            CliRun run = CliRun.of("daily", DAY, "--engine", "ollama", "--ollama-url", a.url() + "," + b.url(), "--parallel", "1",
                    "--cache-dir", cache.toString());

            assertEquals(0, run.exitCode(), run.err());
            assertEquals(1, a.requests("/api/chat"));
            assertEquals(1, b.requests("/api/chat"));
            long apart = Math.abs(chatReceived(a) - chatReceived(b));
            assertTrue(apart < 1500, "the second server was asked before the first answered, not after: " + apart + " ms apart");
        }
    }

    @Test
    void twoHostsShareTheEventsAndTheJsonSaysWhichBriefedEach() throws Exception {
        try (FakeOllama a = answering(); FakeOllama b = answering()) {
            CliRun run = CliRun.of("daily", DAY, "--engine", "ollama", "--ollama-url", a.url(), "--ollama-url", b.url(), "--cache-dir", cache.toString(),
                    "--format", "json");

            assertEquals(0, run.exitCode(), run.err());
            JsonNode doc = new ObjectMapper().readTree(run.out());
            Set<String> used = new TreeSet<>();
            for (JsonNode e : doc.path("events")) {
                assertEquals("briefed", e.path("status").asText());
                assertEquals(1, e.path("servers").size(), e.toString());
                used.add(e.path("servers").get(0).asText());
            }
            assertEquals(new TreeSet<>(Set.of(a.url(), b.url())), used, "one event on each server");
            assertEquals(1, a.requests("/api/chat"));
            assertEquals(1, b.requests("/api/chat"));
            assertEquals(2, doc.at("/counts/servers").asInt());
            assertEquals(0, doc.at("/counts/serversTakenOut").asInt());

            // A rerun is answered from the cache, whichever server asked first: no server briefed anything.
            CliRun rerun = CliRun.of("daily", DAY, "--engine", "ollama", "--ollama-url", b.url() + "," + a.url(), "--cache-dir", cache.toString(),
                    "--format", "json");
            assertEquals(0, rerun.exitCode(), rerun.err());
            for (JsonNode e : new ObjectMapper().readTree(rerun.out()).path("events")) {
                assertEquals(0, e.path("servers").size(), e.toString());
            }
            assertEquals(2, a.requests("/api/chat") + b.requests("/api/chat"), "the rerun asked no server");
        }
    }

    @Test
    void aDeadHostLosesNoEventAndIsReportedOnce() {
        try (FakeOllama live = answering()) {
            String dead = "http://127.0.0.1:9";
            CliRun run = CliRun.of("daily", DAY, "--engine", "ollama", "--ollama-url", dead + "," + live.url(), "--parallel", "2",
                    "--cache-dir", cache.toString());

            assertEquals(0, run.exitCode(), run.err());
            assertTrue(run.out().contains("(2 briefed, 0 failed, 1 also reported)"), run.out());
            assertTrue(run.out().strip().endsWith(" · servers: 2 (1 taken out)"), run.out());
            assertEquals(1, run.err().lines().filter(l -> l.contains("is taken out of the pool")).count(), run.err());
            assertTrue(run.err().contains("brief: server " + dead + " is taken out of the pool for this run (cannot reach Ollama at " + dead
                    + " (connection refused)"), run.err());
            assertEquals(2, live.requests("/api/chat"));
        }
    }

    @Test
    void whenEveryHostIsDeadTheRunFailsAsOneServerWould() {
        CliRun run = CliRun.of("daily", DAY, "--engine", "ollama", "--ollama-url", "http://127.0.0.1:9,http://127.0.0.1:7", "--cache-dir", cache.toString());

        assertEquals(4, run.exitCode(), run.err());
        assertTrue(run.err().strip().endsWith("start it with 'ollama serve', or point --ollama-url or OLLAMA_HOST at your server"), run.err());
    }
}
