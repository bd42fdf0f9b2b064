package dev.brief.cli;

import dev.brief.Console;
import dev.brief.ExitCode;
import dev.brief.app.PromptSuite;
import dev.brief.app.PromptSuiteRunner;
import dev.brief.app.PromptSuiteRunner.Result;
import dev.brief.app.JUnitXml;
import dev.brief.render.OutputFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "test", mixinStandardHelpOptions = true,
        description = {"Run prompt test suites offline, with recorded or hand-written model answers.",
            "Each case briefs its articles and checks the result. Prints one line per case, then the counts; exit code 1 if any fails."})
public final class TestCommand implements Callable<Integer> {
    @ParentCommand
    BriefCommand parent;

    @Parameters(paramLabel = "SUITE", arity = "1..*", description = "Suite files (YAML or JSON).")
    List<Path> suites = List.of();

    @Option(names = "--junit", paramLabel = "FILE", description = "Also write a JUnit XML report to FILE, for CI.")
    Path junit;

    @Option(names = "--prompts", paramLabel = "DIR", description = "Test the prompt files in DIR instead of the bundled ones.")
    Path prompts;

    @Mixin
    LoggingOptions logging;

    @Override
    public Integer call() {
        if (junit != null) {
            OutputFile.checkWritable(junit, "--junit");
        }
        Console console = logging.console(parent.err);
        List<PromptSuite> loaded = suites.stream().map(PromptSuite::load).toList();
        PromptSuiteRunner runner = new PromptSuiteRunner(prompts, console);
        List<Result> results = new ArrayList<>();
        for (PromptSuite suite : loaded) {
            for (Result r : runner.run(suite)) {
                results.add(r);
                if (r.passed()) {
                    parent.out.println("PASS " + r.suite() + ": " + r.name());
                } else {
                    // One line per failed expectation: the first beside the case, the others below it.
                    List<String> reasons = r.reasons();
                    parent.out.println("FAIL " + r.suite() + ": " + r.name() + " — " + reasons.get(0));
                    reasons.stream().skip(1).forEach(reason -> parent.out.println("    — " + reason));
                }
                parent.out.flush();
            }
        }
        long failed = results.stream().filter(r -> !r.passed()).count();
        parent.out.println((results.size() - failed) + " passed, " + failed + " failed");
        parent.out.flush();
        if (junit != null) {
            OutputFile.write(junit, JUnitXml.render(results), "--junit");
        }
        return failed == 0 ? ExitCode.OK.code : ExitCode.CHECK_FAILED.code;
    }
}
