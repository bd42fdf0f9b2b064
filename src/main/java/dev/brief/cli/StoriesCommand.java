package dev.brief.cli;

import dev.brief.app.HistoryRun;
import dev.brief.history.StoryRecord;
import dev.brief.render.StoryRenderer;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "stories", mixinStandardHelpOptions = true,
        description = "List the stories of the history: id, first and last day, days, articles, outlets, title; the latest first.")
public final class StoriesCommand implements Callable<Integer> {
    enum Layout { TABLE, JSON }

    @ParentCommand
    BriefCommand parent;

    @Option(names = "--since", paramLabel = "DATE", description = "Only stories reported on or after DATE (2025-07-10, today, yesterday).")
    LocalDate since;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "table", description = "table or json. Default: ${DEFAULT-VALUE}.")
    Layout format;

    @Mixin
    HistoryOptions history;

    @Mixin
    LoggingOptions logging;

    @Override
    public Integer call() {
        List<StoryRecord> stories = new HistoryRun(history.file(), logging.console(parent.err)).stories(since);
        StoryRenderer r = new StoryRenderer();
        parent.out.print(format == Layout.JSON ? r.json(stories) : r.table(stories));
        parent.out.flush();
        return 0;
    }
}
