package dev.brief.model;

import dev.brief.BriefException;
import dev.brief.ExitCode;
import java.time.Duration;
import java.util.OptionalInt;

/** Tries a call again, with a doubling pause, when the server failed in a way that may pass. */
public final class RetryingLanguageModel implements LanguageModel {
    private final LanguageModel inner;
    private final int maxRetries;
    private final Duration firstPause;

    public RetryingLanguageModel(LanguageModel inner, int maxRetries, Duration firstPause) {
        this.inner = inner;
        this.maxRetries = maxRetries;
        this.firstPause = firstPause;
    }

    @Override
    public ModelReply chat(ModelRequest request) {
        for (int attempt = 0; ; attempt++) {
            try {
                return inner.chat(request);
            } catch (TransientFailure e) {
                if (attempt >= maxRetries) {
                    throw e;
                }
                pause(firstPause.multipliedBy(1L << attempt));
            }
        }
    }

    @Override
    public OptionalInt contextLength(String model) {
        return inner.contextLength(model);
    }

    private static void pause(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BriefException(ExitCode.SERVER, "interrupted while waiting to ask the model again");
        }
    }
}
