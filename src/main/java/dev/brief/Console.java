package dev.brief;

import java.io.PrintStream;

/**
 * Where notices and progress go: stderr, never stdout, and nothing at all with {@code -q}.
 * Stdout is kept for the result so that it can be piped.
 */
public final class Console {
    private final PrintStream err;
    private final boolean quiet;
    private final boolean verbose;

    public Console(PrintStream err, boolean quiet, boolean verbose) {
        this.err = err;
        this.quiet = quiet;
        this.verbose = verbose;
    }

    public static Console silent() {
        return new Console(System.err, true, false);
    }

    /** A notice the user should see, such as a skipped input or an engine fallback. */
    public void notice(String message) {
        if (!quiet) {
            err.println("brief: " + message);
        }
    }

    /** Detail only shown with {@code -v}. */
    public void debug(String message) {
        if (verbose && !quiet) {
            err.println("brief: " + message);
        }
    }

    public boolean quiet() {
        return quiet;
    }

    public boolean verbose() {
        return verbose;
    }

    public PrintStream err() {
        return err;
    }
}
