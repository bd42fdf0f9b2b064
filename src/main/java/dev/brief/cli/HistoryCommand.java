package dev.brief.cli;

import dev.brief.app.HistoryRun;
import dev.brief.history.HistoryStore;
import dev.brief.text.Counted;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "history", mixinStandardHelpOptions = true,
        description = {"Trim the history of daily runs: --forget-before DATE deletes the runs of the days before DATE, "
            + "with their events, articles and briefings, and says what it deleted.",
            "The history is one file; see docs/history.md to move or delete it."})
public final class HistoryCommand implements Callable<Integer> {
    @ParentCommand
    BriefCommand parent;

    @Option(names = "--forget-before", paramLabel = "DATE", required = true, description = "Delete the runs of the days before DATE (2025-07-10, today, yesterday).")
    LocalDate before;

    @Mixin
    HistoryOptions history;

    @Mixin
    LoggingOptions logging;

    @Override
    public Integer call() {
        HistoryStore.Forgotten f = new HistoryRun(history.file(), logging.console(parent.err)).forgetBefore(before);
        parent.out.println("deleted " + Counted.of(f.runs(), "run") + " of the days before " + f.before() + ": "
                + Counted.of(f.events(), "event") + ", " + Counted.of(f.articles(), "article") + "; " + Counted.of(f.stories(), "story", "stories")
                + (f.stories() == 1 ? " had no later day and is gone" : " had no later day and are gone"));
        parent.out.flush();
        return 0;
    }
}
