package dev.brief.model;

import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Model calls made through a {@link LanguageModel}, counted across threads: the daily footer reports
 * them, including the calls of events whose briefing failed and so has no usage of its own.
 */
public final class CallCount implements LanguageModel {
    private final LanguageModel inner;
    private final Totals totals;

    /** The running totals one pipeline shares between all its models. */
    public static final class Totals {
        private final AtomicInteger calls = new AtomicInteger();
        private final AtomicInteger cached = new AtomicInteger();
        private final AtomicInteger failed = new AtomicInteger();

        /** Calls the server answered (cached answers are not counted here). */
        public int calls() {
            return calls.get();
        }

        public int cached() {
            return cached.get();
        }

        /** Calls that ended in an error. */
        public int failed() {
            return failed.get();
        }
    }

    public CallCount(LanguageModel inner, Totals totals) {
        this.inner = inner;
        this.totals = totals;
    }

    @Override
    public ModelReply chat(ModelRequest request) {
        ModelReply reply;
        try {
            reply = inner.chat(request);
        } catch (RuntimeException e) {
            totals.failed.incrementAndGet();
            throw e;
        }
        (reply.cached() ? totals.cached : totals.calls).incrementAndGet();
        return reply;
    }

    @Override
    public OptionalInt contextLength(String model) {
        return inner.contextLength(model);
    }
}
