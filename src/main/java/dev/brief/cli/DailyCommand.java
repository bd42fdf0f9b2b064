package dev.brief.cli;

import dev.brief.app.Inputs;
import dev.brief.Console;
import dev.brief.app.DailyRun;
import dev.brief.app.StoryMemory;
import dev.brief.history.StoryLinker;
import dev.brief.ExitCode;
import dev.brief.Progress;
import dev.brief.domain.DailyBriefing;
import dev.brief.read.ReadResult;
import dev.brief.render.DailyRenderer;
import dev.brief.app.SiteRun;
import dev.brief.app.Topics;
import dev.brief.render.Coverage;
import dev.brief.text.Counted;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "daily", mixinStandardHelpOptions = true,
        description = {"Brief a day's articles: group them into events, brief each event that two or more outlets report, "
            + "and write one document, most-covered events first.",
            "Single-source stories go under \"Also reported\". A failed event is marked in the document, the rest is kept, and the exit code is 10."})
public final class DailyCommand implements Callable<Integer> {
    @ParentCommand
    BriefCommand parent;

    @Mixin
    InputArguments input;

    @Spec
    CommandSpec spec;

    @Mixin
    ParallelOption parallel;

    @Mixin
    ModelOptions model;

    @Mixin
    HistoryOptions history;

    @Option(names = "--no-history", description = "Use no history: every event is new, and nothing is stored.")
    boolean noHistory;

    int storyWindow = StoryLinker.DEFAULT_WINDOW_DAYS;

    @Option(names = "--story-window", paramLabel = "DAYS", defaultValue = "7",
            description = "How many days back an event may continue a story of the history. Default: ${DEFAULT-VALUE}.")
    void storyWindow(int days) {
        if (days < 1) {
            throw new ParameterException(spec.commandLine(), "--story-window must be 1 or more days (it is " + days + ")");
        }
        storyWindow = days;
    }

    @Option(names = "--full", description = "Brief every event in full, also the stories seen before, and collapse none.")
    boolean full;

    @Mixin
    CheckOption check;

    @Mixin
    OutputOptions output;

    @Mixin
    GroupingOptions groupingOptions;

    @Mixin
    ReadOptions reading;

    @Mixin
    StrictOption strict;

    @Mixin
    SiteOptions site;

    @Mixin
    TopicOptions topics;

    @Mixin
    LoggingOptions logging;

    @Override
    public Integer call() {
        output.checkTarget();
        Console console = logging.console(parent.err);
        Topics followed = topics.topics();
        try (StoryMemory memory = StoryMemory.open(new StoryMemory.Settings(noHistory ? null : history.file(), storyWindow, full), console, input.inputs);
                SiteRun siteRun = site.open(console)) {
            Instant started = Instant.now();
            ReadResult read = Inputs.read(input.inputs, reading.settings(model.noCache), console, parent.in);
            List<Coverage.Excluded> excluded = new ArrayList<>();
            DailyBriefing daily = new DailyRun(model.settings(), console, parallel.parallel, Progress.stderrIsTerminal(console), groupingOptions.windowDays)
                    .checkingWith(check.model).remembering(memory).following(followed, excluded::add).run(read.articles());
            if (!excluded.isEmpty()) {
                console.notice(Counted.of(excluded.size(), "event") + " left out by topic (--include, --exclude); the coverage lists them");
            }
            DailyRenderer renderer = new DailyRenderer().withCoverage(Coverage.of(read, excluded, site.staleAfter, started));
            if (siteRun == null || output.output != null) {
                output.emit(renderer.render(daily, output.format), parent.out);
            }
            if (siteRun != null) {
                siteRun.write(daily, renderer);
            }
            memory.remember(daily);
            return exitCode(daily, console);
        }
    }

    private int exitCode(DailyBriefing daily, Console console) {
        if (daily.failedEvents() > 0) {
            console.notice(daily.failedEvents() + " of " + Counted.of(daily.briefed().size(), "event")
                    + " could not be briefed; the document says which. Rerun to retry them: finished events come from the cache");
            return ExitCode.PARTIAL.code;
        }
        return strict.exitCode(daily.unverifiedClaims(), console);
    }
}
