package dev.brief.cli;

import java.io.InputStream;
import java.io.PrintStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;

@Command(name = "brief",
        mixinStandardHelpOptions = true,
        versionProvider = BriefCommand.Version.class,
        description = {
            "Sourced briefings of news events, written by a local LLM through Ollama.",
            "Every statement cites its sources, and every citation is checked."},
        subcommands = {EventCommand.class, DailyCommand.class, StoriesCommand.class, StoryCommand.class, HistoryCommand.class, GroupCommand.class, ReadCommand.class, VerifyCommand.class, PromptsCommand.class,
            TestCommand.class, DoctorCommand.class, picocli.CommandLine.HelpCommand.class},
        footer = {"", "Run 'brief COMMAND --help' for a command's options. Exit codes are listed in the README."})
public final class BriefCommand implements java.util.concurrent.Callable<Integer> {
    final InputStream in;
    final PrintStream out;
    final PrintStream err;

    BriefCommand(InputStream in, PrintStream out, PrintStream err) {
        this.in = in;
        this.out = out;
        this.err = err;
    }

    /** Picocli needs a no-argument constructor for help generation in some tools. */
    BriefCommand() {
        this(System.in, System.out, System.err);
    }

    /** Without a command there is nothing to do: show the usage and fail like any usage error. */
    @Override
    public Integer call() {
        new picocli.CommandLine(this).usage(err);
        return dev.brief.ExitCode.USAGE.code;
    }

    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = BriefCommand.class.getPackage().getImplementationVersion();
            return new String[] {"brief " + (v == null ? "dev" : v)};
        }
    }
}
