package dev.brief.cli;

import dev.brief.app.GroupRun;
import dev.brief.Console;
import dev.brief.group.Grouping;
import dev.brief.render.GroupingRenderer;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "group", mixinStandardHelpOptions = true,
        description = {"Group articles into events, with no model: what 'brief daily' would brief.",
            "Each event lists its articles and how similar they are to one another."})
public final class GroupCommand implements Callable<Integer> {
    @ParentCommand
    BriefCommand parent;

    @Mixin
    InputArguments input;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text", description = "text or json. Default: ${DEFAULT-VALUE}.")
    GroupingRenderer.Style format;

    @Option(names = "--no-cache", description = "Fetch web pages again instead of reusing the ones cached on disk.")
    boolean noCache;

    @Mixin
    GroupingOptions groupingOptions;

    @Mixin
    ReadOptions reading;

    @Mixin
    LoggingOptions logging;

    @Override
    public Integer call() {
        Console console = logging.console(parent.err);
        Grouping grouping = GroupRun.run(input.inputs, reading.settings(noCache), groupingOptions.windowDays, console, parent.in);
        parent.out.print(GroupingRenderer.render(grouping, format));
        parent.out.flush();
        return 0;
    }
}
