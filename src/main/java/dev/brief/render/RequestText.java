package dev.brief.render;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.brief.model.Backend;
import dev.brief.model.ChatTurn;
import dev.brief.domain.GenerationOptions;
import dev.brief.model.ModelRequest;
import dev.brief.engine.llm.PromptSet;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * A model request as text, for {@code brief prompts render} and the golden files of {@code brief test}:
 * the model, the options, a token estimate, each message exactly as sent, and the JSON schema.
 */
public final class RequestText {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private RequestText() {}

    public static String render(ModelRequest request) {
        return render(request, Backend.OLLAMA);
    }

    /** The request as the backend sends it: an OpenAI-compatible server gets no context size, and calls num_predict max_tokens. */
    public static String render(ModelRequest request, Backend backend) {
        GenerationOptions o = request.options();
        StringBuilder out = new StringBuilder();
        out.append("model: ").append(request.model()).append('\n');
        if (backend == Backend.OPENAI) {
            out.append("backend: openai (/chat/completions; the context is the server's, and brief sized this prompt for ")
                    .append(o.numCtx()).append(" tokens)\n");
            out.append("options: temperature ").append(o.temperature()).append(", seed ").append(o.seed())
                    .append(", max_tokens ").append(o.numPredict()).append(", response_format json_schema\n");
        } else {
            out.append("options: num_ctx ").append(o.numCtx()).append(", temperature ").append(o.temperature())
                    .append(", seed ").append(o.seed()).append(", num_predict ").append(o.numPredict()).append('\n');
        }
        out.append("tokens: about ").append(request.estimatedPromptTokens())
                .append(" for the prompt (an estimate on the high side), up to ").append(o.numPredict()).append(" for the answer\n");
        List<ChatTurn> messages = request.messages();
        for (int i = 0; i < messages.size(); i++) {
            out.append("\n===== message ").append(i + 1).append(": ").append(messages.get(i).role()).append(" =====\n");
            out.append(messages.get(i).content()).append('\n');
        }
        out.append("\n===== format: JSON schema =====\n");
        try {
            out.append(JSON.writeValueAsString(JSON.readTree(request.schema()))).append('\n');
        } catch (IOException e) {
            out.append(request.schema()).append('\n');
        }
        return out.toString();
    }

    /** The prompt files and their hashes, then the hash of the whole set that briefings record. */
    public static String fileHashes(PromptSet prompts) {
        StringBuilder out = new StringBuilder();
        int width = prompts.fileHashes().keySet().stream().mapToInt(String::length).max().orElse(0);
        for (Map.Entry<String, String> e : prompts.fileHashes().entrySet()) {
            out.append(String.format("%-" + width + "s  %s%n", e.getKey(), e.getValue()));
        }
        out.append(String.format("%-" + width + "s  %s  (%s)%n", "(set)", prompts.hash(), prompts.origin()));
        return out.toString();
    }
}
