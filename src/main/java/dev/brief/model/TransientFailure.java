package dev.brief.model;

import dev.brief.BriefException;
import dev.brief.ExitCode;

/** A failure worth another try: a busy or restarting server, or a dropped connection. */
public final class TransientFailure extends BriefException {
    public TransientFailure(String message) {
        super(ExitCode.SERVER, message);
    }

    public TransientFailure(String message, Throwable cause) {
        super(ExitCode.SERVER, message, cause);
    }
}
