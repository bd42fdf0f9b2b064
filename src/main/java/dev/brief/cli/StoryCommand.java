package dev.brief.cli;

import dev.brief.app.HistoryRun;
import dev.brief.render.StoryRenderer;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "story", mixinStandardHelpOptions = true,
        description = "Print one story's timeline: each day's headline, what was new, and the sources.")
public final class StoryCommand implements Callable<Integer> {
    @ParentCommand
    BriefCommand parent;

    @Parameters(paramLabel = "ID", description = "The story's id, as brief stories lists it.")
    String id;

    @Mixin
    OutputOptions output;

    @Mixin
    HistoryOptions history;

    @Mixin
    LoggingOptions logging;

    @Override
    public Integer call() {
        output.checkTarget();
        String text = new StoryRenderer().story(new HistoryRun(history.file(), logging.console(parent.err)).story(id), output.format);
        output.emit(text, parent.out);
        return 0;
    }
}
