package dev.brief.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.brief.CliRun;
import dev.brief.FakeOllama;
import java.util.List;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DailyCommandTest {
    private static final String DAY = "src/test/resources/daily/day";
    /** What Ollama answers when its runner dies mid-request. */
    private static final String RUNNER_DIED = "llama runner process has terminated: exit status 2";

    /** Each test's own answer cache, so that no test sees another's answers. */
    @TempDir
    Path cache;

    private static void floodAnswers(FakeOllama ollama, int delayMillis) {
        ollama.stub(FakeOllama.chat().withRequestBody(containing("Velmora"))
                .willReturn(FakeOllama.streamed(FakeOllama.fixture("daily-flood-answer.json")).withFixedDelay(delayMillis)));
    }

    private static void ratesAnswers(FakeOllama ollama, int delayMillis) {
        ollama.stub(FakeOllama.chat().withRequestBody(containing("Norland"))
                .willReturn(FakeOllama.streamed(FakeOllama.fixture("daily-rates-answer.json")).withFixedDelay(delayMillis)));
    }

    private static void ratesFail(FakeOllama ollama) {
        ollama.stub(FakeOllama.chat().withRequestBody(containing("Norland")).willReturn(FakeOllama.serverError(500, RUNNER_DIED)));
    }

    @Test
    void oneFailedEventIsReportedAndTheRestIsKeptWithExitCode10() {
        try (FakeOllama ollama = new FakeOllama()) {
            floodAnswers(ollama, 0);
            ratesFail(ollama);
            CliRun run = CliRun.of("daily", DAY, "--engine", "ollama", "--ollama-url", ollama.url(), "--cache-dir", cache.toString());

            assertEquals(10, run.exitCode(), run.err());
            String doc = run.out();
            assertTrue(doc.startsWith("# Daily briefing — 14 March 2025\n\n## Contents\n\n"
                    + "1. [Darra river floods Velmora's old town; about 4,000 evacuated](#e2e08886) — 3 outlets — New\n"
                    + "2. [Norland central bank surprises with half-point hike to 4.5%](#e90ae2d3) — 2 outlets — **not briefed** — New\n"
                    + "3. [Also reported](#also-reported) — 1 story from a single source\n"
                    + "4. [Coverage](#coverage) — 1 input: 1 read\n"), doc);
            // The briefed event, nested under the document's title, with its sources.
            assertTrue(doc.contains("## Darra river floods Velmora's old town; about 4,000 evacuated\n"), doc);
            assertTrue(doc.contains("### Where the sources agree\n\n- The water in the old town reached two metres. [2] [3] [1]\n"), doc);
            assertTrue(doc.contains("### Sources\n\n1. The Guardian — Velmora floods: missing pair sought as Darra river recedes slowly, 2025-03-14."), doc);
            // The failed event says so, and still lists its sources.
            assertTrue(doc.contains("## Norland central bank surprises with half-point hike to 4.5%\n\n**Not briefed:** Ollama at "
                    + ollama.url() + " failed with HTTP 500"), doc);
            assertTrue(doc.contains("1. Financial Times — Central Bank of Norland raises rates to 4.5% to curb inflation, 2025-03-14."), doc);
            assertTrue(doc.contains("## Also reported\n\n- DW — Halvik art museum reopens after five-year renovation, 2025-03-14."), doc);
            assertTrue(doc.endsWith("---\n\n6 articles · 3 events (1 briefed, 1 failed, 1 also reported) · model calls: 1"
                    + " · cached calls: 0 · failed calls: 1\n"), doc);
            assertTrue(run.err().contains("could not be briefed"), run.err());
            assertTrue(run.err().contains("1 of 2 events could not be briefed"), run.err());
        }
    }

    @Test
    void noServerStopsTheRunWithOneLineNotOnePerEvent() {
        String url;
        try (FakeOllama ollama = new FakeOllama()) {
            url = ollama.url();
        }

        CliRun run = CliRun.of("daily", DAY, "--engine", "ollama", "--ollama-url", url, "--cache-dir", cache.toString(), "-q");

        assertEquals(4, run.exitCode());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().startsWith("brief: cannot reach Ollama at " + url), run.err());
        assertEquals("", run.out());
    }

    @Test
    void aRerunAfterAFailureAsksOnlyForWhatIsMissing() {
        try (FakeOllama ollama = new FakeOllama()) {
            floodAnswers(ollama, 0);
            ratesFail(ollama);
            assertEquals(10, CliRun.of("daily", DAY, "--engine", "ollama", "--ollama-url", ollama.url(), "--cache-dir", cache.toString()).exitCode());

            ollama.server.resetAll();
            floodAnswers(ollama, 0);
            ratesAnswers(ollama, 0);
            CliRun rerun = CliRun.of("daily", DAY, "--engine", "ollama", "--ollama-url", ollama.url(), "--cache-dir", cache.toString(), "-q");

            assertEquals(0, rerun.exitCode(), rerun.err());
            assertEquals("", rerun.err(), "-q prints nothing on stderr");
            List<JsonNode> asked = ollama.chatRequests();
            assertEquals(1, asked.size(), "only the failed event is asked again");
            assertTrue(asked.get(0).toString().contains("Norland"));
            assertTrue(rerun.out().contains("## Central Bank of Norland raises its rate by half a point to 4.5%\n"), rerun.out());
            assertTrue(rerun.out().endsWith("6 articles · 3 events (2 briefed, 0 failed, 1 also reported) · model calls: 1"
                    + " · cached calls: 1 · failed calls: 0\n"), rerun.out());
        }
    }

    @Test
    void theCountsOnStderrAreSingularForOne() {
        CliRun one = CliRun.of("daily", DAY + "/museum-dw.txt", "--engine", "extractive", "--no-history", "--cache-dir", cache.toString());
        assertEquals(0, one.exitCode(), one.err());
        assertTrue(one.err().contains("brief: 1 article, 1 event: 0 to brief, 1 reported by one source\n"), one.err());

        CliRun two = CliRun.of("daily", DAY + "/rates-bloomberg.txt", DAY + "/rates-ft.txt", "--engine", "extractive", "--no-history",
                "--cache-dir", cache.toString());
        assertEquals(0, two.exitCode(), two.err());
        assertTrue(two.err().contains("brief: 2 articles, 1 event: 1 to brief, 0 reported by one source\n"), two.err());
    }

    @Test
    void anExtractiveRunCountsNoServerAndAModelRunItsOne() throws Exception {
        CliRun extractive = CliRun.of("daily", DAY, "--engine", "extractive", "--no-history", "--cache-dir", cache.toString(), "--format", "json");
        assertEquals(0, extractive.exitCode(), extractive.err());
        JsonNode counts = new ObjectMapper().readTree(extractive.out()).path("counts");
        assertEquals(0, counts.path("servers").asInt(-1), "no model server was used: " + counts);
        assertEquals(0, counts.path("calls").asInt(-1), counts.toString());

        try (FakeOllama ollama = new FakeOllama()) {
            floodAnswers(ollama, 0);
            ratesAnswers(ollama, 0);
            CliRun model = CliRun.of("daily", DAY, "--engine", "ollama", "--ollama-url", ollama.url(), "--no-history", "--cache-dir",
                    cache.toString(), "--format", "json");
            assertEquals(0, model.exitCode(), model.err());
            assertEquals(1, new ObjectMapper().readTree(model.out()).path("counts").path("servers").asInt(-1), model.out());
        }
    }

    @Test
    void aWrongParallelIsAUsageErrorBeforeAnyInputIsRead() {
        CliRun run = CliRun.of("daily", "no-such-folder", "--parallel", "0", "--engine", "extractive");
        assertEquals(2, run.exitCode(), run.err());
        assertEquals("brief: --parallel must be 1 or more (it is 0) (see: brief daily --help)\n", run.err().replace("\r", ""));
    }

    @Test
    void jsonCarriesEachEventsStatusAndTheCounts() throws Exception {
        try (FakeOllama ollama = new FakeOllama()) {
            floodAnswers(ollama, 0);
            ratesFail(ollama);
            CliRun run = CliRun.of("daily", DAY, "--engine", "ollama", "--format", "json", "--ollama-url", ollama.url(), "--cache-dir", cache.toString());
            assertEquals(10, run.exitCode(), run.err());
            JsonNode doc = new ObjectMapper().readTree(run.out());
            assertEquals("2025-03-14", doc.get("date").asText());
            JsonNode events = doc.get("events");
            assertEquals("briefed", events.get(0).get("status").asText());
            assertTrue(events.get(0).has("error") && events.get(0).get("error").isNull(), "error is null, not missing, on a briefed event");
            assertEquals(3, events.get(0).get("outlets").asInt());
            assertEquals("Darra river floods Velmora's old town; about 4,000 evacuated", events.get(0).get("briefing").get("headline").asText());
            assertEquals("failed", events.get(1).get("status").asText());
            assertTrue(events.get(1).get("error").asText().contains("HTTP 500"));
            assertTrue(events.get(1).get("briefing").isNull());
            assertEquals("DW", doc.get("alsoReported").get(0).get("outlet").asText());
            assertEquals("Halvik art museum reopens after five-year renovation", doc.get("alsoReported").get(0).get("title").asText());
            JsonNode counts = doc.get("counts");
            assertEquals(6, counts.get("articles").asInt());
            assertEquals(3, counts.get("events").asInt());
            assertEquals(1, counts.get("calls").asInt());
            assertEquals(1, counts.get("failedCalls").asInt());
        }
    }

    @Test
    void htmlIsOnePageWithAnchorsKeptApartPerEvent() {
        try (FakeOllama ollama = new FakeOllama()) {
            floodAnswers(ollama, 0);
            ratesFail(ollama);
            CliRun run = CliRun.of("daily", DAY, "--engine", "ollama", "--format", "html", "--ollama-url", ollama.url(), "--cache-dir", cache.toString());
            assertEquals(10, run.exitCode(), run.err());
            String page = run.out();
            assertTrue(page.startsWith("<!DOCTYPE html>"), page);
            assertEquals(1, page.split("<html", -1).length - 1, "one page, not one per event");
            assertTrue(page.contains("<li><a href=\"#e2e08886\">Darra river floods Velmora&#39;s old town; about 4,000 evacuated</a> — 3 outlets — New</li>"), page);
            assertTrue(page.contains("<section id=\"e2e08886\">\n<h2>Darra river floods Velmora&#39;s old town"), page);
            assertTrue(page.contains("<a class=\"cite\" href=\"#e2e08886-source-1\">[1]</a>"), page);
            assertTrue(page.contains("<li id=\"e2e08886-source-1\">The Guardian"), page);
            assertTrue(page.contains("<p><strong>Not briefed:</strong> Ollama at "), page);
            assertTrue(page.contains("<section id=\"also-reported\">"), page);
            assertTrue(page.endsWith("· failed calls: 1</footer>\n</body>\n</html>\n"), page);
        }
    }

    @Test
    void parallelEventsOverlapTheirModelCalls() {
        int delay = 3000; // long enough that the work after the answers cannot blur the overlap on a busy machine
        try (FakeOllama ollama = new FakeOllama()) {
            floodAnswers(ollama, delay);
            ratesAnswers(ollama, delay);
            CliRun run = CliRun.of("daily", DAY, "--engine", "ollama", "--parallel", "2", "--no-cache", "--ollama-url", ollama.url());
            long end = System.currentTimeMillis();

            assertEquals(0, run.exitCode(), run.err());
            List<ServeEvent> chats = ollama.server.getAllServeEvents().stream()
                    .filter(e -> e.getRequest().getUrl().equals("/api/chat")).toList();
            assertEquals(2, chats.size());
            long first = chats.stream().mapToLong(e -> e.getRequest().getLoggedDate().getTime()).min().orElseThrow();
            long last = chats.stream().mapToLong(e -> e.getRequest().getLoggedDate().getTime()).max().orElseThrow();
            assertTrue(last - first < delay / 2, "the second request was sent while the first was still waiting: " + (last - first) + " ms apart");
            long elapsed = end - first;
            assertTrue(elapsed < 2 * delay * 0.8, "two " + delay + " ms calls took " + elapsed + " ms; one after the other they take " + 2 * delay);
            assertTrue(run.err().contains("events 2/2 done"), run.err());
        }
    }
}
