package dev.brief.cli;

import dev.brief.BriefException;
import dev.brief.ExitCode;
import dev.brief.model.openai.ApiKey;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.function.UnaryOperator;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/** Entry point: runs the command line and turns failures into one stderr line and an exit code. */
public final class Main {
    private static final String OUT_OF_MEMORY =
            "brief: out of memory; give Java more with BRIEF_JAVA_OPTS=-Xmx4g (the ./brief launcher passes it on), or pass fewer articles";

    private Main() {}

    private static boolean causedBy(Throwable e, Class<? extends Throwable> kind) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (kind.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    static final String STDOUT_FAILED = "could not write the result to standard output (a full disk or a closed pipe);"
            + " free space, or write it with -o FILE";

    public static void main(String[] args) {
        int code = run(args, System.in, System.out, System.err);
        stopHttpClientSelectors();
        System.exit(code);
    }

    /**
     * Java 17 waits up to 300 ms at exit for every thread blocked in native code, and each JDK HTTP
     * client keeps one selector thread blocked in epoll until it is collected: a third of a short run.
     * The selector loop ends when its thread is interrupted; the run is over, so nothing is in flight.
     */
    static void stopHttpClientSelectors() {
        ThreadGroup root = Thread.currentThread().getThreadGroup();
        while (root.getParent() != null) {
            root = root.getParent();
        }
        Thread[] threads = new Thread[root.activeCount() + 8];
        int count = root.enumerate(threads);
        for (int i = 0; i < count; i++) {
            Thread t = threads[i];
            if (t.getName().startsWith("HttpClient-") && t.getName().endsWith("-SelectorManager")) {
                t.interrupt();
                try {
                    t.join(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
            // The version needs none of the command tree, whose reflective set-up is most of a cold start.
            out.println(new BriefCommand.Version().getVersion()[0]);
            out.flush();
            return 0;
        }
        // Whatever a failure carries (a server's error text, a stack trace), the API key is not printed.
        ApiKey key = ApiKey.fromEnvironment(System.getenv());
        UnaryOperator<String> redact = text -> key == null ? text : key.redact(text);
        BriefCommand root = new BriefCommand(in, out, err);
        CommandLine cli = BriefCommand.commandLine(root, args);
        cli.setOut(new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), true));
        cli.setErr(new PrintWriter(new java.io.OutputStreamWriter(err, StandardCharsets.UTF_8), true));
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        // Every date option reads the same forms and fails with the same message.
        cli.registerConverter(java.time.LocalDate.class, new DateConverter());
        cli.setExitCodeExceptionMapper(e -> e instanceof BriefException b ? b.exitCode().code : ExitCode.INTERNAL.code);
        cli.setParameterExceptionHandler((e, a) -> {
            String message = lowerCaseChoices(e.getMessage());
            if (!"daily".equals(e.getCommandLine().getCommandName())) {
                message = message.replace("markdown, json, html, atom", "markdown, json, html"); // an Atom feed is brief daily's
            }
            err.println("brief: " + message + suggestion(e) + " (see: "
                    + e.getCommandLine().getCommandSpec().qualifiedName() + " --help)");
            return ExitCode.USAGE.code;
        });
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            boolean verbose = verbose(parseResult);
            if (causedBy(e, OutOfMemoryError.class)) {
                // Out of memory in a worker thread arrives wrapped; it is still out of memory.
                err.println(OUT_OF_MEMORY);
                if (verbose) {
                    e.printStackTrace(err);
                }
                return ExitCode.INTERNAL.code;
            }
            if (e instanceof BriefException b) {
                // A usage mistake found after parsing ends as those found while parsing do.
                String help = b.exitCode() == ExitCode.USAGE ? " (see: " + commandLine.getCommandSpec().qualifiedName() + " --help)" : "";
                err.println("brief: " + redact.apply(b.getMessage()) + help);
                if (verbose) {
                    err.print(redact.apply(stackTrace(e)));
                }
                return b.exitCode().code;
            }
            err.println("brief: internal error: " + redact.apply(String.valueOf(e)) + (verbose ? "" : " (rerun with -v for the stack trace, and please report it)"));
            if (verbose) {
                err.print(redact.apply(stackTrace(e)));
            }
            return ExitCode.INTERNAL.code;
        });
        try {
            int code = cli.execute(args);
            if (code == 0 && out.checkError()) {
                // A PrintStream swallows write errors: a full disk or a closed pipe would otherwise end in success.
                err.println("brief: " + STDOUT_FAILED);
                return ExitCode.OUTPUT.code;
            }
            return code;
        } catch (OutOfMemoryError e) {
            err.println(OUT_OF_MEMORY);
            return ExitCode.INTERNAL.code;
        } catch (StackOverflowError e) {
            err.println("brief: an input is nested too deeply to read (stack overflow); rerun with -v to see which, and leave it out");
            return ExitCode.INTERNAL.code;
        }
    }

    /** "brief evnt": picocli knows the commands and options that are close to what was typed. */
    private static String suggestion(CommandLine.ParameterException e) {
        if (e instanceof CommandLine.UnmatchedArgumentException u && !u.getSuggestions().isEmpty()) {
            return "; did you mean " + String.join(" or ", u.getSuggestions().stream().limit(3).toList()) + "?";
        }
        return "";
    }

    private static String stackTrace(Throwable e) {
        java.io.StringWriter text = new java.io.StringWriter();
        e.printStackTrace(new PrintWriter(text));
        return text.toString();
    }

    /** Picocli lists enum choices as Java names; the help and the user write them in lower case. */
    static String lowerCaseChoices(String message) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("expected one of \\[([A-Z_, ]+)\\] \\(case-insensitive\\)").matcher(message);
        if (!m.find()) {
            return message;
        }
        return message.substring(0, m.start()) + "expected one of " + m.group(1).toLowerCase(java.util.Locale.ROOT) + message.substring(m.end());
    }

    private static boolean verbose(ParseResult parseResult) {
        for (ParseResult p = parseResult; p != null; p = p.subcommand()) {
            if (p.hasMatchedOption("--verbose")) {
                return true;
            }
        }
        return false;
    }
}
