package dev.brief.cli;

import dev.brief.app.ModelSettings;
import dev.brief.app.PromptPreview;
import dev.brief.model.Backend;
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

    @Mixin
    InputArguments input;

    @Option(names = "--prompts", paramLabel = "DIR", description = "Use the prompt files in DIR instead of the bundled ones.")
    Path prompts;

    @Option(names = {"-m", "--model"}, paramLabel = "NAME", description = "The model named in the request (env BRIEF_MODEL; default " + ModelSettings.DEFAULT_MODEL + ").")
    String model;

    @Option(names = "--num-ctx", paramLabel = "N", description = "Largest context (num_ctx) to ask of the model.")
    Integer numCtx;

    @Option(names = "--backend", paramLabel = "BACKEND", description = "Show the request as this backend sends it: ollama or openai (env BRIEF_BACKEND; default ollama).")
    Backend backend;

    @Mixin
    LoggingOptions logging;

    @Override
    public Integer call() {
        String chosen = model != null && !model.isBlank() ? model : System.getenv("BRIEF_MODEL");
        Backend chosenBackend = backend != null ? backend : Backend.parse(System.getenv("BRIEF_BACKEND"));
        ModelSettings settings = ModelSettings.offline(chosen == null || chosen.isBlank() ? null : chosen.trim(),
                prompts != null ? prompts : parent.prompts, numCtx).withBackend(chosenBackend == null ? Backend.OLLAMA : chosenBackend);
        parent.parent.out.print(PromptPreview.render(settings, input.inputs, logging.console(parent.parent.err), parent.parent.in));
        parent.parent.out.flush();
        return 0;
    }
}
