package dev.brief.verify;

import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.brief.CliRun;
import dev.brief.FakeOllama;
import dev.brief.domain.Article;
import dev.brief.domain.Briefing;
import dev.brief.domain.Briefing.Item;
import dev.brief.domain.Problem;
import dev.brief.engine.llm.PromptSet;
import dev.brief.model.FakeLanguageModel;
import dev.brief.model.ModelReply;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --check-with: a model asked about the statements the checks dispute or doubt, and nothing else. */
class ModelCheckTest {
    private static final String SEEDS = "seeds/rubio-lavrov-asean-2025";

    private static Briefing briefing(List<Article> articles, Item... items) {
        return new Briefing("h", dev.brief.domain.Engine.OLLAMA, null, null, null, List.of(), List.of(), List.of(), List.of(), List.of(items),
                Briefing.Usage.NONE, Briefing.Verification.NONE);
    }

    @Test
    void aStatementCopiedFromItsSourceIsNotAskedAboutAndADoubtedOneIsWithItsPassage() {
        Article a = ContentCheckTest.GAZETTE;
        FakeLanguageModel model = new FakeLanguageModel().answersEveryCall(r -> new ModelReply("{\"supported\": false}", 120, 6, "stop", false));
        Verifier verifier = new Verifier(Verifier.Signals.BOTH, new ModelCheck(model, "bespoke-minicheck", PromptSet.bundled()));

        Briefing sure = verifier.check(briefing(List.of(a), Item.of("The harbour authority estimated losses at 2.5 million euros a day.", List.of(a.id()))), List.of(a));
        assertTrue(sure.singleSource().get(0).verified());
        assertEquals(0, model.requests().size(), "no call for a statement its source says word for word");

        // Most of the words are in one sentence, but not all: the checks pass it, and doubt it.
        Briefing doubted = verifier.check(briefing(List.of(a), Item.of("Port workers in Valmora began a strike on Monday, halting the western docks.",
                List.of(a.id()))), List.of(a));
        Item item = doubted.singleSource().get(0);
        assertEquals(1, model.requests().size());
        String asked = model.requests().get(0).messages().get(0).content();
        assertTrue(asked.startsWith("Document: Port workers in Valmora began a strike on Monday, halting 1,500 containers at the eastern terminal."), asked);
        assertTrue(asked.contains("Claim: Port workers in Valmora began a strike on Monday, halting the western docks."), asked);
        assertEquals("bespoke-minicheck", model.requests().get(0).model());
        assertTrue(!item.verified());
        assertEquals(List.of("bespoke-minicheck finds that the passage of Harbour Gazette, aaa111 does not support this statement"),
                item.problems().stream().map(Problem::message).toList());
        assertEquals(Problem.Kind.MODEL, item.problems().get(0).kind());
    }

    @Test
    void theCheckModelRunsOnTheSameServerAndItsAnswersAreCached(@TempDir Path cache) throws Exception {
        for (int run = 0; run < 2; run++) {
            try (FakeOllama ollama = new FakeOllama()) {
                ollama.stub(FakeOllama.chat().withRequestBody(matchingJsonPath("$.model", com.github.tomakehurst.wiremock.client.WireMock.equalTo(FakeOllama.MODEL)))
                        .willReturn(FakeOllama.streamed(FakeOllama.fixture("seeds-answer.json"))));
                ollama.stub(FakeOllama.chat().withRequestBody(matchingJsonPath("$.model", com.github.tomakehurst.wiremock.client.WireMock.equalTo("bespoke-minicheck")))
                        .willReturn(FakeOllama.streamed("{\"supported\": true}", 180, 5, "stop")));
                CliRun out = CliRun.of("event", SEEDS, "--engine", "ollama", "--ollama-url", ollama.url(), "--cache-dir", cache.toString(),
                        "--check-with", "bespoke-minicheck", "--format", "json");
                assertEquals(0, out.exitCode(), out.err());
                JsonNode b = new ObjectMapper().readTree(out.out());
                assertEquals(b.path("verification").path("claims").asInt(), b.path("verification").path("verified").asInt(), "the model found them supported");
                long checks = ollama.chatRequests().stream().filter(r -> r.path("model").asText().equals("bespoke-minicheck")).count();
                if (run == 0) {
                    assertTrue(checks > 0, "the paraphrased statements were checked");
                    assertTrue(checks < 14, "only the doubted ones: " + checks);
                } else {
                    assertEquals(0, checks, "a rerun asks nothing: the verdicts are cached");
                }
            }
        }
    }

    @Test
    void withNoServerTheAutoEngineFallsBackAndTheCheckIsLeftOutWithOneNotice() {
        CliRun run = CliRun.of("event", SEEDS, "--ollama-url", "http://127.0.0.1:9", "--check-with", "bespoke-minicheck", "--no-cache");

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("# "), "the extractive briefing is printed: " + run.out());
        List<String> notices = run.err().lines().toList();
        assertEquals(2, notices.size(), run.err());
        assertTrue(notices.get(0).contains("so this briefing uses the extractive engine"), notices.get(0));
        assertTrue(notices.get(1).startsWith("brief: --check-with bespoke-minicheck is left out of this run: Ollama is not reachable at http://127.0.0.1:9"),
                notices.get(1));
    }

    @Test
    void anExplicitEngineWithTheCheckModelUnreachableStillBriefsAndSaysSoOnce() {
        CliRun run = CliRun.of("event", SEEDS, "--engine", "extractive", "--ollama-url", "http://127.0.0.1:9", "--check-with", "bespoke-minicheck",
                "--no-cache", "--format", "json");

        assertEquals(0, run.exitCode(), run.err());
        assertEquals(1, run.err().lines().filter(l -> l.contains("--check-with bespoke-minicheck is left out of this run")).count(), run.err());
        assertTrue(run.out().contains("\"engine\""), run.out());
        assertTrue(!run.out().contains("bespoke-minicheck"), "no verdict is made up: " + run.out());
    }
}
