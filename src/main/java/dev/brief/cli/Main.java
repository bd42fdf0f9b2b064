package dev.brief.cli;

import dev.brief.BriefException;
import dev.brief.ExitCode;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/** Entry point: runs the command line and turns failures into one stderr line and an exit code. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.exit(run(args, System.in, System.out, System.err));
    }

    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
            // The version needs none of the command tree, whose reflective set-up is most of a cold start.
            out.println(new BriefCommand.Version().getVersion()[0]);
            out.flush();
            return 0;
        }
        BriefCommand root = new BriefCommand(in, out, err);
        CommandLine cli = new CommandLine(root);
        cli.setOut(new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), true));
        cli.setErr(new PrintWriter(new java.io.OutputStreamWriter(err, StandardCharsets.UTF_8), true));
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setExitCodeExceptionMapper(e -> e instanceof BriefException b ? b.exitCode().code : ExitCode.INTERNAL.code);
        cli.setParameterExceptionHandler((e, a) -> {
            err.println("brief: " + lowerCaseChoices(e.getMessage()) + " (see: " + e.getCommandLine().getCommandSpec().qualifiedName() + " --help)");
            return ExitCode.USAGE.code;
        });
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            boolean verbose = verbose(parseResult);
            if (e instanceof BriefException b) {
                err.println("brief: " + b.getMessage());
                if (verbose) {
                    e.printStackTrace(err);
                }
                return b.exitCode().code;
            }
            err.println("brief: internal error: " + e + (verbose ? "" : " (rerun with -v for the stack trace, and please report it)"));
            if (verbose) {
                e.printStackTrace(err);
            }
            return ExitCode.INTERNAL.code;
        });
        return cli.execute(args);
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
