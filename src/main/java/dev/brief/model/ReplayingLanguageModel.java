package dev.brief.model;

import dev.brief.BriefException;
import dev.brief.ExitCode;
import java.nio.file.Path;
import java.util.OptionalInt;
import java.util.function.Function;

/**
 * Answers from recorded exchanges: the server layer below talks to an embedded WireMock that serves
 * the cassettes in the server's own wire format, exactly as a live run talks to the server. This
 * layer turns WireMock's bare 404 for an unrecorded request into a line naming what changed.
 */
public final class ReplayingLanguageModel implements LanguageModel {
    private final LanguageModel server;
    private final CassetteServer cassettes;
    private final Path dir;
    private final PromptFiles prompts;
    private final Function<String, String> articleName;
    private final Backend backend;

    /**
     * @param server      the server layer, pointed at the cassette server's URL
     * @param backend     the backend the server layer speaks, so that a miss can name a backend change
     * @param articleName how to name an article id for the user (its path), or null when unknown
     */
    public ReplayingLanguageModel(LanguageModel server, Backend backend, CassetteServer cassettes, Path dir, PromptFiles prompts,
            Function<String, String> articleName) {
        this.server = server;
        this.backend = backend;
        this.cassettes = cassettes;
        this.dir = dir;
        this.prompts = prompts;
        this.articleName = articleName;
    }

    /** One call at a time, so that a miss is this request's own; replay is instant anyway. */
    @Override
    public synchronized ModelReply chat(ModelRequest request) {
        cassettes.resetRequests();
        try {
            return server.chat(request);
        } catch (BriefException e) {
            if (cassettes.missedChat()) {
                throw new BriefException(ExitCode.NO_RECORDING, ReplayMiss.explain(request, backend, Cassette.readAll(dir), dir, prompts, articleName));
            }
            throw e;
        }
    }

    @Override
    public synchronized OptionalInt contextLength(String model) {
        return server.contextLength(model);
    }
}
