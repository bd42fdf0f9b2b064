package dev.brief.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.brief.CliRun;
import dev.brief.FakeOllama;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The second day of a story through the LLM engine: update.md, brief's own restatement check, and no call for an unchanged story. */
class StoryUpdateTest {
    private static final String DAY2 = StoriesAcrossDaysTest.DAY2;

    @TempDir
    Path dir;

    private CliRun daily(FakeOllama ollama, String... inputs) {
        List<String> args = new java.util.ArrayList<>(List.of("daily", "--engine", "ollama", "--ollama-url", ollama.url(),
                "--history", dir.resolve("history.db").toString(), "--cache-dir", dir.resolve("cache").toString()));
        args.addAll(List.of(inputs));
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertEquals(0, run.exitCode(), run.err());
        return run;
    }

    @Test
    void aContinuingStoryAsksWhatIsNewDropsWhatWasSaidAndAnUnchangedOneMakesNoCall() throws Exception {
        try (FakeOllama ollama = new FakeOllama()) {
            ollama.stub(FakeOllama.chat().withRequestBody(containing("Velmora"))
                    .willReturn(FakeOllama.streamed(FakeOllama.fixture("daily-flood-answer.json"))));
            ollama.stub(FakeOllama.chat().withRequestBody(containing("Norland"))
                    .willReturn(FakeOllama.streamed(FakeOllama.fixture("daily-rates-answer.json"))));
            daily(ollama, StoriesAcrossDaysTest.DAY1);

            ollama.server.resetRequests();
            ollama.stub(FakeOllama.chat().withRequestBody(containing("earlier-briefings"))
                    .willReturn(FakeOllama.streamed(FakeOllama.fixture("stories-flood-update-answer.json"))));
            String[] day2 = {DAY2 + "/flood-bbc.txt", DAY2 + "/flood-reuters.txt", DAY2 + "/rates-ft.txt", DAY2 + "/rates-bloomberg.txt"};
            CliRun run = daily(ollama, day2);

            List<JsonNode> asked = ollama.chatRequests();
            assertEquals(1, asked.size(), "one call, for the flood; the unchanged rate story makes none: " + asked);
            String prompt = asked.get(0).get("messages").get(1).get("content").asText();
            assertTrue(prompt.startsWith("This event continues a story that the reader has followed since 2025-03-14."), prompt);
            assertTrue(prompt.contains("<earlier-briefings>\n- The Darra river flooded the old town of Velmora, and about 4,000 residents left their homes.\n"),
                    "day 1's briefing, as context: " + prompt);
            assertTrue(prompt.contains("The only article ids you may cite are: 493940, 780923."), prompt);
            String doc = run.out();
            assertTrue(doc.contains("*Developing · day 2 · first reported 14 Mar*\n\n### New since 14 Mar\n\n"
                    + "- The two people missing in the Velmora flood were found alive in a farm building. [2] [1]\n"
                    + "- The national government sent 200 soldiers to help with the clean-up. [2] [1]\n"
                    + "- Insurers put the damage at 40 million euros. [2] [1]\n\n"), doc);
            assertFalse(doc.contains("The Darra river flooded Velmora."), "brief drops what day 1 said, whatever the model says: " + doc);
            assertTrue(doc.contains("Verification: 3 claims, 3 verified, 0 unverified, 0 repaired."), "the dropped item is not counted: " + doc);
            assertTrue(doc.contains("No new developments: Central Bank of Norland raises its rate by half a point to 4.5% — 2 more reports,"
                    + " from Financial Times, Bloomberg\n"), doc);
            assertTrue(doc.endsWith("4 articles · 2 events (1 briefed, 1 unchanged, 0 failed, 0 also reported) · model calls: 1"
                    + " · cached calls: 0 · failed calls: 0\n"), doc);

            String before = StoriesAcrossDaysTest.sha(dir.resolve("history.db"));
            ollama.server.resetRequests();
            CliRun rerun = daily(ollama, day2);
            assertEquals(0, ollama.chatRequests().size(), "a rerun of the day asks the model nothing");
            assertEquals(before, StoriesAcrossDaysTest.sha(dir.resolve("history.db")), "and changes nothing in the history");
            assertEquals(doc.replace("model calls: 1 · cached calls: 0", "model calls: 0 · cached calls: 1")
                    .replace("Model calls: 1 (0 cached)", "Model calls: 0 (1 cached)"), rerun.out());
        }
    }
}
