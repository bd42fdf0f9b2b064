package dev.brief.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.brief.BriefException;
import dev.brief.Console;
import dev.brief.ExitCode;
import dev.brief.engine.llm.PromptSet;
import dev.brief.model.Backend;
import dev.brief.model.CachingLanguageModel;
import dev.brief.model.CallCount;
import dev.brief.model.Cassette;
import dev.brief.model.CassetteServer;
import dev.brief.model.LanguageModel;
import dev.brief.model.ModelReply;
import dev.brief.model.ModelRequest;
import dev.brief.model.PooledLanguageModel;
import dev.brief.model.ReplayingLanguageModel;
import dev.brief.model.RetryingLanguageModel;
import dev.brief.model.ollama.OllamaLanguageModel;
import dev.brief.model.ollama.OllamaServer;
import dev.brief.model.openai.AssumedContextLength;
import dev.brief.model.openai.BaseUrl;
import dev.brief.model.openai.OpenAiLanguageModel;
import dev.brief.model.openai.OpenAiServer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.Function;

/**
 * The model client of one run: the servers and the layers around them, assembled in {@link #open}.
 * Closing it stops a recording or replaying server; a recording is written to its folder then.
 */
public final class ModelStack implements AutoCloseable {
    private static final int RETRIES = 2;
    private static final Duration FIRST_RETRY_PAUSE = Duration.ofSeconds(2);
    private static final Duration VERSION_CHECK_TIMEOUT = Duration.ofSeconds(30);

    private final LanguageModel model;
    private final CassetteServer cassettes;
    private final PooledLanguageModel pool;

    private ModelStack(LanguageModel model, CassetteServer cassettes, PooledLanguageModel pool) {
        this.model = model;
        this.cassettes = cassettes;
        this.pool = pool;
    }

    /**
     * Every layer, outermost first, each wrapping the one after it:
     * <ol>
     * <li>call counting, for the daily footer (every call, answered or failed);</li>
     * <li>openai backend: the context length assumed when the server does not say (above the cache,
     * which keeps only what servers said);</li>
     * <li>the answer cache (none when recording or replaying);</li>
     * <li>the pool: each call to a healthy server with a free slot (none when replaying);</li>
     * <li>per server, retry of transient failures (none when replaying: a recording does not change);</li>
     * <li>replay, which names what changed when no recording matches;</li>
     * <li>the server client of the backend (Ollama, or OpenAI-compatible), talking to the server, or to
     * the cassette server that records or replays its wire format.</li>
     * </ol>
     *
     * @param articleName names an article id for the user in a replay miss (its path), or null
     */
    public static ModelStack open(ModelSettings settings, PromptSet prompts, Console console, CallCount.Totals totals,
            Function<String, String> articleName) {
        CassetteServer cassettes = cassettes(settings, prompts, console);
        LanguageModel model;
        PooledLanguageModel pool = null;
        if (settings.replayDir() != null) {
            model = new ReplayingLanguageModel(server(settings, cassettes.url() + replayPath(settings), console), settings.backend(),
                    cassettes, settings.replayDir(), prompts, articleName);
        } else if (settings.serverUrls().isEmpty()) {
            model = new NoServer();
        } else {
            List<PooledLanguageModel.Server> servers = new ArrayList<>();
            for (String url : settings.serverUrls()) {
                String address = cassettes == null ? url : settings.backend() == Backend.OPENAI ? cassettes.url() + BaseUrl.path(url) : cassettes.url();
                servers.add(new PooledLanguageModel.Server(url,
                        new RetryingLanguageModel(server(settings, address, console), RETRIES, FIRST_RETRY_PAUSE)));
            }
            model = pool = new PooledLanguageModel(servers, settings.requestsPerServer(), console::notice);
        }
        if (settings.cacheDir() != null) {
            model = new CachingLanguageModel(model, settings.cacheDir().resolve("llm"), console::notice);
        }
        if (settings.backend() == Backend.OPENAI) {
            model = new AssumedContextLength(model, settings.maxNumCtx(), console::notice);
        }
        model = new CallCount(model, totals);
        return new ModelStack(model, cassettes, pool);
    }

    /** The backend's client for one server at address. */
    private static LanguageModel server(ModelSettings settings, String address, Console console) {
        return settings.backend() == Backend.OPENAI
                ? new OpenAiLanguageModel(address, settings.replayDir() != null ? null : settings.apiKey(), settings.timeout(), console::notice)
                : new OllamaLanguageModel(address, settings.timeout());
    }

    /** Where the replayed API lives on the cassette server: the recorded chat path's, else the base URL's, else /v1. */
    private static String replayPath(ModelSettings settings) {
        if (settings.backend() != Backend.OPENAI) {
            return "";
        }
        for (Cassette c : Cassette.readAll(settings.replayDir())) {
            if (c.backend() == Backend.OPENAI) {
                return c.url().substring(0, c.url().length() - "/chat/completions".length());
            }
        }
        return settings.serverUrls().isEmpty() ? "/v1" : BaseUrl.path(settings.serverUrls().get(0));
    }

    private static CassetteServer cassettes(ModelSettings settings, PromptSet prompts, Console console) {
        if (settings.replayDir() != null) {
            return CassetteServer.replay(settings.replayDir(), console);
        }
        if (settings.recordDir() == null) {
            return null;
        }
        // Fail as any run does when the server is away, rather than through the recording proxy's error.
        Duration check = settings.timeout().compareTo(VERSION_CHECK_TIMEOUT) < 0 ? settings.timeout() : VERSION_CHECK_TIMEOUT;
        String url = settings.serverUrls().get(0);
        boolean openAi = settings.backend() == Backend.OPENAI;
        if (openAi) {
            new OpenAiServer(url, settings.apiKey(), check).models();
        } else {
            new OllamaServer(url, check).version();
        }
        ObjectMapper json = new ObjectMapper();
        ObjectNode notes = json.createObjectNode();
        notes.put("promptHash", prompts.hash());
        notes.set("promptFiles", json.valueToTree(prompts.fileHashes()));
        return CassetteServer.record(settings.recordDir(), openAi ? BaseUrl.origin(url) : url, openAi ? "the server" : "Ollama",
                settings.timeout(), notes, console);
    }

    /** Why no server of the settings can brief now, and what to do; null when one can. For {@code --engine auto}. */
    public static Unusable whyUnusable(ModelSettings settings) {
        String first = null;
        for (String url : settings.serverUrls()) {
            String why = settings.backend() == Backend.OPENAI
                    ? new OpenAiServer(url, settings.apiKey(), ModelSettings.AUTO_CHECK_TIMEOUT).whyUnusable()
                    : new OllamaServer(url, ModelSettings.AUTO_CHECK_TIMEOUT).whyUnusable(settings.model());
            if (why == null) {
                return null;
            }
            first = first == null ? why : first;
        }
        if (first == null) {
            return null; // no server named: an offline run, which asks none
        }
        String fix = settings.backend() == Backend.OPENAI
                ? "to use the model, start the server (see docs/servers.md) or point --base-url at it"
                : "to use the model, start 'ollama serve' and run 'ollama pull " + settings.model() + "' (or set --ollama-url)";
        return new Unusable(settings.serverUrls().size() > 1 ? first + " (and no other server of the pool answers)" : first, fix);
    }

    /** Why the servers cannot be used, and what would fix it. */
    public record Unusable(String why, String fix) {}

    public LanguageModel model() {
        return model;
    }

    /** The servers that answered this thread's calls since it last asked (none when every answer was cached or replayed). */
    public List<String> answeredBy() {
        return pool == null ? List.of() : pool.takeAnsweredBy();
    }

    /** How many servers the run has (none when replaying, or when no server was given), and those taken out of the pool so far. */
    public int servers() {
        return pool == null ? 0 : pool.size();
    }

    public List<PooledLanguageModel.TakenOut> takenOut() {
        return pool == null ? List.of() : pool.takenOut();
    }

    @Override
    public void close() {
        if (cassettes != null) {
            cassettes.close();
        }
    }

    /**
     * The openai backend with no server named, for {@code brief prompts render}: there is no server to
     * ask for a context length (the assumed one applies) and none to call.
     */
    private static final class NoServer implements LanguageModel {
        private static BriefException noServer() {
            return new BriefException(ExitCode.USAGE, "--backend openai needs the server's address: --base-url URL (or BRIEF_BASE_URL)");
        }

        @Override
        public ModelReply chat(ModelRequest request) {
            throw noServer();
        }

        @Override
        public OptionalInt contextLength(String model) {
            throw noServer();
        }
    }
}
