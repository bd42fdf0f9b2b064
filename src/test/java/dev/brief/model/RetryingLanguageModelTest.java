package dev.brief.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.brief.BriefException;
import dev.brief.ExitCode;
import dev.brief.domain.GenerationOptions;
import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** A busy or restarting server is asked again a few times; a failure that will not pass is reported at once. */
class RetryingLanguageModelTest {
    private static final ModelRequest REQUEST = new ModelRequest("qwen2.5:7b",
            List.of(ChatTurn.system("You are a careful news editor."), ChatTurn.user("Brief these articles.")),
            "{\"type\":\"object\"}", new GenerationOptions(8192, 0.0, 42, 2048), 1500);

    private static RetryingLanguageModel retrying(LanguageModel inner, int retries) {
        return new RetryingLanguageModel(inner, retries, Duration.ZERO);
    }

    @Test
    void aServerThatStaysBusyIsAskedOncePlusTheRetriesThenItsFailureIsReported() {
        TransientFailure last = new TransientFailure("Ollama answered HTTP 503 (third time)");
        FakeLanguageModel server = new FakeLanguageModel()
                .fails(new TransientFailure("Ollama answered HTTP 503"))
                .fails(new TransientFailure("Ollama answered HTTP 502"))
                .fails(last)
                .answers("{\"headline\": \"never asked for\"}");

        TransientFailure thrown = assertThrows(TransientFailure.class, () -> retrying(server, 2).chat(REQUEST));

        assertEquals(3, server.requests().size(), "the first call and two retries, no more");
        assertSame(last, thrown, "the user sees the last failure, with its exit code " + thrown.exitCode());
        assertEquals(ExitCode.SERVER, thrown.exitCode());
        assertEquals(List.of(REQUEST, REQUEST, REQUEST), server.requests(), "every retry asks the same question");
    }

    @Test
    void withNoRetriesABusyServerIsAskedOnce() {
        FakeLanguageModel server = new FakeLanguageModel()
                .fails(new TransientFailure("Ollama answered HTTP 503"))
                .answers("{\"headline\": \"never asked for\"}");

        assertThrows(TransientFailure.class, () -> retrying(server, 0).chat(REQUEST));

        assertEquals(1, server.requests().size());
    }

    @Test
    void aMissingModelIsReportedAtOnceWithoutAskingAgain() {
        BriefException missing = new BriefException(ExitCode.MODEL_MISSING,
                "model 'qwen2.5:7b' is not on the Ollama server; pull it with: ollama pull qwen2.5:7b");
        FakeLanguageModel server = new FakeLanguageModel().fails(missing).answers("{\"headline\": \"never asked for\"}");

        BriefException thrown = assertThrows(BriefException.class, () -> retrying(server, 2).chat(REQUEST));

        assertSame(missing, thrown);
        assertEquals(ExitCode.MODEL_MISSING, thrown.exitCode());
        assertEquals(1, server.requests().size(), "a model that is not pulled will not appear by asking again");
    }

    @Test
    void aServerFailureThatIsNotTransientIsNotRetried() {
        // A timeout or an out-of-memory HTTP 500 carries the SERVER exit code too, but is not a TransientFailure.
        BriefException stalled = new BriefException(ExitCode.SERVER, "Ollama sent nothing for 5 minutes; raise --timeout");
        FakeLanguageModel server = new FakeLanguageModel().fails(stalled).answers("{\"headline\": \"never asked for\"}");

        BriefException thrown = assertThrows(BriefException.class, () -> retrying(server, 2).chat(REQUEST));

        assertSame(stalled, thrown);
        assertEquals(1, server.requests().size(), "waiting out a stalled server twice more would triple the wait");
    }

    @Test
    void anAnswerAfterOneBusyMomentIsReturnedAsTheServerGaveIt() {
        ModelReply answer = new ModelReply("{\"headline\": \"Rubio and Lavrov meet\"}", 1874, 912, "stop", false);
        FakeLanguageModel server = new FakeLanguageModel()
                .fails(new TransientFailure("the connection to Ollama failed: connection reset"))
                .answers(answer);

        ModelReply reply = retrying(server, 2).chat(REQUEST);

        assertEquals(answer, reply);
        assertFalse(reply.cached());
        assertEquals(2, server.requests().size());
    }

    @Test
    void theContextLengthIsTheServersAskedOnce() {
        FakeLanguageModel server = new FakeLanguageModel(OptionalInt.of(32768));
        RetryingLanguageModel model = retrying(server, 2);

        assertEquals(OptionalInt.of(32768), model.contextLength("qwen2.5:7b"));
        assertEquals(1, server.contextLengthAsked());
        assertEquals(OptionalInt.empty(), retrying(new FakeLanguageModel(), 2).contextLength("qwen2.5:7b"),
                "a server that does not say gives no length, not a made-up one");
        assertEquals(0, server.requests().size(), "asking the length makes no chat call");
    }
}
