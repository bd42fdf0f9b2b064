package dev.brief.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.brief.Console;
import dev.brief.engine.llm.PromptSet;
import dev.brief.model.CachingLanguageModel;
import dev.brief.model.CallCount;
import dev.brief.model.CassetteServer;
import dev.brief.model.LanguageModel;
import dev.brief.model.ReplayingLanguageModel;
import dev.brief.model.RetryingLanguageModel;
import dev.brief.model.ollama.OllamaLanguageModel;
import dev.brief.model.ollama.OllamaServer;
import java.time.Duration;
import java.util.function.Function;

/**
 * The model client of one run: the server and the layers around it, assembled in {@link #open}.
 * Closing it stops a recording or replaying server; a recording is written to its folder then.
 */
public final class ModelStack implements AutoCloseable {
    private static final int RETRIES = 2;
    private static final Duration FIRST_RETRY_PAUSE = Duration.ofSeconds(2);
    private static final Duration VERSION_CHECK_TIMEOUT = Duration.ofSeconds(30);

    private final LanguageModel model;
    private final CassetteServer cassettes;

    private ModelStack(LanguageModel model, CassetteServer cassettes) {
        this.model = model;
        this.cassettes = cassettes;
    }

    /**
     * Every layer, outermost first, each wrapping the one after it:
     * <ol>
     * <li>call counting, for the daily footer (every call, answered or failed);</li>
     * <li>the answer cache (none when recording or replaying);</li>
     * <li>retry of transient server failures (none when replaying: a recording does not change);</li>
     * <li>replay, which names what changed when no recording matches;</li>
     * <li>the server, or the cassette server that records or replays its wire format.</li>
     * </ol>
     *
     * @param articleName names an article id for the user in a replay miss (its path), or null
     */
    public static ModelStack open(ModelSettings settings, PromptSet prompts, Console console, CallCount.Totals totals,
            Function<String, String> articleName) {
        CassetteServer cassettes = cassettes(settings, prompts, console);
        String url = cassettes != null ? cassettes.url() : settings.ollamaUrl();

        LanguageModel model = new OllamaLanguageModel(url, settings.timeout());
        if (settings.replayDir() != null) {
            model = new ReplayingLanguageModel(model, cassettes, settings.replayDir(), prompts, articleName);
        } else {
            model = new RetryingLanguageModel(model, RETRIES, FIRST_RETRY_PAUSE);
        }
        if (settings.cacheDir() != null) {
            model = new CachingLanguageModel(model, settings.cacheDir().resolve("llm"), console::notice);
        }
        model = new CallCount(model, totals);
        return new ModelStack(model, cassettes);
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
        new OllamaServer(settings.ollamaUrl(), check).version();
        ObjectMapper json = new ObjectMapper();
        ObjectNode notes = json.createObjectNode();
        notes.put("promptHash", prompts.hash());
        notes.set("promptFiles", json.valueToTree(prompts.fileHashes()));
        return CassetteServer.record(settings.recordDir(), settings.ollamaUrl(), settings.timeout(), notes, console);
    }

    public LanguageModel model() {
        return model;
    }

    @Override
    public void close() {
        if (cassettes != null) {
            cassettes.close();
        }
    }
}
