package dev.brief.cli;

import dev.brief.app.Pipeline;
import dev.brief.model.CachingLanguageModel;
import dev.brief.domain.Engine;
import dev.brief.model.ollama.OllamaHost;
import java.nio.file.Path;
import java.time.Duration;
import picocli.CommandLine.Option;

/** Where the server and the model are, and how to talk to them: every command that may reach Ollama. */
public final class ServerOptions {
    @Option(names = {"-m", "--model"}, paramLabel = "NAME",
            description = "Ollama model (env BRIEF_MODEL; default " + Pipeline.DEFAULT_MODEL + ").")
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
            description = "How long the server may stay silent (loading, reading the prompt, between tokens): 90s, 10m. Default: ${DEFAULT-VALUE}.")
    Duration timeout;

    @Option(names = "--cache-dir", paramLabel = "DIR",
            description = "Where answers are cached (env BRIEF_CACHE_DIR; default $XDG_CACHE_HOME/brief or ~/.cache/brief).")
    Path cacheDir;

    Pipeline.Settings settings(Engine engine, boolean noCache, Path record, Path replay) {
        String chosen = model != null && !model.isBlank() ? model : env("BRIEF_MODEL", Pipeline.DEFAULT_MODEL);
        String url;
        try {
            url = OllamaHost.resolve(ollamaUrl, System.getenv("OLLAMA_HOST"));
        } catch (IllegalArgumentException e) {
            throw new dev.brief.BriefException(dev.brief.ExitCode.USAGE, e.getMessage() + "; use a form like http://127.0.0.1:11434");
        }
        if (numCtx != null && numCtx < 512) {
            throw new dev.brief.BriefException(dev.brief.ExitCode.USAGE, "--num-ctx " + numCtx + " is too small; a briefing needs at least 2048");
        }
        if (record != null && replay != null) {
            throw new dev.brief.BriefException(dev.brief.ExitCode.USAGE, "--record and --replay cannot be used together; record once, then replay");
        }
        if ((record != null || replay != null) && engine == Engine.EXTRACTIVE) {
            throw new dev.brief.BriefException(dev.brief.ExitCode.USAGE, (record != null ? "--record" : "--replay")
                    + " is about model exchanges and cannot be used with --engine extractive");
        }
        // A recording needs real exchanges and a replay must exercise the recordings: neither uses the cache.
        boolean cache = !noCache && record == null && replay == null;
        return new Pipeline.Settings(chosen, url, record != null || replay != null ? Engine.OLLAMA : engine, prompts, numCtx, timeout,
                !cache ? null : cacheDir != null ? cacheDir : CachingLanguageModel.defaultDir(), record, replay);
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v.trim();
    }
}
