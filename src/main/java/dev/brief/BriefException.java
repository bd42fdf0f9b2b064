package dev.brief;

/**
 * A failure the user can act on. The message is the one line printed on stderr: what happened and
 * what to do about it.
 */
public class BriefException extends RuntimeException {
    private final ExitCode exitCode;

    public BriefException(ExitCode exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    public BriefException(ExitCode exitCode, String message, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    public ExitCode exitCode() {
        return exitCode;
    }
}
