package dev.brief.model;

/**
 * A model's answer.
 *
 * @param promptTokens     Ollama's prompt_eval_count; null when the server left it out
 * @param completionTokens Ollama's eval_count; null when the server left it out
 * @param doneReason       "stop", or "length" when num_predict cut the answer
 * @param cached           true when the answer came from the on-disk cache, not the server
 */
public record ModelReply(String content, Integer promptTokens, Integer completionTokens, String doneReason, boolean cached) {
    public ModelReply asCached() {
        return new ModelReply(content, promptTokens, completionTokens, doneReason, true);
    }
}
