package dev.brief;

/**
 * A failure the user can act on. The message is the one line printed on stderr: what happened and
 * what to do about it.
 */
public class BriefException extends RuntimeException {
    private final ExitCode exitCode;
    private final String what;

    public BriefException(ExitCode exitCode, String message) {
        this(exitCode, message, (Throwable) null);
    }

    public BriefException(ExitCode exitCode, String message, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
        this.what = message;
    }

    /** A failure told in two parts: what happened, and what to do about it. */
    public BriefException(ExitCode exitCode, String what, String todo, Throwable cause) {
        super(what + "; " + todo, cause);
        this.exitCode = exitCode;
        this.what = what;
    }

    /** What happened, without the advice: for a caller that says what it does about it instead. */
    public String what() {
        return what;
    }

    public ExitCode exitCode() {
        return exitCode;
    }
}
