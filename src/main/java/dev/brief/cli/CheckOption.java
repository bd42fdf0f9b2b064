package dev.brief.cli;

import picocli.CommandLine.Option;

/** --check-with MODEL: the optional model check of disputed or uncertain statements. */
final class CheckOption {
    @Option(names = "--check-with", paramLabel = "MODEL",
            description = "Also ask MODEL, on the same server, whether each statement the checks dispute or doubt is supported by the passage it cites "
                    + "(a fact-checking model such as bespoke-minicheck, or the briefing model). One short call per such statement, cached. Off by default.")
    String model;
}
