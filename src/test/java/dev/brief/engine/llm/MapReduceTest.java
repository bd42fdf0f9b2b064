package dev.brief.engine.llm;

import dev.brief.model.FakeLanguageModel;
import dev.brief.model.ChatTurn;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.brief.CliRun;
import dev.brief.FakeOllama;
import dev.brief.LongEvent;
import dev.brief.StandInOllama;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import dev.brief.domain.Article;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MapReduceTest {
    private static final String SEEDS = "seeds/rubio-lavrov-asean-2025";
    private static final String MAP = "Take notes on the article";
    private static final String REDUCE = "instead of the article";

    private static List<ChatTurn> turns(JsonNode request) {
        List<ChatTurn> out = new ArrayList<>();
        for (JsonNode m : request.path("messages")) {
            out.add(new ChatTurn(m.path("role").asText(), m.path("content").asText()));
        }
        return out;
    }

    private static String text(JsonNode request) {
        return request.path("messages").toString();
    }

    @Test
    void anEventTooLargeForA4096TokenContextIsMappedToNotesThenReducedInOneCall() throws Exception {
        try (FakeOllama ollama = new FakeOllama()) {
            ollama.stub(FakeOllama.showRequest().willReturn(FakeOllama.show(4096)));
            ollama.stub(FakeOllama.chat().withRequestBody(containing(MAP)).withRequestBody(containing("470704"))
                    .willReturn(FakeOllama.streamed(FakeOllama.fixture("seeds-notes-470704.json"), 1402, 388, "stop")));
            ollama.stub(FakeOllama.chat().withRequestBody(containing(MAP)).withRequestBody(containing("41fbe3"))
                    .willReturn(FakeOllama.streamed(FakeOllama.fixture("seeds-notes-41fbe3.json"), 1611, 402, "stop")));
            ollama.stub(FakeOllama.chat().withRequestBody(containing(REDUCE))
                    .willReturn(FakeOllama.streamed(FakeOllama.fixture("seeds-answer.json"), 1190, 905, "stop")));

            List<Article> seeds = dev.brief.app.Inputs.read(List.of(SEEDS), dev.brief.read.ReadSettings.defaults(),
                    dev.brief.Console.silent(), null).articles();
            LlmBriefer oneCall = new LlmBriefer(new FakeLanguageModel(), PromptSet.bundled(), new LlmBriefer.Settings("m", null, 0, 42, 2048));
            int fullPrompt = oneCall.request(dev.brief.domain.Event.of(seeds)).estimatedPromptTokens();
            assertTrue(fullPrompt + 2048 > 4096, "the seeds need ~" + fullPrompt + " prompt tokens and a 2,048-token answer");

            CliRun run = CliRun.of("event", SEEDS, "--engine", "ollama", "--ollama-url", ollama.url(), "--no-cache", "--format", "json");

            assertEquals(0, run.exitCode(), run.err());
            List<JsonNode> requests = ollama.chatRequests();
            assertEquals(3, requests.size());
            assertTrue(text(requests.get(0)).contains(MAP) && text(requests.get(1)).contains(MAP), "map calls come first");
            assertTrue(text(requests.get(2)).contains(REDUCE), "then one reduce call");
            for (JsonNode r : requests) {
                int numCtx = r.path("options").path("num_ctx").asInt();
                int answer = r.path("options").path("num_predict").asInt();
                int prompt = TokenEstimate.of(turns(r), r.path("format").toString());
                assertTrue(numCtx <= 4096, "num_ctx " + numCtx + " is within the model's context");
                assertTrue(prompt + answer <= numCtx, "prompt ~" + prompt + " + answer " + answer + " fit num_ctx " + numCtx);
            }
            // The reduce prompt holds the notes, not the articles' text.
            String reduce = text(requests.get(2));
            assertTrue(reduce.contains("The closed-door discussion lasted 50 minutes."));
            assertTrue(!reduce.contains("Pentagon review of domestic munitions stockpiles"));

            JsonNode out = new ObjectMapper().readTree(run.out());
            assertEquals(3, out.path("usage").path("calls").asInt());
            assertEquals(1402 + 1611 + 1190, out.path("usage").path("promptTokens").asInt());
            assertEquals(out.path("verification").path("claims").asInt(), out.path("verification").path("verified").asInt());
            assertTrue(!run.err().contains("takes notes"), "three calls are few enough to need no announcement: " + run.err());
        }
    }

    @Test
    void eventsThatFitAreBriefedInOneCallOverTheFullTexts() {
        try (FakeOllama ollama = new FakeOllama()) {
            ollama.stub(FakeOllama.showRequest().willReturn(FakeOllama.show(32768)));
            ollama.stub(FakeOllama.chat().willReturn(FakeOllama.streamed(FakeOllama.fixture("seeds-answer.json"), 2391, 905, "stop")));
            CliRun run = CliRun.of("event", SEEDS, "--engine", "ollama", "--ollama-url", ollama.url(), "--no-cache");
            assertEquals(0, run.exitCode(), run.err());
            List<JsonNode> requests = ollama.chatRequests();
            assertEquals(1, requests.size());
            assertTrue(text(requests.get(0)).contains("Pentagon review of domestic munitions stockpiles"));
        }
    }

    @Test
    void aPromptTheServerCutFailsWithExitCode8() {
        try (FakeOllama ollama = new FakeOllama()) {
            ollama.stub(FakeOllama.showRequest().willReturn(FakeOllama.show(32768)));
            // About 2,600 tokens were sent; a server that kept only the last 512 reports 512.
            ollama.stub(FakeOllama.chat().willReturn(FakeOllama.streamed(FakeOllama.fixture("seeds-answer.json"), 512, 905, "stop")));
            CliRun run = CliRun.of("event", SEEDS, "--engine", "ollama", "--ollama-url", ollama.url(), "--no-cache");
            assertEquals(8, run.exitCode());
            assertEquals("", run.out());
            assertTrue(run.err().contains("evaluated 512 prompt tokens") && run.err().contains("cut the prompt"), run.err());
        }
    }

    @Test
    void aMapCallTheServerCutFailsToo() {
        try (FakeOllama ollama = new FakeOllama()) {
            ollama.stub(FakeOllama.showRequest().willReturn(FakeOllama.show(4096)));
            // prompt_eval_count fills the whole window: the server dropped what did not fit.
            ollama.stub(FakeOllama.chat().willReturn(FakeOllama.streamed(FakeOllama.fixture("seeds-notes-470704.json"), 4096, 388, "stop")));
            CliRun run = CliRun.of("event", SEEDS, "--engine", "ollama", "--ollama-url", ollama.url(), "--no-cache");
            assertEquals(8, run.exitCode());
            assertTrue(run.err().contains("cut the prompt"), run.err());
            assertEquals(1, ollama.chatRequests().size(), "nothing is briefed from a cut prompt");
        }
    }

    @Test
    void aLongArticleIsSplitIntoChunksThatEachFitAMapCall() {
        StringBuilder text = new StringBuilder();
        for (int p = 1; p <= 40; p++) {
            for (int s = 1; s <= 6; s++) {
                text.append("In paragraph ").append(p).append(", sentence ").append(s)
                        .append(" reports that the committee heard testimony from witness number ").append(p * 10 + s).append(". ");
            }
            text.append("\n\n");
        }
        Article long_ = new Article("abc123", "The Daily Example", null, "A long hearing", null, null, null, null,
                text.toString(), "h", null);
        FakeLanguageModel model = FakeLanguageModel.refusingCalls(OptionalInt.of(4096));
        MapReduce mapReduce = new MapReduce(new Messages(PromptSet.bundled()), new ModelCalls(model, "m", 0, 42),
                new ContextBudget(model, "m", null, 2048), 2048);
        List<String> chunks = mapReduce.chunks(long_);
        assertTrue(chunks.size() > 1, "split into " + chunks.size());
        for (int i = 0; i < chunks.size(); i++) {
            List<ChatTurn> messages = mapReduce.mapMessages(long_, chunks.get(i), " (part " + (i + 1) + " of " + chunks.size() + ")");
            assertTrue(TokenEstimate.of(messages, Note.MAP_SCHEMA) + 1024 <= 4096, "chunk " + i + " fits");
            assertTrue(chunks.get(i).endsWith(". ") || chunks.get(i).endsWith("."), "cut between sentences: " + chunks.get(i));
        }
        assertEquals(text.toString().replaceAll("\\s+", ""), String.join("", chunks).replaceAll("\\s+", ""), "no text is lost");
    }

    // --- map-reduce of any depth ---

    private static final String MERGE = "combine them a group at a time";

    @Test
    void thirtyLongArticlesOnA4096TokenContextAreMergedLevelByLevelWithEveryCallInItsContext(@TempDir Path dir) throws Exception {
        Path articles = LongEvent.write(dir.resolve("event"), 30, 2000);
        try (StandInOllama server = new StandInOllama(4096, 0, 6)) {
            CliRun run = CliRun.of("event", articles.toString(), "--engine", "ollama", "--ollama-url", server.url(), "--no-cache",
                    "--format", "json", "-v");

            assertEquals(0, run.exitCode(), run.err());
            List<JsonNode> requests = server.chatRequests();
            int maps = 0;
            int merges = 0;
            for (JsonNode r : requests) {
                int numCtx = r.path("options").path("num_ctx").asInt();
                int prompt = TokenEstimate.of(turns(r), r.path("format").toString());
                assertTrue(numCtx <= 4096, "num_ctx " + numCtx + " is within the model's context");
                assertTrue(prompt + r.path("options").path("num_predict").asInt() <= numCtx, "prompt ~" + prompt + " and its answer fit num_ctx " + numCtx);
                maps += text(r).contains(MAP) ? 1 : 0;
                merges += text(r).contains(MERGE) ? 1 : 0;
            }
            assertTrue(maps >= 30 && merges >= 1, maps + " map calls, " + merges + " merge calls");
            assertTrue(text(requests.get(requests.size() - 1)).contains(REDUCE), "the briefing call comes last");

            JsonNode out = new ObjectMapper().readTree(run.out());
            JsonNode usage = out.path("usage");
            assertEquals(maps, usage.path("mapCalls").asInt());
            assertEquals(merges, usage.path("mergeCalls").asInt());
            assertTrue(usage.path("reduceLevels").asInt() >= 2, usage.toString());
            assertEquals(requests.size(), usage.path("calls").asInt());
            assertTrue(run.err().contains(maps + " map calls, " + merges + " merge calls, " + usage.path("reduceLevels").asInt() + " level"), run.err());

            // The briefing cites the articles, never notes, and every claim checks out against the articles.
            Set<String> ids = new HashSet<>();
            out.path("sources").forEach(src -> ids.add(src.path("id").asText()));
            assertEquals(30, ids.size());
            for (JsonNode item : out.path("summary")) {
                item.path("sources").forEach(id -> assertTrue(ids.contains(id.asText()), id.asText()));
            }
            assertTrue(out.path("verification").path("claims").asInt() > 0);
            assertEquals(0, out.path("verification").path("unverified").asInt(), out.toString());
        }
    }

    @Test
    void aMergedNoteMayNameOnlyArticlesOfItsGroup() {
        String answer = """
                {"notes": [
                  {"articles": ["a1", "zz9"], "claim": "Both report the flood.", "quotes": [], "numbers": [], "names": [], "attribution": ""},
                  {"articles": ["zz9"], "claim": "An id from nowhere.", "quotes": [], "numbers": [], "names": [], "attribution": ""}
                ]}""";
        List<Note> notes = Note.parse(answer, null, Set.of("a1", "b2"));
        assertEquals(1, notes.size());
        assertEquals(List.of("a1"), notes.get(0).articles());
        assertEquals(List.of("b2"), Note.parse(answer.replace("zz9", "b2"), null, Set.of("a1", "b2")).get(1).articles());
    }

    @Test
    void notesArePackedIntoTheFewestGroupsThatFitWithEachOutletTogether() {
        List<Article> articles = new ArrayList<>();
        List<Note> notes = new ArrayList<>();
        for (int a = 0; a < 6; a++) {
            articles.add(new Article("id" + a, "Outlet " + a, null, "t", null, null, null, null, "x", "h" + a, null));
            for (int n = 0; n < 5; n++) {
                notes.add(new Note(List.of("id" + a), "Claim " + n + " of article " + a + " about the flood in the harbour.", List.of(), List.of(), List.of(), ""));
            }
        }
        int perOutlet = MapReduce.tokens(notes.subList(0, 5));
        List<List<Note>> groups = NoteGroups.pack(notes, 2 * perOutlet + perOutlet / 2, articles);
        assertEquals(3, groups.size(), "two outlets fit a group");
        for (List<Note> g : groups) {
            assertTrue(MapReduce.tokens(g) <= 2 * perOutlet + perOutlet / 2);
            for (Note n : g) {
                assertEquals(5, g.stream().filter(o -> o.articles().equals(n.articles())).count(), "an outlet's notes stay together");
            }
        }
    }

    @Test
    void mapCallsRunAtOnceUpToParallelAndOneAtATimeWithout(@TempDir Path dir) {
        Path articles = LongEvent.write(dir.resolve("event"), 8, 2000);
        for (int parallel : new int[] {1, 3}) {
            try (StandInOllama server = new StandInOllama(4096, 300, 6)) {
                CliRun run = CliRun.of("event", articles.toString(), "--engine", "ollama", "--ollama-url", server.url(), "--no-cache",
                        "--parallel", Integer.toString(parallel));
                assertEquals(0, run.exitCode(), run.err());
                assertTrue(server.mostAtOnce() <= parallel, server.mostAtOnce() + " calls at once with --parallel " + parallel);
                if (parallel > 1) {
                    assertTrue(server.mostAtOnce() > 1, "the map calls overlapped");
                }
            }
        }
    }
}
