package dev.brief.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.brief.CliRun;
import dev.brief.ExitCode;
import dev.brief.FakeOllama;
import dev.brief.FakeOpenAi;
import dev.brief.engine.llm.TokenEstimate;
import dev.brief.model.ChatTurn;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `brief event`, `doctor`, `prompts render`, `--record`/`--replay` and `brief test` with
 * {@code --backend openai}, against WireMock speaking the OpenAI chat-completions wire format. The
 * answer served is the hand-written fixture seeds-answer.json.
 */
class OpenAiBackendTest {
    static final String SEEDS = "seeds/rubio-lavrov-asean-2025";
    static final String MAP = "Take notes on the article";
    static final String REDUCE = "instead of the article";
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    FakeOpenAi server;

    @BeforeEach
    void start() {
        server = new FakeOpenAi();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private CliRun event(String... extra) {
        List<String> args = new ArrayList<>(List.of("event", SEEDS, "--engine", "ollama", "--backend", "openai", "--base-url", server.url(), "--no-cache"));
        args.addAll(List.of(extra));
        return CliRun.of(args.toArray(String[]::new));
    }

    /** A vLLM-like server: its model list says the context length. */
    private void healthy() {
        server.vllmModels(32768, FakeOllama.MODEL);
        server.stub(FakeOpenAi.chat().willReturn(FakeOpenAi.streamed(FakeOllama.fixture("seeds-answer.json"))));
    }

    @Test
    void theBriefingIsTheOneOllamaGivesForTheSameAnswer() {
        healthy();
        try (FakeOllama ollama = new FakeOllama()) {
            ollama.stub(FakeOllama.showRequest().willReturn(FakeOllama.show(32768)));
            ollama.stub(FakeOllama.chat().willReturn(FakeOllama.streamed(FakeOllama.fixture("seeds-answer.json"))));
            for (String format : List.of("markdown", "json")) {
                CliRun viaOllama = CliRun.of("event", SEEDS, "--engine", "ollama", "--ollama-url", ollama.url(), "--no-cache", "--format", format);
                CliRun viaOpenAi = event("--format", format);

                assertEquals(0, viaOpenAi.exitCode(), viaOpenAi.err());
                assertEquals(0, viaOllama.exitCode(), viaOllama.err());
                // the same briefing, naming the API that answered it
                String expected = viaOllama.out().replace("engine: ollama", "engine: openai").replace("\"engine\" : \"ollama\"", "\"engine\" : \"openai\"");
                assertTrue(viaOpenAi.out().contains(format.equals("json") ? "\"engine\" : \"openai\"" : "engine: openai"), viaOpenAi.out());
                assertEquals(expected, viaOpenAi.out(), format);
            }
        }
        assertTrue(server.chatRequests().get(0).at("/response_format/json_schema/schema/properties/agreements").isObject());
    }

    @Test
    void openAiIsABackendNotAnEngineChoice() {
        CliRun run = CliRun.of("event", SEEDS, "--engine", "openai");

        assertEquals(ExitCode.USAGE.code, run.exitCode(), run.err());
        assertEquals(1, run.err().strip().lines().count(), run.err());
        assertTrue(run.err().contains("--engine ollama --backend openai"), run.err());
    }

    @Test
    void anUnreachableServerIsExitFourInOneLine() {
        CliRun run = CliRun.of("event", SEEDS, "--engine", "ollama", "--backend", "openai", "--base-url", "http://127.0.0.1:9/v1", "--no-cache");

        assertEquals(ExitCode.UNREACHABLE.code, run.exitCode(), run.err());
        assertEquals(1, run.err().strip().lines().count(), run.err());
        assertTrue(run.err().startsWith("brief: cannot reach the server at http://127.0.0.1:9/v1 (connection refused)"), run.err());
    }

    @Test
    void anUnknownModelIsExitFiveNamingTheServedOnes() {
        server.models("Qwen/Qwen2.5-7B-Instruct");
        server.stub(FakeOpenAi.chat().willReturn(FakeOpenAi.vllmError(404, "The model `qwen2.5:7b` does not exist.", "NotFoundError")));

        CliRun run = event();

        assertEquals(ExitCode.MODEL_MISSING.code, run.exitCode(), run.err());
        assertEquals("brief: model 'qwen2.5:7b' is not served at " + server.url() + " (it serves: Qwen/Qwen2.5-7B-Instruct);"
                + " pass one of them with --model, or load the model on the server\n", run.err());
    }

    @Test
    void aServerWantingAKeyIsExitTwelveSayingWhichVariableToSet() {
        server.stub(FakeOpenAi.chat().willReturn(FakeOpenAi.error(401, "Unauthorized", "authentication_error")));

        CliRun run = event();

        assertEquals(ExitCode.AUTH.code, run.exitCode(), run.err());
        assertEquals(1, run.err().strip().lines().count(), run.err());
        assertTrue(run.err().contains("set BRIEF_API_KEY (or OPENAI_API_KEY)"), run.err());
    }

    @Test
    void aPromptLongerThanTheServersContextIsExitEight() {
        server.models(FakeOllama.MODEL);
        server.stub(FakeOpenAi.chat().willReturn(FakeOpenAi.llamaServerContextExceeded(4476, 4096)));

        CliRun run = event("--num-ctx", "8192");

        assertEquals(ExitCode.CONTEXT.code, run.exitCode(), run.err());
        assertEquals(1, run.err().strip().lines().count(), run.err());
        assertTrue(run.err().contains("says the prompt does not fit the model's context"), run.err());
    }

    @Test
    void aServerThatDoesNotSayItsContextGetsPromptsSizedToTheDefault() {
        // 4096 tokens cannot hold the seeds (about 2,200 prompt tokens and 2,048 for the answer): each article is reduced to notes first
        server.models(FakeOllama.MODEL);
        server.stub(FakeOpenAi.chat().withRequestBody(containing(MAP)).withRequestBody(containing("470704"))
                .willReturn(FakeOpenAi.streamed(FakeOllama.fixture("seeds-notes-470704.json"), 1402, 388, "stop")));
        server.stub(FakeOpenAi.chat().withRequestBody(containing(MAP)).withRequestBody(containing("41fbe3"))
                .willReturn(FakeOpenAi.streamed(FakeOllama.fixture("seeds-notes-41fbe3.json"), 1611, 402, "stop")));
        server.stub(FakeOpenAi.chat().withRequestBody(containing(REDUCE))
                .willReturn(FakeOpenAi.streamed(FakeOllama.fixture("seeds-answer.json"), 1190, 905, "stop")));

        CliRun run = event();

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().startsWith("brief: the server does not report qwen2.5:7b's context length, so brief assumes 4096 tokens;"
                + " pass --num-ctx with the server's context size to use more\n"), run.err());
        assertTrue(run.err().contains("brief: notes 2/2 done: map 2/2\n"), "the map calls' progress, as lines off a terminal: " + run.err());
        List<JsonNode> sent = server.chatRequests();
        assertEquals(3, sent.size(), "two map calls, one reduce call");
        for (JsonNode r : sent) {
            List<ChatTurn> turns = new ArrayList<>();
            r.path("messages").forEach(m -> turns.add(new ChatTurn(m.path("role").asText(), m.path("content").asText())));
            int prompt = TokenEstimate.of(turns, r.at("/response_format/json_schema/schema").toString());
            assertTrue(prompt + r.path("max_tokens").asInt() <= 4096, "prompt ~" + prompt + " and its answer fit 4096 tokens");
        }
    }

    @Test
    void aServerErrorIsRetriedThenExitSix() {
        healthy();
        server.stub(FakeOpenAi.chat().atPriority(1).willReturn(FakeOpenAi.error(500, "CUDA error: out of memory", "server_error").withHeader("Retry-After", "0")));

        CliRun run = event();

        assertEquals(ExitCode.SERVER.code, run.exitCode(), run.err());
        assertEquals(3, server.chatRequests().size(), "asked once and retried twice");
        assertEquals(1, run.err().strip().lines().count(), run.err());
    }

    @Test
    void aBusyServerIsAskedAgainAfterItsRetryAfter() {
        server.vllmModels(32768, FakeOllama.MODEL);
        server.stub(FakeOpenAi.chat().inScenario("busy").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(FakeOpenAi.error(429, "Too many requests", "rate_limit_error").withHeader("Retry-After", "0")).willSetStateTo("free"));
        server.stub(FakeOpenAi.chat().inScenario("busy").whenScenarioStateIs("free")
                .willReturn(FakeOpenAi.streamed(FakeOllama.fixture("seeds-answer.json"))));

        CliRun run = event();

        assertEquals(0, run.exitCode(), run.err());
        assertEquals(2, server.chatRequests().size());
    }

    @Test
    void theBackendAndItsAddressMustMatch() {
        CliRun noUrl = CliRun.of("event", SEEDS, "--backend", "openai");
        assertEquals(ExitCode.USAGE.code, noUrl.exitCode(), noUrl.err());
        assertTrue(noUrl.err().contains("--backend openai needs the server's address: --base-url URL"), noUrl.err());

        CliRun wrongOption = CliRun.of("event", SEEDS, "--base-url", server.url());
        assertEquals(ExitCode.USAGE.code, wrongOption.exitCode(), wrongOption.err());
        assertTrue(wrongOption.err().contains("--base-url is for --backend openai"), wrongOption.err());

        CliRun badUrl = CliRun.of("event", SEEDS, "--backend", "openai", "--base-url", "localhost:8080");
        assertEquals(ExitCode.USAGE.code, badUrl.exitCode(), badUrl.err());
    }

    @Test
    void engineAutoFallsBackWhenTheServerIsDownAndSaysHowToStartIt() {
        CliRun run = CliRun.of("event", SEEDS, "--backend", "openai", "--base-url", "http://127.0.0.1:9/v1", "--no-cache");

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().contains("cannot reach the server at http://127.0.0.1:9/v1 (connection refused), so this briefing uses the extractive engine"), run.err());
        assertTrue(run.err().contains("point --base-url at it"), run.err());
    }

    @Test
    void recordThenReplayWithTheServerGone() throws IOException {
        healthy();
        Path cassettes = tmp.resolve("cassettes");
        CliRun recorded = CliRun.of("event", SEEDS, "--engine", "ollama", "--backend", "openai", "--base-url", server.url(), "--record", cassettes.toString());
        assertEquals(0, recorded.exitCode(), recorded.err());
        assertTrue(recorded.err().contains("with the server in " + cassettes), recorded.err());
        server.close();

        JsonNode mapping = chatMapping(cassettes);
        assertEquals("/v1/chat/completions", mapping.at("/request/url").asText());
        assertEquals("openai", mapping.at("/metadata/brief/backend").asText());
        assertEquals(List.of("$.model", "$.response_format", "$.temperature", "$.seed", "$.max_tokens", "$.messages"),
                mapping.at("/request/bodyPatterns").findValuesAsText("expression"));
        String events = Files.readString(cassettes.resolve("__files").resolve(mapping.at("/response/bodyFileName").asText()));
        assertTrue(events.strip().endsWith("data: [DONE]"), events);

        CliRun replayed = CliRun.of("event", SEEDS, "--backend", "openai", "--replay", cassettes.toString());
        assertEquals(0, replayed.exitCode(), replayed.err());
        assertEquals(recorded.out(), replayed.out());

        CliRun otherBackend = CliRun.of("event", SEEDS, "--replay", cassettes.toString());
        assertEquals(ExitCode.NO_RECORDING.code, otherBackend.exitCode(), otherBackend.err());
        assertTrue(otherBackend.err().contains("the recordings were made with --backend openai and this run uses --backend ollama;"
                + " pass --backend openai to replay them"), otherBackend.err());

        CliRun otherSeed = CliRun.of("event", SEEDS, "--backend", "openai", "--replay", cassettes.toString(), "--model", "llama3.2:3b");
        assertEquals(ExitCode.NO_RECORDING.code, otherSeed.exitCode(), otherSeed.err());
        assertTrue(otherSeed.err().contains("the model is llama3.2:3b, the recording's is qwen2.5:7b"), otherSeed.err());
    }

    @Test
    void aRecordedRefusalOfJsonSchemaIsReplayedToo() throws IOException {
        server.vllmModels(32768, FakeOllama.MODEL);
        server.stub(FakeOpenAi.chat().withRequestBody(matchingJsonPath("$.response_format.type", equalTo("json_schema")))
                .willReturn(FakeOpenAi.error(400, "response_format json_schema is not supported by this server", "invalid_request_error")));
        server.stub(FakeOpenAi.chat().withRequestBody(matchingJsonPath("$.response_format.type", equalTo("json_object")))
                .willReturn(FakeOpenAi.streamed(FakeOllama.fixture("seeds-answer.json"))));
        Path cassettes = tmp.resolve("refusal");
        CliRun recorded = CliRun.of("event", SEEDS, "--engine", "ollama", "--backend", "openai", "--base-url", server.url(), "--record", cassettes.toString());
        assertEquals(0, recorded.exitCode(), recorded.err());
        assertTrue(recorded.err().contains("refused response_format json_schema"), recorded.err());
        server.close();

        CliRun replayed = CliRun.of("event", SEEDS, "--backend", "openai", "--replay", cassettes.toString());

        assertEquals(0, replayed.exitCode(), replayed.err());
        assertEquals(recorded.out(), replayed.out());
    }

    @Test
    void brieftestReplaysARecordingWithTheBackendThatMadeIt() throws IOException {
        healthy();
        Path cassettes = tmp.resolve("suite-cassettes");
        assertEquals(0, CliRun.of("event", SEEDS, "--engine", "ollama", "--backend", "openai", "--base-url", server.url(), "--record",
                cassettes.toString()).exitCode());
        server.close();
        Path suite = tmp.resolve("suite.yaml");
        Files.writeString(suite, "cases:\n  - name: recorded from an OpenAI-compatible server\n    inputs: [" + Path.of(SEEDS).toAbsolutePath() + "]\n"
                + "    response:\n      cassette: suite-cassettes\n    expect:\n      verificationPasses: true\n      contains: [\"Sergei\"]\n");

        CliRun run = CliRun.of("test", suite.toString());

        assertEquals(0, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().startsWith("PASS "), run.out());
    }

    @Test
    void doctorChecksTheOpenAiServer() {
        server.vllmModels(32768, FakeOllama.MODEL);

        CliRun run = CliRun.of("doctor", "--backend", "openai", "--base-url", server.url(), "--cache-dir", tmp.resolve("cache").toString());

        assertEquals(0, run.exitCode(), run.out() + run.err());
        List<String> lines = run.out().lines().toList();
        assertEquals(5, lines.size(), run.out());
        assertEquals("ok    server   an OpenAI-compatible API answers at " + server.url(), lines.get(0));
        assertEquals("ok    model    qwen2.5:7b is served", lines.get(1));
        assertEquals("ok    context  the server gives qwen2.5:7b 32768 tokens of context; 8192 tokens (what a typical event needs) fits", lines.get(2));
    }

    @Test
    void doctorSaysToSetTheKeyAndNamesTheServedModels() {
        server.stub(com.github.tomakehurst.wiremock.client.WireMock.get("/v1/models").willReturn(FakeOpenAi.error(401, "Unauthorized", "authentication_error")));
        CliRun locked = CliRun.of("doctor", "--backend", "openai", "--base-url", server.url(), "--no-cache");
        assertEquals(1, locked.exitCode(), locked.out());
        assertTrue(locked.out().startsWith("FAIL  server   the server at " + server.url() + " needs an API key (HTTP 401 (Unauthorized));"
                + " fix: set BRIEF_API_KEY (or OPENAI_API_KEY) to the server's key\n"), locked.out());

        server.server.resetAll();
        server.models("qwen2.5-7b-instruct");
        CliRun otherModel = CliRun.of("doctor", "--backend", "openai", "--base-url", server.url(), "--no-cache");
        assertEquals(1, otherModel.exitCode(), otherModel.out());
        assertTrue(otherModel.out().contains("FAIL  model    qwen2.5:7b is not served (it serves: qwen2.5-7b-instruct);"
                + " fix: pass one of them with --model"), otherModel.out());
    }

    @Test
    void promptsRenderShowsTheRequestAsTheOpenAiBackendSendsIt() {
        CliRun run = CliRun.of("prompts", "render", SEEDS, "--backend", "openai", "--num-ctx", "32768");

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("model: qwen2.5:7b\nbackend: openai (/chat/completions; the context is the server's, and brief sized this prompt for 7168 tokens)\n"
                + "options: temperature 0.0, seed 42, max_tokens 2048, response_format json_schema\n"), run.out());
        assertTrue(run.out().contains("===== message 2: user ====="), run.out());
    }

    private static JsonNode chatMapping(Path cassettes) throws IOException {
        try (Stream<Path> files = Files.list(cassettes.resolve("mappings"))) {
            for (Path f : files.sorted().toList()) {
                JsonNode m = JSON.readTree(f.toFile());
                if (m.at("/request/url").asText().endsWith("/chat/completions")) {
                    return m;
                }
            }
        }
        throw new AssertionError("no chat recording in " + cassettes);
    }
}
