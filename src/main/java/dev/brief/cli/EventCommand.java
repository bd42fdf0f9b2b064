package dev.brief.cli;

import dev.brief.app.EventRun;
import dev.brief.Console;
import dev.brief.domain.Briefing;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "event", mixinStandardHelpOptions = true,
        description = {"Brief one event: the articles given are taken as reports of the same story.",
            "Prints what happened, where the sources agree and where they differ, each statement citing its sources."})
public final class EventCommand implements Callable<Integer> {
    @ParentCommand
    BriefCommand parent;

    @Mixin
    InputArguments input;

    @Mixin
    ModelOptions model;

    @Mixin
    OutputOptions output;

    @Mixin
    ReadOptions reading;

    @Mixin
    StrictOption strict;

    @Mixin
    ParallelOption parallel;

    @Mixin
    CheckOption check;

    @Mixin
    LoggingOptions logging;

    @Override
    public Integer call() {
        output.checkTarget();
        Console console = logging.console(parent.err);
        Briefing briefing = new EventRun(model.settings(), console, parent.in, parallel.parallel, check.model).run(input.inputs, reading.settings(model.noCache));
        output.emit(output.format.render(briefing), parent.out);
        return strict.exitCode(briefing.verification().unverified(), console);
    }
}
