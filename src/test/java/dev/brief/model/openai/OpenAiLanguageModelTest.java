package dev.brief.model.openai;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.brief.BriefException;
import dev.brief.ExitCode;
import dev.brief.FakeOllama;
import dev.brief.FakeOpenAi;
import dev.brief.domain.GenerationOptions;
import dev.brief.model.ChatTurn;
import dev.brief.model.ModelReply;
import dev.brief.model.ModelRequest;
import dev.brief.model.RetryingLanguageModel;
import dev.brief.model.TransientFailure;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The OpenAI-compatible server client against WireMock speaking the chat-completions wire format. */
class OpenAiLanguageModelTest {
    static final String SCHEMA = "{\"type\":\"object\",\"properties\":{\"summary\":{\"type\":\"array\",\"items\":{\"type\":\"object\","
            + "\"properties\":{\"text\":{\"type\":\"string\"},\"sources\":{\"type\":\"array\",\"items\":{\"type\":\"string\",\"enum\":[\"470704\",\"41fbe3\"]}}}}}}}";
    static final ModelRequest REQUEST = new ModelRequest(FakeOllama.MODEL,
            List.of(ChatTurn.system("You are a careful news editor."), ChatTurn.user("Brief these articles.")), SCHEMA,
            new GenerationOptions(7168, 0.0, 42, 2048), 2190);
    static final String ANSWER = "{\"headline\": \"Rubio and Lavrov meet in Kuala Lumpur\", \"summary\": []}";
    static final String KEY = "sk-brief-test-0123456789abcdef";

    FakeOpenAi server;
    final List<String> notices = new ArrayList<>();

    @BeforeEach
    void start() {
        server = new FakeOpenAi();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private OpenAiLanguageModel model(ApiKey key, Duration timeout) {
        return new OpenAiLanguageModel(server.url(), key, timeout, notices::add);
    }

    private OpenAiLanguageModel model() {
        return model(null, Duration.ofSeconds(10));
    }

    @Test
    void aStreamedAnswerIsJoinedWithTheUsageOfItsLastChunk() {
        server.stub(FakeOpenAi.chat().willReturn(FakeOpenAi.streamed(ANSWER, 1874, 912, "stop")));

        ModelReply reply = model().chat(REQUEST);

        assertEquals(ANSWER, reply.content());
        assertEquals(Integer.valueOf(1874), reply.promptTokens());
        assertEquals(Integer.valueOf(912), reply.completionTokens());
        assertEquals("stop", reply.doneReason());
        assertFalse(reply.cached());
    }

    @Test
    void theRequestAsksForTheSchemaWithTemperatureZeroTheSeedAndAStream() {
        server.stub(FakeOpenAi.chat().willReturn(FakeOpenAi.streamed(ANSWER)));

        model().chat(REQUEST);

        JsonNode body = server.chatRequests().get(0);
        assertEquals(FakeOllama.MODEL, body.path("model").asText());
        assertEquals("system", body.at("/messages/0/role").asText());
        assertEquals("Brief these articles.", body.at("/messages/1/content").asText());
        assertEquals(0.0, body.path("temperature").asDouble());
        assertTrue(body.path("temperature").isNumber());
        assertEquals(42, body.path("seed").asInt());
        assertEquals(2048, body.path("max_tokens").asInt());
        assertTrue(body.path("stream").asBoolean());
        assertTrue(body.at("/stream_options/include_usage").asBoolean());
        assertEquals("json_schema", body.at("/response_format/type").asText());
        assertEquals("41fbe3", body.at("/response_format/json_schema/schema/properties/summary/items/properties/sources/items/enum/1").asText());
        assertFalse(body.has("num_ctx"), "an OpenAI-compatible server takes no context size");
    }

    @Test
    void anAnswerCutByMaxTokensSaysLength() {
        server.stub(FakeOpenAi.chat().willReturn(FakeOpenAi.streamed("{\"headline\": \"Rubio", 1874, 2048, "length")));

        assertEquals("length", model().chat(REQUEST).doneReason());
    }

    @Test
    void theKeyGoesInTheAuthorizationHeaderAndNoHeaderIsSentWithoutOne() {
        server.stub(FakeOpenAi.chat().willReturn(FakeOpenAi.streamed(ANSWER)));

        model(ApiKey.fromEnvironment(Map.of("BRIEF_API_KEY", KEY)), Duration.ofSeconds(10)).chat(REQUEST);
        model().chat(REQUEST);

        assertEquals("Bearer " + KEY, server.chatLog().get(0).getHeader("Authorization"));
        assertFalse(server.chatLog().get(1).containsHeader("Authorization"));
    }

    @Test
    void aServerRefusingJsonSchemaIsAskedForAJsonObjectWithTheSchemaInThePrompt() {
        server.stub(FakeOpenAi.chat().withRequestBody(matchingJsonPath("$.response_format.type", com.github.tomakehurst.wiremock.client.WireMock.equalTo("json_schema")))
                .willReturn(FakeOpenAi.error(400, "response_format type 'json_schema' is not supported", "invalid_request_error")));
        server.stub(FakeOpenAi.chat().withRequestBody(matchingJsonPath("$.response_format.type", com.github.tomakehurst.wiremock.client.WireMock.equalTo("json_object")))
                .willReturn(FakeOpenAi.streamed(ANSWER)));
        OpenAiLanguageModel model = model();

        assertEquals(ANSWER, model.chat(REQUEST).content());
        assertEquals(ANSWER, model.chat(REQUEST).content());

        List<JsonNode> sent = server.chatRequests();
        assertEquals(3, sent.size(), "refused once, then straight to json_object");
        assertEquals("json_object", sent.get(1).at("/response_format/type").asText());
        String system = sent.get(1).at("/messages/0/content").asText();
        assertTrue(system.startsWith("You are a careful news editor.\n\n" + SchemaInPrompt.INTRO), system);
        assertTrue(system.contains("\"41fbe3\""), "the schema with the article ids is in the prompt");
        assertEquals(1, notices.size(), notices.toString());
        assertTrue(notices.get(0).contains("refused response_format json_schema"), notices.get(0));
    }

    @Test
    void aServerRefusingBothFormatsGetsThePromptAlone() {
        server.stub(FakeOpenAi.chat().withRequestBody(matchingJsonPath("$.response_format"))
                .willReturn(FakeOpenAi.error(400, "Unsupported value: 'response_format'", "invalid_request_error")));
        server.stub(FakeOpenAi.chat().atPriority(10).willReturn(FakeOpenAi.streamed(ANSWER)));

        assertEquals(ANSWER, model().chat(REQUEST).content());

        List<JsonNode> sent = server.chatRequests();
        assertEquals(3, sent.size());
        assertFalse(sent.get(2).has("response_format"));
        assertEquals(2, notices.size());
    }

    @Test
    void llamaServersContextErrorIsExitEight() {
        server.stub(FakeOpenAi.chat().willReturn(FakeOpenAi.llamaServerContextExceeded(4476, 4096)));

        BriefException e = assertThrows(BriefException.class, () -> model().chat(REQUEST));

        assertEquals(ExitCode.CONTEXT, e.exitCode());
        assertTrue(e.getMessage().contains("request (4476 tokens) exceeds the available context size (4096 tokens)"), e.getMessage());
        assertTrue(e.getMessage().contains("--num-ctx"), e.getMessage());
    }

    @Test
    void vllmsContextErrorIsExitEight() {
        server.stub(FakeOpenAi.chat().willReturn(FakeOpenAi.vllmError(400, "This model's maximum context length is 32768 tokens. However, you requested"
                + " 35120 tokens (33072 in the messages, 2048 in the completion). Please reduce the length of the messages or completion.", "BadRequestError")));

        assertEquals(ExitCode.CONTEXT, assertThrows(BriefException.class, () -> model().chat(REQUEST)).exitCode());
    }

    @Test
    void noKeyOn401SaysWhichVariableToSet() {
        server.stub(FakeOpenAi.chat().willReturn(FakeOpenAi.error(401, "Invalid API Key", "authentication_error")));

        BriefException e = assertThrows(BriefException.class, () -> model().chat(REQUEST));

        assertEquals(ExitCode.AUTH, e.exitCode());
        assertEquals("the server at " + server.url() + " needs an API key (HTTP 401 (Invalid API Key)); set BRIEF_API_KEY (or OPENAI_API_KEY)"
                + " to the server's key", e.getMessage());
    }

    @Test
    void aRefusedKeyIsNamedByItsVariableAndNeverShownEvenWhenTheServerEchoesIt() {
        server.stub(FakeOpenAi.chat().willReturn(FakeOpenAi.error(403, "Incorrect API key provided: " + KEY, "invalid_request_error")));

        BriefException e = assertThrows(BriefException.class,
                () -> model(ApiKey.fromEnvironment(Map.of("OPENAI_API_KEY", KEY)), Duration.ofSeconds(10)).chat(REQUEST));

        assertEquals(ExitCode.AUTH, e.exitCode());
        assertTrue(e.getMessage().contains("refused the API key in OPENAI_API_KEY"), e.getMessage());
        assertFalse(e.getMessage().contains(KEY), e.getMessage());
    }

    @Test
    void anUnknownModelIsExitFiveWithTheServedModels() {
        server.models("qwen2.5-7b-instruct", "llama-3.2-3b-instruct");
        server.stub(FakeOpenAi.chat().willReturn(FakeOpenAi.vllmError(404, "The model `qwen2.5:7b` does not exist.", "NotFoundError")));

        BriefException e = assertThrows(BriefException.class, () -> model().chat(REQUEST));

        assertEquals(ExitCode.MODEL_MISSING, e.exitCode());
        assertEquals("model 'qwen2.5:7b' is not served at " + server.url() + " (it serves: qwen2.5-7b-instruct, llama-3.2-3b-instruct);"
                + " pass one of them with --model, or load the model on the server", e.getMessage());
    }

    @Test
    void aBaseUrlThatIsNotTheApiIsExitFour() {
        // nothing stubbed: WireMock answers every path with 404, as a web server at the wrong address would
        BriefException e = assertThrows(BriefException.class, () -> model().chat(REQUEST));

        assertEquals(ExitCode.UNREACHABLE, e.exitCode());
        assertTrue(e.getMessage().contains("check --base-url (it usually ends in /v1)"), e.getMessage());
    }

    @Test
    void aStoppedServerIsExitFour() {
        String url = server.url();
        server.close();

        BriefException e = assertThrows(BriefException.class, () -> new OpenAiLanguageModel(url, null, Duration.ofSeconds(5), notices::add).chat(REQUEST));

        assertEquals(ExitCode.UNREACHABLE, e.exitCode());
        assertTrue(e.getMessage().startsWith("cannot reach the server at " + url + " (connection refused)"), e.getMessage());
    }

    @Test
    void tooManyRequestsIsTransientAndCarriesRetryAfter() {
        server.stub(FakeOpenAi.chat().willReturn(FakeOpenAi.error(429, "Too many requests", "rate_limit_error").withHeader("Retry-After", "7")));

        TransientFailure e = assertThrows(TransientFailure.class, () -> model().chat(REQUEST));

        assertEquals(Duration.ofSeconds(7), e.retryAfter().orElseThrow());
        assertTrue(e.getMessage().contains("HTTP 429 (Too many requests)"), e.getMessage());
    }

    @Test
    void theRetryLayerWaitsWhatRetryAfterSaysNotItsOwnBackoff() {
        server.stub(FakeOpenAi.chat().inScenario("busy").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(FakeOpenAi.error(429, "Too many requests", "rate_limit_error").withHeader("Retry-After", "1")).willSetStateTo("free"));
        server.stub(FakeOpenAi.chat().inScenario("busy").whenScenarioStateIs("free").willReturn(FakeOpenAi.streamed(ANSWER)));
        // an hour's backoff: only the server's one second lets this finish
        RetryingLanguageModel retrying = new RetryingLanguageModel(model(), 2, Duration.ofHours(1));

        ModelReply reply = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> retrying.chat(REQUEST));

        assertEquals(ANSWER, reply.content());
        assertEquals(2, server.chatRequests().size());
    }

    @Test
    void aServerErrorIsTransientAndRetried() {
        server.stub(FakeOpenAi.chat().inScenario("restart").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(FakeOpenAi.error(500, "CUDA error: out of memory", "server_error").withHeader("Retry-After", "0")).willSetStateTo("up"));
        server.stub(FakeOpenAi.chat().inScenario("restart").whenScenarioStateIs("up").willReturn(FakeOpenAi.streamed(ANSWER)));

        TransientFailure first = assertThrows(TransientFailure.class, () -> model().chat(REQUEST));
        assertEquals(ExitCode.SERVER, first.exitCode());
        assertTrue(first.getMessage().contains("HTTP 500 (CUDA error: out of memory)"), first.getMessage());

        assertEquals(ANSWER, new RetryingLanguageModel(model(), 2, Duration.ofHours(1)).chat(REQUEST).content());
    }

    @Test
    void aStreamThatEndsWithoutDoneIsACutNotAnAnswer() {
        server.stub(FakeOpenAi.chat().willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/event-stream")
                .withBody(FakeOpenAi.events("{\"headline\": \"Rub", 1874, 3, null, false))));

        TransientFailure e = assertThrows(TransientFailure.class, () -> model().chat(REQUEST));

        assertTrue(e.getMessage().contains("closed the stream before the end of the answer"), e.getMessage());
    }

    @Test
    void aSilentServerTimesOutAfterTimeout() {
        server.stub(FakeOpenAi.chat().willReturn(FakeOpenAi.streamed(ANSWER).withFixedDelay(5000)));

        BriefException e = assertThrows(BriefException.class, () -> model(null, Duration.ofSeconds(1)).chat(REQUEST));

        assertEquals(ExitCode.SERVER, e.exitCode());
        assertEquals("the server at " + server.url() + " sent nothing for 1 s while answering with qwen2.5:7b;"
                + " check that it is not stalled, or raise --timeout", e.getMessage());
    }

    @Test
    void contextLengthFromVllmsModelList() {
        server.vllmModels(32768, FakeOllama.MODEL);

        assertEquals(OptionalInt.of(32768), model().contextLength(FakeOllama.MODEL));
    }

    @Test
    void contextLengthFromLlamaServersProps() {
        server.models("qwen2.5-7b-instruct-q4_k_m.gguf");
        server.llamaServerProps(8192);

        assertEquals(OptionalInt.of(8192), model().contextLength(FakeOllama.MODEL));
    }

    @Test
    void contextLengthFromLmStudiosLoadedInstanceNotItsMaximum() {
        server.models("qwen2.5-7b-instruct");
        server.lmStudioModels("qwen2.5-7b-instruct", 4096, 32768);

        assertEquals(OptionalInt.of(4096), model().contextLength("qwen2.5-7b-instruct"));
    }

    @Test
    void aServerThatDoesNotSayGivesNoContextLength() {
        server.models(FakeOllama.MODEL);

        assertEquals(OptionalInt.empty(), model().contextLength(FakeOllama.MODEL));
    }

    @Test
    void theAssumedLengthIsNumCtxElseTheDefaultAndSaidOnce() {
        server.models(FakeOllama.MODEL);

        assertEquals(OptionalInt.of(16384), new AssumedContextLength(model(), 16384, notices::add).contextLength(FakeOllama.MODEL));
        assertEquals(List.of(), notices);
        AssumedContextLength assumed = new AssumedContextLength(model(), null, notices::add);
        assertEquals(OptionalInt.of(AssumedContextLength.DEFAULT), assumed.contextLength(FakeOllama.MODEL));
        assertEquals(OptionalInt.of(AssumedContextLength.DEFAULT), assumed.contextLength(FakeOllama.MODEL));
        assertEquals(1, notices.size());
        assertTrue(notices.get(0).contains("pass --num-ctx"), notices.get(0));
    }

    @Test
    void aBaseUrlWithoutPathMeansV1() {
        assertEquals("http://127.0.0.1:8080/v1", BaseUrl.parse("http://127.0.0.1:8080"));
        assertEquals("http://127.0.0.1:8080/v1", BaseUrl.parse("http://127.0.0.1:8080/v1/"));
        assertEquals("https://gpu.example:8000/llm/v1", BaseUrl.parse(" https://gpu.example:8000/llm/v1 "));
        assertEquals("http://127.0.0.1:8080", BaseUrl.root("http://127.0.0.1:8080/v1"));
        assertThrows(IllegalArgumentException.class, () -> BaseUrl.parse("127.0.0.1:8080"));
        assertThrows(IllegalArgumentException.class, () -> BaseUrl.parse("ftp://127.0.0.1/v1"));
    }

    @Test
    void theKeyIsNeverPartOfItsDescription() {
        ApiKey key = ApiKey.fromEnvironment(Map.of("BRIEF_API_KEY", KEY, "OPENAI_API_KEY", "sk-other"));

        assertEquals("BRIEF_API_KEY", key.variable(), "BRIEF_API_KEY comes first");
        assertFalse(key.toString().contains(KEY));
        assertEquals("error: [API key] is wrong", key.redact("error: " + KEY + " is wrong"));
        assertNull(ApiKey.fromEnvironment(Map.of("BRIEF_API_KEY", " ")));
    }
}
