package dev.brief.cli;

import dev.brief.app.Pipeline;
import dev.brief.engine.llm.LlmBriefer;
import dev.brief.domain.Event;
import dev.brief.read.ReadResult;
import dev.brief.render.RequestText;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "render", mixinStandardHelpOptions = true,
        description = {"Print the exact request 'brief event' would send for these articles, calling no model.",
            "Shows the model, the options, a token estimate, every message and the JSON schema."})
public final class PromptsRenderCommand implements Callable<Integer> {
    @ParentCommand
    PromptsCommand parent;

    @Parameters(paramLabel = "INPUT", arity = "0..*", description = "Article files, folders of them, URLs, feeds, JSON Lines, or - for stdin (as brief read takes them).")
    List<String> inputs = List.of();

    @Option(names = "--prompts", paramLabel = "DIR", description = "Use the prompt files in DIR instead of the bundled ones.")
    Path prompts;

    @Option(names = {"-m", "--model"}, paramLabel = "NAME", description = "The model named in the request (env BRIEF_MODEL; default " + Pipeline.DEFAULT_MODEL + ").")
    String model;

    @Option(names = "--num-ctx", paramLabel = "N", description = "Largest context (num_ctx) to ask of the model.")
    Integer numCtx;

    @Mixin
    LoggingOptions logging;

    @Override
    public Integer call() {
        String chosen = model != null && !model.isBlank() ? model : System.getenv("BRIEF_MODEL");
        Pipeline.Settings settings = Pipeline.Settings.offline(chosen == null || chosen.isBlank() ? null : chosen.trim(),
                prompts != null ? prompts : parent.prompts, numCtx);
        try (Pipeline pipeline = new Pipeline(settings, logging.console(parent.parent.err), parent.parent.in)) {
            ReadResult read = pipeline.read(inputs);
            Event event = Event.of(read.articles());
            LlmBriefer briefer = pipeline.llmBriefer();
            if (briefer.needsMapReduce(event)) {
                logging.console(parent.parent.err).notice("these articles do not fit the context in one call, so 'brief event' would first"
                        + " reduce each one to notes (prompts/map.md) and brief the notes (prompts/reduce.md); shown is the full-text request, for reference");
            }
            parent.parent.out.print(RequestText.render(briefer.request(event)));
            parent.parent.out.flush();
        }
        return 0;
    }
}
