package dev.brief.model;

import java.util.OptionalInt;

/**
 * The one way brief talks to a model. A model server is one implementation; retry, cache, call
 * counting and replay are layers around it with the same interface (assembled in
 * {@code dev.brief.app.ModelStack}), so callers never know which one answered.
 *
 * @throws dev.brief.BriefException with the exit code and a one-line message the user can act on
 */
public interface LanguageModel {
    ModelReply chat(ModelRequest request);

    /**
     * The model's trained context length, as the server describes it; empty when the server does not
     * say or cannot be asked (the chat call then reports why).
     */
    OptionalInt contextLength(String model);
}
