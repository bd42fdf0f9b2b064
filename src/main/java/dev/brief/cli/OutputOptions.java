package dev.brief.cli;

import dev.brief.BriefException;
import dev.brief.ExitCode;
import dev.brief.render.Format;
import dev.brief.render.OutputFile;
import java.io.PrintStream;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** --format and -o, for commands that print a briefing. */
public final class OutputOptions {
    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "markdown",
            description = "markdown, json, html, or atom (brief daily: one feed entry per event). Default: ${DEFAULT-VALUE}.")
    Format format;

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE (atomically) instead of stdout.")
    Path output;

    /** Called before any work, so that a bad -o fails in a second, not after the model has written. */
    void checkTarget() {
        if (format == Format.ATOM && !"daily".equals(command.name())) {
            throw new BriefException(ExitCode.USAGE, "--format atom is for brief daily; choose markdown, json or html");
        }
        if (output != null) {
            OutputFile.checkWritable(output, "-o");
        }
    }

    /** Prints or writes the result; a failed print ends the run before anything is stored in the history. */
    void emit(String text, PrintStream out) {
        if (output == null) {
            out.print(text);
            out.flush();
            if (out.checkError()) {
                throw new BriefException(ExitCode.OUTPUT, Main.STDOUT_FAILED);
            }
        } else {
            OutputFile.write(output, text);
        }
    }
}
