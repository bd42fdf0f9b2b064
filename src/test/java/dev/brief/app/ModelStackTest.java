package dev.brief.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.brief.BriefException;
import dev.brief.Console;
import dev.brief.ExitCode;
import dev.brief.FakeOllama;
import dev.brief.domain.Engine;
import dev.brief.domain.GenerationOptions;
import dev.brief.model.CachingLanguageModel;
import dev.brief.model.CallCount;
import dev.brief.model.ChatTurn;
import dev.brief.model.FakeLanguageModel;
import dev.brief.model.LanguageModel;
import dev.brief.model.ModelReply;
import dev.brief.model.ModelRequest;
import dev.brief.model.RetryingLanguageModel;
import dev.brief.model.TransientFailure;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The model layers in the order a user relies on: counting outside the cache (a cached answer is not
 * a call), the cache outside the retries (a retried answer is stored once, a failure never).
 */
class ModelStackTest {
    private static final String MODEL = FakeOllama.MODEL;
    private static final ModelRequest REQUEST = new ModelRequest(MODEL,
            List.of(ChatTurn.system("You are a careful news editor."), ChatTurn.user("Brief these articles: [470704] ...")),
            "{\"type\":\"object\",\"properties\":{\"headline\":{\"type\":\"string\"}}}", new GenerationOptions(8192, 0.0, 42, 2048), 1500);
    private static final ModelReply ANSWER = new ModelReply("{\"headline\": \"Rubio and Lavrov meet\"}", 1874, 912, "stop", false);

    @TempDir
    Path cacheDir;

    /**
     * The layers composed as {@link ModelStack#open} composes them for a run with a cache and no
     * record or replay, around a fake server, with no pause between retries.
     */
    @Nested
    class LayersInTheOrderOfModelStack {
        private LanguageModel stack(LanguageModel server, CallCount.Totals totals) {
            LanguageModel model = new RetryingLanguageModel(server, 2, Duration.ZERO);
            model = new CachingLanguageModel(model, cacheDir.resolve("llm"), message -> { });
            return new CallCount(model, totals);
        }

        @Test
        void aRerunCountsItsAnswerAsCachedAndMakesNoCall() {
            CallCount.Totals firstRun = new CallCount.Totals();
            stack(new FakeLanguageModel().answers(ANSWER), firstRun).chat(REQUEST);

            CallCount.Totals rerun = new CallCount.Totals();
            FakeLanguageModel server = new FakeLanguageModel(); // any call fails the test
            ModelReply reply = stack(server, rerun).chat(REQUEST);

            assertTrue(reply.cached());
            assertEquals(1, firstRun.calls());
            assertEquals(0, rerun.calls(), "the rerun's footer shows no model call");
            assertEquals(1, rerun.cached());
            assertEquals(0, server.requests().size());
        }

        @Test
        void anAnswerThatTookARetryIsOneCallAndIsStoredOnce() throws IOException {
            CallCount.Totals totals = new CallCount.Totals();
            FakeLanguageModel server = new FakeLanguageModel()
                    .fails(new TransientFailure("Ollama answered HTTP 503"))
                    .answers(ANSWER);

            ModelReply reply = stack(server, totals).chat(REQUEST);

            assertEquals(ANSWER, reply);
            assertEquals(2, server.requests().size(), "the busy server was asked again");
            assertEquals(1, totals.calls(), "the footer shows one call, not the retry");
            assertEquals(0, totals.failed(), "a failure the retry got past is not a failed call");
            assertEquals(1, answersOnDisk());

            CallCount.Totals rerun = new CallCount.Totals();
            assertTrue(stack(new FakeLanguageModel(), rerun).chat(REQUEST).cached(), "the retried answer serves a rerun");
            assertEquals(1, rerun.cached());
        }

        @Test
        void aServerThatStaysBusyIsOneFailedCallAndNothingIsStored() throws IOException {
            CallCount.Totals totals = new CallCount.Totals();
            FakeLanguageModel server = new FakeLanguageModel()
                    .fails(new TransientFailure("Ollama answered HTTP 503"))
                    .fails(new TransientFailure("Ollama answered HTTP 503"))
                    .fails(new TransientFailure("Ollama answered HTTP 503"));

            TransientFailure failure = assertThrows(TransientFailure.class, () -> stack(server, totals).chat(REQUEST));

            assertEquals(ExitCode.SERVER, failure.exitCode());
            assertEquals(3, server.requests().size(), "asked once and retried twice");
            assertEquals(1, totals.failed(), "one failed call, not one per retry");
            assertEquals(0, totals.calls());
            assertEquals(0, answersOnDisk(), "a failure is not kept");

            CallCount.Totals rerun = new CallCount.Totals();
            ModelReply reply = stack(new FakeLanguageModel().answers(ANSWER), rerun).chat(REQUEST);
            assertFalse(reply.cached(), "a rerun asks the server again");
            assertEquals(1, rerun.calls());
        }

        @Test
        void aMissingModelIsOneFailedCallAskedOnce() {
            CallCount.Totals totals = new CallCount.Totals();
            FakeLanguageModel server = new FakeLanguageModel()
                    .fails(new BriefException(ExitCode.MODEL_MISSING, "model 'qwen2.5:7b' is not on the Ollama server"));

            BriefException failure = assertThrows(BriefException.class, () -> stack(server, totals).chat(REQUEST));

            assertEquals(ExitCode.MODEL_MISSING, failure.exitCode());
            assertEquals(1, server.requests().size());
            assertEquals(1, totals.failed());
        }

        private long answersOnDisk() throws IOException {
            Path dir = cacheDir.resolve("llm");
            if (!Files.isDirectory(dir)) {
                return 0;
            }
            try (Stream<Path> files = Files.list(dir)) {
                return files.filter(f -> f.getFileName().toString().endsWith(".json")).count();
            }
        }
    }

    /** ModelStack itself, pointed at a WireMock server speaking Ollama's wire format. */
    @Nested
    class AsModelStackOpensIt {
        private ModelStack open(String url, boolean noCache, CallCount.Totals totals) {
            ModelSettings settings = ModelSettings.of(MODEL, ModelSettings.Servers.ollama(url), Engine.OLLAMA, null, null, Duration.ofSeconds(10), noCache,
                    cacheDir, null, null);
            return ModelStack.open(settings, null, Console.silent(), totals, null);
        }

        @Test
        void aRerunOverTheSameCacheNeedsNoServer() {
            String url;
            CallCount.Totals firstRun = new CallCount.Totals();
            try (FakeOllama ollama = new FakeOllama()) {
                url = ollama.url();
                ollama.stub(FakeOllama.showRequest().willReturn(FakeOllama.show(32768)));
                ollama.stub(FakeOllama.chat().willReturn(FakeOllama.streamed("{\"headline\": \"Rubio and Lavrov meet\"}", 1874, 912, "stop")));
                try (ModelStack stack = open(url, false, firstRun)) {
                    assertEquals(OptionalInt.of(32768), stack.model().contextLength(MODEL));
                    ModelReply reply = stack.model().chat(REQUEST);
                    assertEquals("{\"headline\": \"Rubio and Lavrov meet\"}", reply.content());
                    assertFalse(reply.cached());
                }
                assertEquals(1, ollama.requests("/api/chat"));
            }
            assertEquals(1, firstRun.calls());

            // The server is gone: the rerun is answered from the cache alone.
            CallCount.Totals rerun = new CallCount.Totals();
            try (ModelStack stack = open(url, false, rerun)) {
                assertEquals(OptionalInt.of(32768), stack.model().contextLength(MODEL), "the context length too");
                ModelReply reply = stack.model().chat(REQUEST);
                assertTrue(reply.cached());
                assertEquals("{\"headline\": \"Rubio and Lavrov meet\"}", reply.content());
                assertEquals(Integer.valueOf(1874), reply.promptTokens());
            }
            assertEquals(0, rerun.calls());
            assertEquals(1, rerun.cached());
            assertEquals(0, rerun.failed());
        }

        @Test
        void withNoCacheEveryRunAsksTheServer() {
            try (FakeOllama ollama = new FakeOllama()) {
                ollama.stub(FakeOllama.chat().willReturn(FakeOllama.streamed("{\"headline\": \"Rubio and Lavrov meet\"}")));
                CallCount.Totals totals = new CallCount.Totals();
                try (ModelStack stack = open(ollama.url(), true, totals)) {
                    assertFalse(stack.model().chat(REQUEST).cached());
                    assertFalse(stack.model().chat(REQUEST).cached());
                }
                assertEquals(2, ollama.requests("/api/chat"));
                assertEquals(2, totals.calls());
                assertEquals(0, totals.cached());
            }
        }

        @Test
        void aMissingModelIsReportedAfterOneRequestAndCountedOnce() {
            try (FakeOllama ollama = new FakeOllama()) {
                ollama.stub(FakeOllama.chat().willReturn(FakeOllama.modelNotFound(MODEL)));
                CallCount.Totals totals = new CallCount.Totals();
                try (ModelStack stack = open(ollama.url(), false, totals)) {
                    BriefException failure = assertThrows(BriefException.class, () -> stack.model().chat(REQUEST));
                    assertEquals(ExitCode.MODEL_MISSING, failure.exitCode());
                }
                assertEquals(1, ollama.requests("/api/chat"), "not retried");
                assertEquals(1, totals.failed());
                assertEquals(0, totals.calls());
            }
        }
    }
}
