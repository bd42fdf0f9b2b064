package dev.brief.cli;

import dev.brief.Console;
import java.io.PrintStream;
import picocli.CommandLine.Option;

/** -v and -q, shared by every command. */
public final class LoggingOptions {
    @Option(names = {"-v", "--verbose"}, description = "Show details and, on failure, the stack trace.")
    boolean verbose;

    @Option(names = {"-q", "--quiet"}, description = "Print nothing on stderr but errors.")
    boolean quiet;

    Console console(PrintStream err) {
        return new Console(err, quiet, verbose);
    }
}
