package dev.brief.model;

import java.util.Locale;

/** Which API a model server speaks: Ollama's own, or the OpenAI chat-completions API. */
public enum Backend {
    OLLAMA("/api/chat"),
    OPENAI("/chat/completions");

    private final String chatPathEnd;

    Backend(String chatPathEnd) {
        this.chatPathEnd = chatPathEnd;
    }

    /** As the user writes it: "ollama" or "openai". */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether a request path is this backend's chat call: Ollama's /api/chat, or BASE/chat/completions. */
    public boolean isChatPath(String path) {
        return path != null && (this == OLLAMA ? path.equals(chatPathEnd) : path.endsWith(chatPathEnd));
    }

    /** The backend whose chat call a request path is, or null for any other path. */
    public static Backend ofChatPath(String path) {
        for (Backend b : values()) {
            if (b.isChatPath(path)) {
                return b;
            }
        }
        return null;
    }

    /** "ollama" or "openai", in any case; null for anything else. */
    public static Backend parse(String value) {
        for (Backend b : values()) {
            if (b.label().equalsIgnoreCase(value == null ? "" : value.trim())) {
                return b;
            }
        }
        return null;
    }
}
