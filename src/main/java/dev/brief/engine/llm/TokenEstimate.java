package dev.brief.engine.llm;

import dev.brief.model.ChatTurn;
import java.util.List;

/**
 * A deliberately high estimate of how many tokens a prompt takes. It sizes num_ctx and is checked
 * against what the server reports, so it errs on the side of more context.
 */
public final class TokenEstimate {
    /** English news text runs at about 4.2 characters a token in common tokenizers; 3.5 leaves headroom. */
    private static final double CHARS_PER_TOKEN = 3.5;
    /** Chat template markers around each message. */
    private static final int PER_MESSAGE = 8;

    private TokenEstimate() {}

    public static int of(String text) {
        return (int) Math.ceil(text.length() / CHARS_PER_TOKEN);
    }

    public static int of(List<ChatTurn> messages, String schema) {
        int total = 0;
        for (ChatTurn m : messages) {
            total += PER_MESSAGE + of(m.content());
        }
        // Ollama does not put the format schema in the prompt, but some templates echo it.
        return total + of(schema) / 4;
    }
}
