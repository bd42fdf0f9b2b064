package dev.brief.model;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.Function;

/**
 * An in-memory model for unit tests of the layers and engines: it answers from a script (a reply
 * or a failure per call), reports a fixed context length, and keeps every request it was asked.
 * Its answers are fixtures, not a model's work.
 */
public final class FakeLanguageModel implements LanguageModel {
    private final Deque<Function<ModelRequest, ModelReply>> script = new ArrayDeque<>();
    private final List<ModelRequest> requests = new ArrayList<>();
    private final OptionalInt contextLength;
    private int contextLengthAsked;
    /** What every call gets once the script is used up, or null to fail the test then. */
    private Function<ModelRequest, ModelReply> otherwise;

    public FakeLanguageModel(OptionalInt contextLength) {
        this.contextLength = contextLength;
    }

    public FakeLanguageModel() {
        this(OptionalInt.empty());
    }

    /** A model that must not be called: the test expects no chat call at all. */
    public static FakeLanguageModel refusingCalls(OptionalInt contextLength) {
        return new FakeLanguageModel(contextLength);
    }

    public FakeLanguageModel answers(String content) {
        script.add(r -> new ModelReply(content, 100, 20, "stop", false));
        return this;
    }

    /** One scripted reply, exactly as given (for instance one marked cached, as the cache layer returns it). */
    public FakeLanguageModel answers(ModelReply reply) {
        script.add(r -> reply);
        return this;
    }

    /** What every call gets once the scripted answers are used up: for tests that make many calls. */
    public synchronized FakeLanguageModel answersEveryCall(Function<ModelRequest, ModelReply> answer) {
        otherwise = answer;
        return this;
    }

    public FakeLanguageModel fails(RuntimeException failure) {
        script.add(r -> {
            throw failure;
        });
        return this;
    }

    @Override
    public synchronized ModelReply chat(ModelRequest request) {
        requests.add(request);
        Function<ModelRequest, ModelReply> next = script.poll();
        if (next == null) {
            next = otherwise;
        }
        if (next == null) {
            throw new AssertionError("no answer scripted for call " + requests.size());
        }
        return next.apply(request);
    }

    @Override
    public synchronized OptionalInt contextLength(String model) {
        contextLengthAsked++;
        return contextLength;
    }

    public synchronized List<ModelRequest> requests() {
        return List.copyOf(requests);
    }

    public synchronized int contextLengthAsked() {
        return contextLengthAsked;
    }
}
