package dev.brief.cli;

import dev.brief.app.ModelSettings;
import dev.brief.domain.Engine;
import dev.brief.model.Backend;
import dev.brief.model.ollama.OllamaHost;
import dev.brief.model.openai.ApiKey;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** Where the servers and the model are, and how to talk to them: every command that may reach a model server. */
public final class ServerOptions {
    @Option(names = {"-m", "--model"}, paramLabel = "NAME",
            description = "The model, as the server names it (env BRIEF_MODEL; default " + ModelSettings.DEFAULT_MODEL + ").")
    String model;

    @Option(names = "--backend", paramLabel = "BACKEND",
            description = "ollama, or openai for a server with the OpenAI chat API: llama-server, LM Studio, vLLM (env BRIEF_BACKEND; default ollama).")
    Backend backend;

    @Option(names = "--ollama-url", paramLabel = "URL",
            description = "Ollama server; repeat it, or list several with commas, for a pool (env OLLAMA_HOST, in the forms Ollama accepts; default "
                    + OllamaHost.DEFAULT + ").")
    List<String> ollamaUrls = new ArrayList<>();

    @Option(names = "--base-url", paramLabel = "URL",
            description = "With --backend openai: the server's API, such as http://127.0.0.1:8080/v1; repeat it, or list several with commas,"
                    + " for a pool (env BRIEF_BASE_URL). The API key, if the server needs one, is read from BRIEF_API_KEY or OPENAI_API_KEY only.")
    List<String> baseUrls = new ArrayList<>();

    @Option(names = "--prompts", paramLabel = "DIR", description = "Use the prompt files in DIR instead of the bundled ones.")
    Path prompts;

    @Option(names = "--num-ctx", paramLabel = "N",
            description = "Largest context (num_ctx) to ask of the model. brief sizes it to each prompt, up to this."
                    + " With --backend openai: the server's context, when the server does not say it.")
    Integer numCtx;

    @Option(names = "--timeout", paramLabel = "DURATION", defaultValue = "10m", converter = DurationConverter.class,
            description = "How long the server may stay silent (loading, reading the prompt, between tokens): 90s, 10m. Default: ${DEFAULT-VALUE}; brief doctor waits 5s a check unless given.")
    Duration timeout;

    @Option(names = "--cache-dir", paramLabel = "DIR",
            description = "Where answers are cached (env BRIEF_CACHE_DIR; default $XDG_CACHE_HOME/brief or ~/.cache/brief).")
    Path cacheDir;

    ModelSettings settings(Engine engine, boolean noCache, Path record, Path replay) {
        ModelSettings.Servers servers = new ModelSettings.Servers(backend, System.getenv("BRIEF_BACKEND"), ollamaUrls, System.getenv("OLLAMA_HOST"),
                baseUrls, System.getenv("BRIEF_BASE_URL"), ApiKey.fromEnvironment(System.getenv()));
        return ModelSettings.of(model != null && !model.isBlank() ? model : System.getenv("BRIEF_MODEL"), servers, engine, prompts, numCtx,
                timeout, noCache, cacheDir, record, replay);
    }
}
