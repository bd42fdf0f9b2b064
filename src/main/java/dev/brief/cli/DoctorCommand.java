package dev.brief.cli;

import dev.brief.app.Doctor;
import dev.brief.ExitCode;
import dev.brief.app.ModelSettings;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

@Command(name = "doctor", mixinStandardHelpOptions = true,
        description = {"Check the model server (each one of a pool; Ollama or OpenAI-compatible), the model and its context length, the prompts and the cache folder.",
            "Prints one line per check, with the fix for each failure; exits 1 if any check fails."})
public final class DoctorCommand implements Callable<Integer> {
    @ParentCommand
    BriefCommand parent;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    ServerOptions server;

    @picocli.CommandLine.Option(names = "--no-cache", description = "Skip the cache check, for runs that pass --no-cache.")
    boolean noCache;

    @Mixin
    LoggingOptions logging;

    @Override
    public Integer call() {
        // --timeout bounds each check when given; without it doctor asks quickly, not with the 10m a briefing gets
        boolean timeoutGiven = spec.commandLine().getParseResult().hasMatchedOption("--timeout");
        ModelSettings settings = server.settings(dev.brief.domain.Engine.AUTO, noCache, null, null);
        List<Doctor.Check> checks = new Doctor(settings, timeoutGiven ? settings.timeout() : Doctor.TIMEOUT).run();
        for (Doctor.Check c : checks) {
            parent.out.printf(Locale.ROOT, "%-5s %-8s %s%n", c.status() == Doctor.Status.FAIL ? "FAIL" : c.status().name().toLowerCase(Locale.ROOT),
                    c.name(), c.detail());
        }
        parent.out.flush();
        return Doctor.allPassed(checks) ? ExitCode.OK.code : ExitCode.CHECK_FAILED.code;
    }
}
