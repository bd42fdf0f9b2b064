package dev.brief.app;

import dev.brief.BriefException;
import dev.brief.ExitCode;
import dev.brief.domain.Engine;
import dev.brief.model.ollama.OllamaHost;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Which model, on which server, through which layers: everything a run needs to talk to a model,
 * with the rules that tie the options together applied once, here.
 *
 * @param maxNumCtx the largest num_ctx to send, or null for no limit
 * @param cacheDir  where model answers are cached, or null for no cache
 * @param recordDir where to record every exchange with the server (--record), or null
 * @param replayDir recorded exchanges to answer from instead of the server (--replay), or null
 */
public record ModelSettings(String model, String ollamaUrl, Engine engine, Path promptsDir, Integer maxNumCtx,
        Duration timeout, Path cacheDir, Path recordDir, Path replayDir) {
    public static final String DEFAULT_MODEL = "qwen2.5:7b";
    public static final double TEMPERATURE = 0.0;
    public static final int SEED = 42;
    public static final int ANSWER_TOKENS = 2048;
    /** How long --engine auto waits for the server before falling back to the extractive engine. */
    public static final Duration AUTO_CHECK_TIMEOUT = Duration.ofSeconds(2);

    /**
     * The settings of a run from what the user asked for.
     *
     * @param model     the model asked for, or null for the default
     * @param urlOption --ollama-url, or null
     * @param urlEnv    OLLAMA_HOST, or null
     * @param cacheDir  --cache-dir, or null for the default folder
     */
    public static ModelSettings of(String model, String urlOption, String urlEnv, Engine engine, Path promptsDir, Integer numCtx,
            Duration timeout, boolean noCache, Path cacheDir, Path record, Path replay) {
        String url;
        try {
            url = OllamaHost.resolve(urlOption, urlEnv);
        } catch (IllegalArgumentException e) {
            throw new BriefException(ExitCode.USAGE, e.getMessage() + "; use a form like http://127.0.0.1:11434");
        }
        if (numCtx != null && numCtx < 512) {
            throw new BriefException(ExitCode.USAGE, "--num-ctx " + numCtx + " is too small; a briefing needs at least 2048");
        }
        if (record != null && replay != null) {
            throw new BriefException(ExitCode.USAGE, "--record and --replay cannot be used together; record once, then replay");
        }
        if ((record != null || replay != null) && engine == Engine.EXTRACTIVE) {
            throw new BriefException(ExitCode.USAGE, (record != null ? "--record" : "--replay")
                    + " is about model exchanges and cannot be used with --engine extractive");
        }
        // A recording needs real exchanges and a replay must exercise the recordings: neither uses the cache.
        boolean cache = !noCache && record == null && replay == null;
        return new ModelSettings(model == null || model.isBlank() ? DEFAULT_MODEL : model.trim(), url,
                record != null || replay != null ? Engine.OLLAMA : engine, promptsDir, numCtx, timeout,
                !cache ? null : cacheDir != null ? cacheDir : Folders.cache(), record, replay);
    }

    /** Settings that call no server until told otherwise: for rendering prompts and for brief test. */
    public static ModelSettings offline(String model, Path promptsDir, Integer maxNumCtx) {
        return new ModelSettings(model == null ? DEFAULT_MODEL : model, OllamaHost.DEFAULT, Engine.OLLAMA,
                promptsDir, maxNumCtx, Duration.ofMinutes(1), null, null, null);
    }

    public ModelSettings withReplay(Path dir) {
        return new ModelSettings(model, ollamaUrl, Engine.OLLAMA, promptsDir, maxNumCtx, timeout, null, null, dir);
    }
}
