package dev.brief.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** --parallel: how many model calls may run at once on each server (brief event: a long event's map calls; brief daily: its events too). */
final class ParallelOption {
    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    int parallel = 1;

    /** Checked while parsing, so that a wrong value stops the run before any input is read. */
    @Option(names = "--parallel", paramLabel = "N", defaultValue = "1",
            description = "Make up to N model calls at once on each server: brief up to N events at once (daily) and take notes on a long event's articles N at a time. Match the server's OLLAMA_NUM_PARALLEL (Ollama's default is 1). Default: ${DEFAULT-VALUE}.")
    void parallel(int n) {
        if (n < 1) {
            throw new ParameterException(spec.commandLine(), "--parallel must be 1 or more (it is " + n + ")");
        }
        parallel = n;
    }
}
