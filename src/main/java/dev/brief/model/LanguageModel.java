package dev.brief.model;

/**
 * The one way the pipeline talks to a model. Ollama is one implementation; the cache is a layer
 * around it, so callers never know which one answered.
 *
 * @throws dev.brief.BriefException with the exit code and a one-line message the user can act on
 */
public interface LanguageModel {
    ModelReply chat(ModelRequest request);
}
