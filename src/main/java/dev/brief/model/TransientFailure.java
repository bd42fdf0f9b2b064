package dev.brief.model;

import dev.brief.BriefException;
import dev.brief.ExitCode;
import java.time.Duration;
import java.util.Optional;

/** A failure worth another try: a busy or restarting server, or a dropped connection. */
public final class TransientFailure extends BriefException {
    private final Duration retryAfter;

    public TransientFailure(String message) {
        this(message, null, null);
    }

    public TransientFailure(String message, Throwable cause) {
        this(message, cause, null);
    }

    /** @param retryAfter how long the server asked us to wait (its Retry-After header), or null */
    public TransientFailure(String message, Throwable cause, Duration retryAfter) {
        super(ExitCode.SERVER, message, cause);
        this.retryAfter = retryAfter;
    }

    /** The wait the server asked for, when it said. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
