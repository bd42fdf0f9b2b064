package dev.brief.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.brief.domain.GenerationOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** A rerun with the same inputs and prompts is answered from disk; anything that changes the answer asks the model. */
class CachingLanguageModelTest {
    private static final String MODEL = "qwen2.5:7b";
    private static final String SCHEMA = "{\"type\":\"object\",\"properties\":{\"headline\":{\"type\":\"string\"}}}";
    private static final GenerationOptions OPTIONS = new GenerationOptions(8192, 0.0, 42, 2048);
    private static final List<ChatTurn> MESSAGES = List.of(ChatTurn.system("You are a careful news editor."),
            ChatTurn.user("Brief these articles: [470704] Rubio and Lavrov met in Kuala Lumpur."));
    private static final ModelRequest REQUEST = new ModelRequest(MODEL, MESSAGES, SCHEMA, OPTIONS, 1500);
    private static final ModelReply ANSWER = new ModelReply("{\"headline\": \"Rubio and Lavrov meet\"}", 1874, 912, "stop", false);

    @TempDir
    Path dir;

    private List<Path> entries() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList();
        }
    }

    @Test
    void aRerunIsAnsweredFromDiskWithoutAskingTheModel() {
        FakeLanguageModel firstRun = new FakeLanguageModel().answers(ANSWER);
        ModelReply first = new CachingLanguageModel(firstRun, dir).chat(REQUEST);

        FakeLanguageModel rerun = new FakeLanguageModel(); // any call fails the test
        ModelReply again = new CachingLanguageModel(rerun, dir).chat(REQUEST);

        assertFalse(first.cached(), "the first answer came from the model");
        assertEquals(ANSWER, first);
        assertTrue(again.cached(), "the rerun's answer is marked as cached, so the footer does not count it as a call");
        assertEquals(ANSWER.asCached(), again, "the same text, token counts and done reason as the model's answer");
        assertEquals(1, firstRun.requests().size());
        assertEquals(0, rerun.requests().size(), "a rerun makes no model call");
    }

    @Test
    void theSameQuestionTwiceInOneRunAsksTheModelOnce() {
        FakeLanguageModel model = new FakeLanguageModel().answers(ANSWER);
        CachingLanguageModel cache = new CachingLanguageModel(model, dir);

        cache.chat(REQUEST);
        ModelReply second = cache.chat(REQUEST);

        assertTrue(second.cached());
        assertEquals(1, model.requests().size());
    }

    @Test
    void aRequestEqualInEverythingThatDecidesTheAnswerIsAHit() {
        // A new but equal request (fresh lists, a different token estimate: the estimate decides nothing the model sees).
        ModelRequest equal = new ModelRequest(new String(MODEL), new ArrayList<>(List.of(
                new ChatTurn("system", "You are a careful news editor."),
                new ChatTurn("user", "Brief these articles: [470704] Rubio and Lavrov met in Kuala Lumpur."))),
                new String(SCHEMA), new GenerationOptions(8192, 0.0, 42, 2048), 1600);
        FakeLanguageModel model = new FakeLanguageModel().answers(ANSWER);
        CachingLanguageModel cache = new CachingLanguageModel(model, dir);

        cache.chat(REQUEST);
        ModelReply second = cache.chat(equal);

        assertTrue(second.cached());
        assertEquals(1, model.requests().size());
    }

    static Stream<Arguments> changes() {
        return Stream.of(
                Arguments.of(Named.of("an edited system prompt", new ModelRequest(MODEL,
                        List.of(ChatTurn.system("You are a careful, neutral news editor."), MESSAGES.get(1)), SCHEMA, OPTIONS, 1500))),
                Arguments.of(Named.of("a changed article", new ModelRequest(MODEL,
                        List.of(MESSAGES.get(0), ChatTurn.user("Brief these articles: [470704] Rubio and Lavrov met in Manila.")),
                        SCHEMA, OPTIONS, 1500))),
                Arguments.of(Named.of("the same text in another role", new ModelRequest(MODEL,
                        List.of(ChatTurn.user(MESSAGES.get(0).content()), MESSAGES.get(1)), SCHEMA, OPTIONS, 1500))),
                Arguments.of(Named.of("a repair turn added", new ModelRequest(MODEL,
                        List.of(MESSAGES.get(0), MESSAGES.get(1), ChatTurn.assistant("{\"headline\": \"\"}"),
                                ChatTurn.user("The headline is empty; fix it.")), SCHEMA, OPTIONS, 1500))),
                Arguments.of(Named.of("the messages in another order", new ModelRequest(MODEL,
                        List.of(MESSAGES.get(1), MESSAGES.get(0)), SCHEMA, OPTIONS, 1500))),
                Arguments.of(Named.of("another num_ctx", new ModelRequest(MODEL, MESSAGES, SCHEMA,
                        new GenerationOptions(16384, 0.0, 42, 2048), 1500))),
                Arguments.of(Named.of("another temperature", new ModelRequest(MODEL, MESSAGES, SCHEMA,
                        new GenerationOptions(8192, 0.7, 42, 2048), 1500))),
                Arguments.of(Named.of("another seed", new ModelRequest(MODEL, MESSAGES, SCHEMA,
                        new GenerationOptions(8192, 0.0, 7, 2048), 1500))),
                Arguments.of(Named.of("another num_predict", new ModelRequest(MODEL, MESSAGES, SCHEMA,
                        new GenerationOptions(8192, 0.0, 42, 1024), 1500))),
                Arguments.of(Named.of("another schema", new ModelRequest(MODEL, MESSAGES,
                        "{\"type\":\"object\",\"properties\":{\"headline\":{\"type\":\"string\"},\"summary\":{\"type\":\"array\"}}}",
                        OPTIONS, 1500))),
                Arguments.of(Named.of("another model", new ModelRequest("llama3.1:8b", MESSAGES, SCHEMA, OPTIONS, 1500))));
    }

    @ParameterizedTest(name = "{0} asks the model")
    @MethodSource("changes")
    void aRequestThatDiffersInWhatDecidesTheAnswerMisses(ModelRequest changed) {
        ModelReply other = new ModelReply("{\"headline\": \"Another answer\"}", 1900, 800, "stop", false);
        FakeLanguageModel model = new FakeLanguageModel().answers(ANSWER).answers(other);
        CachingLanguageModel cache = new CachingLanguageModel(model, dir);

        cache.chat(REQUEST);
        ModelReply reply = cache.chat(changed);

        assertFalse(reply.cached());
        assertEquals(other, reply, "the changed request gets the model's new answer, not the old one");
        assertEquals(List.of(REQUEST, changed), model.requests());
        assertTrue(cache.chat(REQUEST).cached(), "the first answer is still kept");
        assertTrue(cache.chat(changed).cached(), "and so is the second");
    }

    @ParameterizedTest(name = "a cache file holding [{0}] is a miss")
    @ValueSource(strings = {"", "{\"content\":\"{\\\"headline\\\": \\\"Rubio and", "not json at all", "\u0000\u0000\u0000\u0000", "{}", "{\"content\":null}"})
    void aDamagedCacheFileIsAMissAndIsRepaired(String damage) throws IOException {
        new CachingLanguageModel(new FakeLanguageModel().answers(ANSWER), dir).chat(REQUEST);
        List<Path> entries = entries();
        assertEquals(1, entries.size());
        Files.writeString(entries.get(0), damage, StandardCharsets.UTF_8);

        FakeLanguageModel rerun = new FakeLanguageModel().answers(ANSWER);
        CachingLanguageModel cache = new CachingLanguageModel(rerun, dir);
        ModelReply reply = cache.chat(REQUEST);

        assertFalse(reply.cached(), "a damaged entry is asked again, not an error");
        assertEquals(ANSWER, reply);
        assertEquals(1, rerun.requests().size());
        assertTrue(cache.chat(REQUEST).cached(), "the fresh answer replaces the damaged entry");
        assertEquals(1, rerun.requests().size());
    }

    @Test
    void aCacheFolderThatCannotBeWrittenWarnsOnceAndStillAnswers() throws IOException {
        Path inTheWay = dir.resolve("cache");
        Files.writeString(inTheWay, "a regular file where the cache folder should be");
        List<String> warnings = new ArrayList<>();
        ModelRequest other = new ModelRequest(MODEL, List.of(ChatTurn.user("Another event.")), SCHEMA, OPTIONS, 10);
        FakeLanguageModel model = new FakeLanguageModel(OptionalInt.of(32768)).answers(ANSWER).answers(ANSWER).answers(ANSWER);
        CachingLanguageModel cache = new CachingLanguageModel(model, inTheWay.resolve("llm"), warnings::add);

        ModelReply first = cache.chat(REQUEST);
        ModelReply second = cache.chat(other);
        OptionalInt length = cache.contextLength(MODEL);
        ModelReply again = cache.chat(REQUEST);

        assertEquals(ANSWER, first, "the run goes on with the model's answer");
        assertEquals(ANSWER, second);
        assertEquals(OptionalInt.of(32768), length);
        assertFalse(again.cached(), "nothing could be kept, so the model is asked again");
        assertEquals(3, model.requests().size());
        assertEquals(1, warnings.size(), "one warning per run, not one per call: " + warnings);
        String warning = warnings.get(0);
        assertTrue(warning.contains(inTheWay.resolve("llm").toString()), warning);
        assertTrue(warning.contains("(a file is in the way of " + inTheWay), warning);
        assertTrue(warning.contains("a rerun will ask the model again"), warning);
        assertTrue(warning.contains("--cache-dir"), "it says how to fix it: " + warning);
        assertEquals("a regular file where the cache folder should be", Files.readString(inTheWay), "the file in the way is left alone");
    }

    @Test
    void aFailureIsNotCached() {
        FakeLanguageModel model = new FakeLanguageModel()
                .fails(new TransientFailure("Ollama answered HTTP 503"))
                .answers(ANSWER);
        CachingLanguageModel cache = new CachingLanguageModel(model, dir);

        TransientFailure failure = org.junit.jupiter.api.Assertions.assertThrows(TransientFailure.class, () -> cache.chat(REQUEST));
        ModelReply reply = cache.chat(REQUEST);

        assertEquals("Ollama answered HTTP 503", failure.getMessage());
        assertFalse(reply.cached(), "the rerun after a failure asks the model");
        assertEquals(ANSWER, reply);
        assertEquals(2, model.requests().size());
    }

    @Test
    void theContextLengthIsKeptSoThatARerunNeedsNoServer() {
        FakeLanguageModel firstRun = new FakeLanguageModel(OptionalInt.of(32768));
        assertEquals(OptionalInt.of(32768), new CachingLanguageModel(firstRun, dir).contextLength(MODEL));

        // The server is gone now: asked, it would give no length.
        FakeLanguageModel rerun = new FakeLanguageModel(OptionalInt.empty());
        OptionalInt length = new CachingLanguageModel(rerun, dir).contextLength(MODEL);

        assertEquals(OptionalInt.of(32768), length, "the rerun sizes its calls as the first run did, so its cached answers match");
        assertEquals(1, firstRun.contextLengthAsked());
        assertEquals(0, rerun.contextLengthAsked(), "the rerun does not ask the server");
    }

    @ParameterizedTest(name = "a context-length entry holding [{0}] is a miss")
    @ValueSource(strings = {"", "{}", "null", "[]", "{\"contextLength\":0}", "{\"contextLength\":\"x\"}"})
    void aDamagedContextLengthEntryIsAskedAgain(String damage) throws IOException {
        new CachingLanguageModel(new FakeLanguageModel(OptionalInt.of(32768)), dir).contextLength(MODEL);
        try (var files = Files.walk(dir)) {
            for (Path p : files.filter(p -> p.getParent().getFileName().toString().equals("context-length")).toList()) {
                Files.writeString(p, damage, StandardCharsets.UTF_8);
            }
        }
        FakeLanguageModel rerun = new FakeLanguageModel(OptionalInt.of(32768));
        assertEquals(OptionalInt.of(32768), new CachingLanguageModel(rerun, dir).contextLength(MODEL),
                "a damaged entry never sizes a call (a length of 0 would fail every run with exit 8)");
        assertEquals(1, rerun.contextLengthAsked());
    }

    @Test
    void theContextLengthIsKeptPerModel() {
        CachingLanguageModel first = new CachingLanguageModel(new FakeLanguageModel(OptionalInt.of(32768)), dir);
        assertEquals(OptionalInt.of(32768), first.contextLength(MODEL));

        FakeLanguageModel other = new FakeLanguageModel(OptionalInt.of(131072));
        OptionalInt length = new CachingLanguageModel(other, dir).contextLength("llama3.1:8b");

        assertEquals(OptionalInt.of(131072), length, "another model's length is asked, not taken from the first model's entry");
        assertEquals(1, other.contextLengthAsked());
    }

    @Test
    void anUnknownContextLengthIsNotKept() {
        FakeLanguageModel serverDown = new FakeLanguageModel(OptionalInt.empty());
        assertEquals(OptionalInt.empty(), new CachingLanguageModel(serverDown, dir).contextLength(MODEL));

        FakeLanguageModel serverBack = new FakeLanguageModel(OptionalInt.of(32768));
        OptionalInt length = new CachingLanguageModel(serverBack, dir).contextLength(MODEL);

        assertEquals(OptionalInt.of(32768), length, "a run while the server was away does not leave an empty length behind");
        assertEquals(1, serverBack.contextLengthAsked());
    }
}
