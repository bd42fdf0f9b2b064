package dev.brief.cli;

import dev.brief.app.ModelSettings;
import dev.brief.domain.Engine;
import dev.brief.model.ollama.OllamaHost;
import java.nio.file.Path;
import java.time.Duration;
import picocli.CommandLine.Option;

/** Where the server and the model are, and how to talk to them: every command that may reach Ollama. */
public final class ServerOptions {
    @Option(names = {"-m", "--model"}, paramLabel = "NAME",
            description = "Ollama model (env BRIEF_MODEL; default " + ModelSettings.DEFAULT_MODEL + ").")
    String model;

    @Option(names = "--ollama-url", paramLabel = "URL",
            description = "Ollama server (env OLLAMA_HOST, in the forms Ollama accepts; default " + OllamaHost.DEFAULT + ").")
    String ollamaUrl;

    @Option(names = "--prompts", paramLabel = "DIR", description = "Use the prompt files in DIR instead of the bundled ones.")
    Path prompts;

    @Option(names = "--num-ctx", paramLabel = "N",
            description = "Largest context (num_ctx) to ask of the model. brief sizes it to each prompt, up to this.")
    Integer numCtx;

    @Option(names = "--timeout", paramLabel = "DURATION", defaultValue = "10m", converter = DurationConverter.class,
            description = "How long the server may stay silent (loading, reading the prompt, between tokens): 90s, 10m. Default: ${DEFAULT-VALUE}; brief doctor waits 5s a check unless given.")
    Duration timeout;

    @Option(names = "--cache-dir", paramLabel = "DIR",
            description = "Where answers are cached (env BRIEF_CACHE_DIR; default $XDG_CACHE_HOME/brief or ~/.cache/brief).")
    Path cacheDir;

    ModelSettings settings(Engine engine, boolean noCache, Path record, Path replay) {
        return ModelSettings.of(model != null && !model.isBlank() ? model : System.getenv("BRIEF_MODEL"), ollamaUrl,
                System.getenv("OLLAMA_HOST"), engine, prompts, numCtx, timeout, noCache, cacheDir, record, replay);
    }
}
