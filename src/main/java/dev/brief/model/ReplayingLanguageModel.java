package dev.brief.model;

import dev.brief.engine.llm.PromptSet;
import dev.brief.model.ollama.OllamaLanguageModel;
import dev.brief.BriefException;
import dev.brief.ExitCode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Function;

/**
 * Answers from recorded exchanges: Ollama's wire format served by an embedded WireMock, through the
 * same {@link OllamaLanguageModel} as a live run. A request that no recording matches fails with a
 * line naming what changed, never with WireMock's bare 404.
 */
public final class ReplayingLanguageModel implements LanguageModel {
    private final CassetteServer server;
    private final Path dir;
    private final OllamaLanguageModel ollama;
    private final PromptSet prompts;
    private final Function<String, String> articleName;

    /**
     * @param articleName how to name an article id for the user (its path), or null when unknown
     */
    public ReplayingLanguageModel(CassetteServer server, Path dir, Duration timeout, PromptSet prompts, Function<String, String> articleName) {
        this.server = server;
        this.dir = dir;
        this.ollama = new OllamaLanguageModel(server.url(), timeout, 0, Duration.ZERO);
        this.prompts = prompts;
        this.articleName = articleName;
    }

    /** One call at a time, so that a miss is this request's own; replay is instant anyway. */
    @Override
    public synchronized ModelReply chat(ModelRequest request) {
        server.resetRequests();
        try {
            return ollama.chat(request);
        } catch (BriefException e) {
            if (server.missedChat()) {
                throw new BriefException(ExitCode.NO_RECORDING, ReplayMiss.explain(request, Cassette.readAll(dir), dir, prompts, articleName));
            }
            throw e;
        }
    }
}
