package dev.brief.cli;

import dev.brief.Console;
import dev.brief.app.Pipeline;
import dev.brief.domain.Briefing;
import dev.brief.domain.Event;
import dev.brief.read.ReadResult;
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

    @Parameters(paramLabel = "INPUT", arity = "0..*",
            description = "Article files (.txt, .md, .html, .json, .jsonl, RSS/Atom .xml), folders of them, http(s) URLs of pages or feeds, or - for stdin.")
    List<String> inputs = List.of();

    @Mixin
    ModelOptions model;

    @Mixin
    OutputOptions output;

    @Mixin
    ReadOptions reading;

    @Mixin
    LoggingOptions logging;

    @Override
    public Integer call() {
        output.checkTarget();
        Console console = logging.console(parent.err);
        try (Pipeline pipeline = new Pipeline(model.settings(), console, parent.in)) {
            ReadResult read = pipeline.read(inputs, reading.settings(model.noCache));
            pipeline.noticeIfSeveralStories(read.articles());
            Briefing briefing = pipeline.briefEvent(Event.of(read.articles()));
            output.emit(output.format.render(briefing), parent.out);
        }
        return 0;
    }
}
