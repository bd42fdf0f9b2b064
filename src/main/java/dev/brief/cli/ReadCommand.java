package dev.brief.cli;

import dev.brief.app.Inputs;
import dev.brief.Console;
import dev.brief.read.ReadResult;
import dev.brief.render.ArticleTable;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "read", mixinStandardHelpOptions = true,
        description = {"Show what brief understood of each input: id, outlet, title, date, URL, words and duplicates.",
            "Skipped inputs are listed on stderr with the reason."})
public final class ReadCommand implements Callable<Integer> {
    @ParentCommand
    BriefCommand parent;

    @Mixin
    InputArguments input;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "table", description = "table or json. Default: ${DEFAULT-VALUE}.")
    ArticleTable.Style format;

    @Option(names = "--text", description = "Include each article's text (json only).")
    boolean text;

    @Option(names = "--no-cache", description = "Fetch web pages again instead of reusing the ones cached on disk.")
    boolean noCache;

    @Mixin
    ReadOptions reading;

    @Mixin
    LoggingOptions logging;

    @Override
    public Integer call() {
        Console console = logging.console(parent.err);
        ReadResult read = Inputs.read(input.inputs, reading.settings(noCache), console, parent.in);
        parent.out.print(new ArticleTable(format, text).render(read.articles()));
        parent.out.flush();
        return 0;
    }
}
