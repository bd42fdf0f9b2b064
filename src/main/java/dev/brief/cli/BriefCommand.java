package dev.brief.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "brief",
        mixinStandardHelpOptions = true,
        versionProvider = BriefCommand.Version.class,
        description = {
            "Sourced briefings of news events, written by a local LLM through Ollama.",
            "Every statement cites its sources, and every citation is checked."},
        footer = {"", "Run 'brief COMMAND --help' for a command's options. Exit codes are listed in the README."})
public final class BriefCommand implements java.util.concurrent.Callable<Integer> {
    /** The commands, in the order 'brief --help' lists them. */
    static final List<Class<?>> COMMANDS = List.of(EventCommand.class, DailyCommand.class, StoriesCommand.class, StoryCommand.class,
            HistoryCommand.class, GroupCommand.class, ReadCommand.class, VerifyCommand.class, PromptsCommand.class, TestCommand.class,
            DoctorCommand.class, CommandLine.HelpCommand.class);

    @Spec
    CommandSpec spec;

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
        spec.commandLine().usage(err);
        return dev.brief.ExitCode.USAGE.code;
    }

    /**
     * The command line for these arguments. Picocli builds a command's model by reflection, which is
     * a good part of a short run's start, so a run that names its command gets only that one; any other
     * (no command, an option, a typo to suggest a fix for, 'help') gets them all.
     */
    static CommandLine commandLine(BriefCommand root, String[] args) {
        CommandLine cli = new CommandLine(root);
        String first = args.length == 0 ? null : args[0];
        boolean named = first != null && !first.equals("help")
                && COMMANDS.stream().anyMatch(c -> c.getAnnotation(Command.class).name().equals(first));
        for (Class<?> command : COMMANDS) {
            if (!named || command.getAnnotation(Command.class).name().equals(first)) {
                cli.addSubcommand(command);
            }
        }
        return cli;
    }

    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = BriefCommand.class.getPackage().getImplementationVersion();
            return new String[] {"brief " + (v == null ? "dev" : v)};
        }
    }
}
