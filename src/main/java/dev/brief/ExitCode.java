package dev.brief;

/** The process exit codes. The README's table lists the same values; keep them in step. */
public enum ExitCode {
    OK(0),
    /** A `brief test` case failed, or `brief doctor` found a problem. */
    CHECK_FAILED(1),
    /** Bad command line: unknown option, missing argument. */
    USAGE(2),
    /** No usable input: missing, unreadable, empty or binary files, a bad prompts folder, an unknown story id. */
    INPUT(3),
    /** The model server could not be reached. */
    UNREACHABLE(4),
    /** The model is not on the server (not pulled, or not served). */
    MODEL_MISSING(5),
    /** The server timed out or answered with a server error. */
    SERVER(6),
    /** The model's answer was still invalid after one repair round-trip. */
    INVALID_OUTPUT(7),
    /** The prompt does not fit the model's context, or the server cut it. */
    CONTEXT(8),
    /** The output file could not be written. */
    OUTPUT(9),
    /** Some events or inputs failed; the rest of the result was written. */
    PARTIAL(10),
    /** --replay: no recorded exchange matches a request; the message names what changed. */
    NO_RECORDING(11),
    /** --strict: the result was written, but a claim is unverified. (A failed event is PARTIAL, strict or not.) */
    NOT_CLEAN(12),
    /** The server wants an API key (BRIEF_API_KEY or OPENAI_API_KEY), or refused the one given. */
    AUTH(13),
    /** The history file cannot be used: not brief's, of a newer brief, busy, or unwritable. */
    HISTORY(14),
    /** A bug: anything not foreseen above. */
    INTERNAL(70);

    public final int code;

    ExitCode(int code) {
        this.code = code;
    }
}
