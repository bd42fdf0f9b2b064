package dev.brief.cli;

import dev.brief.render.Format;
import dev.brief.render.OutputFile;
import java.io.PrintStream;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** --format and -o, for commands that print a briefing. */
public final class OutputOptions {
    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "markdown",
            description = "markdown, json or html. Default: ${DEFAULT-VALUE}.")
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE (atomically) instead of stdout.")
    Path output;

    /** Called before any work, so that a bad -o fails in a second, not after the model has written. */
    void checkTarget() {
        if (output != null) {
            OutputFile.checkWritable(output, "-o");
        }
    }

    void emit(String text, PrintStream out) {
        if (output == null) {
            out.print(text);
            out.flush();
        } else {
            OutputFile.write(output, text);
        }
    }
}
