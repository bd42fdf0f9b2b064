package dev.brief.app;

import dev.brief.BriefException;
import dev.brief.ExitCode;
import dev.brief.domain.Engine;
import dev.brief.model.Backend;
import dev.brief.model.ollama.OllamaHost;
import dev.brief.model.openai.ApiKey;
import dev.brief.model.openai.BaseUrl;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Which model, on which servers, through which layers: everything a run needs to talk to a model,
 * with the rules that tie the options together applied once, here.
 *
 * @param backend           the API the servers speak
 * @param serverUrls        the servers, one or more (a pool); empty only for a replay or an offline openai run
 * @param apiKey            the key for an OpenAI-compatible server, or null
 * @param requestsPerServer calls at a time on each server ({@code brief daily --parallel}); 1 elsewhere
 * @param maxNumCtx         the largest num_ctx to send, or null for no limit
 * @param cacheDir          where model answers are cached, or null for no cache
 * @param recordDir         where to record every exchange with the server (--record), or null
 * @param replayDir         recorded exchanges to answer from instead of the server (--replay), or null
 */
public record ModelSettings(String model, Backend backend, List<String> serverUrls, ApiKey apiKey, int requestsPerServer, Engine engine,
        Path promptsDir, Integer maxNumCtx, Duration timeout, Path cacheDir, Path recordDir, Path replayDir) {
    public static final String DEFAULT_MODEL = "qwen2.5:7b";
    public static final double TEMPERATURE = 0.0;
    public static final int SEED = 42;
    public static final int ANSWER_TOKENS = 2048;
    /** How long --engine auto waits for the server before falling back to the extractive engine. */
    public static final Duration AUTO_CHECK_TIMEOUT = Duration.ofSeconds(2);

    public ModelSettings {
        serverUrls = List.copyOf(serverUrls);
    }

    /**
     * What the user asked for about the servers: each option given (null or empty when not), then
     * the environment variable that stands in for it.
     *
     * @param backend     --backend, or null
     * @param backendEnv  BRIEF_BACKEND, or null
     * @param ollamaUrls  --ollama-url, each a URL or a comma-separated list
     * @param ollamaHost  OLLAMA_HOST (a comma-separated list makes a pool), or null
     * @param baseUrls    --base-url, each a URL or a comma-separated list
     * @param baseUrlEnv  BRIEF_BASE_URL, or null
     * @param apiKey      from BRIEF_API_KEY or OPENAI_API_KEY, or null
     */
    public record Servers(Backend backend, String backendEnv, List<String> ollamaUrls, String ollamaHost, List<String> baseUrls,
            String baseUrlEnv, ApiKey apiKey) {
        /** One Ollama server at url (or the default when null), as most tests want. */
        public static Servers ollama(String url) {
            return new Servers(null, null, url == null ? List.of() : List.of(url), null, List.of(), null, null);
        }
    }

    /**
     * The settings of a run from what the user asked for.
     *
     * @param model    the model asked for, or null for the default
     * @param cacheDir --cache-dir, or null for the default folder
     */
    public static ModelSettings of(String model, Servers servers, Engine engine, Path promptsDir, Integer numCtx,
            Duration timeout, boolean noCache, Path cacheDir, Path record, Path replay) {
        Backend backend = backend(servers);
        List<String> urls = urls(backend, servers, replay != null);
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
        if (record != null && urls.size() > 1) {
            throw new BriefException(ExitCode.USAGE, "--record records the exchanges with one server, and " + urls.size()
                    + " are given; record with one, the answers are the same on every server with the same model");
        }
        // A recording needs real exchanges and a replay must exercise the recordings: neither uses the cache.
        boolean cache = !noCache && record == null && replay == null;
        return new ModelSettings(model == null || model.isBlank() ? DEFAULT_MODEL : model.trim(), backend, urls,
                backend == Backend.OPENAI && replay == null ? servers.apiKey() : null, 1,
                record != null || replay != null ? Engine.OLLAMA : engine, promptsDir, numCtx, timeout,
                !cache ? null : cacheDir != null ? cacheDir : Folders.cache(), record, replay);
    }

    private static Backend backend(Servers s) {
        if (s.backend() != null) {
            return s.backend();
        }
        if (s.backendEnv() == null || s.backendEnv().isBlank()) {
            return Backend.OLLAMA;
        }
        Backend b = Backend.parse(s.backendEnv());
        if (b == null) {
            throw new BriefException(ExitCode.USAGE, "BRIEF_BACKEND is '" + s.backendEnv().strip() + "', which is not a backend; set it to ollama or openai");
        }
        return b;
    }

    /** The servers of the chosen backend: the options, else the environment; each parsed once, duplicates dropped. */
    private static List<String> urls(Backend backend, Servers s, boolean replay) {
        List<String> ollama = split(s.ollamaUrls());
        List<String> base = split(s.baseUrls());
        List<String> out = new ArrayList<>();
        try {
            if (backend == Backend.OLLAMA) {
                if (!base.isEmpty()) {
                    throw new BriefException(ExitCode.USAGE, "--base-url is for --backend openai; give an Ollama server with --ollama-url, or pass --backend openai");
                }
                List<String> given = !ollama.isEmpty() ? ollama : split(s.ollamaHost() == null ? List.of() : List.of(s.ollamaHost()));
                for (String u : given.isEmpty() ? List.of(OllamaHost.DEFAULT) : given) {
                    add(out, OllamaHost.resolve(u, null));
                }
            } else {
                if (!ollama.isEmpty()) {
                    throw new BriefException(ExitCode.USAGE, "--ollama-url is for --backend ollama; give an OpenAI-compatible server with --base-url");
                }
                List<String> given = !base.isEmpty() ? base : split(s.baseUrlEnv() == null ? List.of() : List.of(s.baseUrlEnv()));
                if (given.isEmpty() && !replay) {
                    throw new BriefException(ExitCode.USAGE, "--backend openai needs the server's address: --base-url URL (or BRIEF_BASE_URL),"
                            + " such as http://127.0.0.1:8080/v1 for llama-server; see docs/servers.md");
                }
                for (String u : given) {
                    add(out, BaseUrl.parse(u));
                }
            }
        } catch (IllegalArgumentException e) {
            throw new BriefException(ExitCode.USAGE, e.getMessage() + "; use a form like "
                    + (backend == Backend.OLLAMA ? OllamaHost.DEFAULT : "http://127.0.0.1:8080/v1"));
        }
        return out;
    }

    private static void add(List<String> out, String url) {
        if (!out.contains(url)) {
            out.add(url);
        }
    }

    /** Each value may itself be a comma-separated list. */
    private static List<String> split(List<String> values) {
        List<String> out = new ArrayList<>();
        for (String v : values) {
            for (String part : v.split(",")) {
                if (!part.isBlank()) {
                    out.add(part.strip());
                }
            }
        }
        return out;
    }

    /** Settings that call no server until told otherwise: for rendering prompts and for brief test. */
    public static ModelSettings offline(String model, Path promptsDir, Integer maxNumCtx) {
        return new ModelSettings(model == null ? DEFAULT_MODEL : model, Backend.OLLAMA, List.of(OllamaHost.DEFAULT), null, 1, Engine.OLLAMA,
                promptsDir, maxNumCtx, Duration.ofMinutes(1), null, null, null);
    }

    /** The same settings for another backend, with no server named: for rendering prompts and replaying. */
    public ModelSettings withBackend(Backend other) {
        if (other == backend) {
            return this;
        }
        return new ModelSettings(model, other, other == Backend.OLLAMA ? List.of(OllamaHost.DEFAULT) : List.of(), null, requestsPerServer,
                engine, promptsDir, maxNumCtx, timeout, cacheDir, recordDir, replayDir);
    }

    public ModelSettings withReplay(Path dir) {
        return new ModelSettings(model, backend, serverUrls, null, requestsPerServer, Engine.OLLAMA, promptsDir, maxNumCtx, timeout, null, null, dir);
    }

    /** {@code brief daily --parallel N}: N calls at a time on each server. */
    public ModelSettings withRequestsPerServer(int n) {
        return new ModelSettings(model, backend, serverUrls, apiKey, n, engine, promptsDir, maxNumCtx, timeout, cacheDir, recordDir, replayDir);
    }
}
