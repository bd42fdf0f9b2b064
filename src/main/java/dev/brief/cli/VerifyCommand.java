package dev.brief.cli;

import dev.brief.app.VerifyRun;
import dev.brief.Console;
import dev.brief.ExitCode;
import dev.brief.domain.Briefing;
import dev.brief.verify.VerificationReport;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Check a JSON briefing (from 'brief event --format json') against its source articles again.",
            "Prints each claim's verdict and problems; exits with 1 if any claim fails."})
public final class VerifyCommand implements Callable<Integer> {
    @ParentCommand
    BriefCommand parent;

    @Parameters(index = "0", paramLabel = "BRIEFING.json",
            description = "The briefing as written by 'brief event --format json', or a 'brief daily --format json' document (every event is checked); - for stdin.")
    String briefing;

    @Parameters(index = "1..*", paramLabel = "INPUT", arity = "1..*",
            description = "The articles it was made from: files, folders, or - for stdin.")
    List<String> inputs = List.of();

    @Mixin
    LoggingOptions logging;

    @Override
    public Integer call() {
        Console console = logging.console(parent.err);
        if (briefing.equals("-") && inputs.contains("-")) {
            throw new dev.brief.BriefException(ExitCode.USAGE, "stdin can hold the briefing or an article, not both");
        }
        List<Briefing> checked = new VerifyRun(console, parent.in).run(briefing, inputs);
        boolean allVerified = true;
        for (Briefing b : checked) {
            if (checked.size() > 1) {
                parent.out.println("## " + b.headline());
            }
            parent.out.print(VerificationReport.render(b));
            allVerified &= b.verification().unverified() == 0;
        }
        parent.out.flush();
        return allVerified ? ExitCode.OK.code : ExitCode.CHECK_FAILED.code;
    }
}
