package dev.brief.model;

import dev.brief.BriefException;
import dev.brief.ExitCode;
import java.time.Duration;
import java.util.OptionalInt;

/**
 * Tries a call again, with a doubling pause, when the server failed in a way that may pass. A server
 * that says how long to wait (Retry-After) is waited for, up to {@link #LONGEST_PAUSE}.
 */
public final class RetryingLanguageModel implements LanguageModel {
    /** A server asking for a longer wait is asked again after this long: a run should not sit idle for hours. */
    static final Duration LONGEST_PAUSE = Duration.ofMinutes(1);

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
                Duration backoff = firstPause.multipliedBy(1L << attempt);
                pause(e.retryAfter().map(asked -> asked.compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : asked).orElse(backoff));
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
