package dev.brief.model;

import dev.brief.domain.GenerationOptions;
import java.util.List;

/**
 * Everything that decides a model's answer; two equal requests get the same answer from the cache.
 *
 * @param schema the JSON schema for Ollama's {@code format}, as JSON text
 * @param estimatedPromptTokens our estimate, checked against the server's prompt_eval_count
 */
public record ModelRequest(String model, List<ChatTurn> messages, String schema, GenerationOptions options, int estimatedPromptTokens) {
    public ModelRequest {
        messages = List.copyOf(messages);
    }
}
