package dev.brief.domain;

/** Which engine writes the briefing. */
public enum Engine {
    /** Ollama when its server and model answer a quick check, else the extractive engine. */
    AUTO,
    /** Ollama only; never falls back. With {@code --backend openai}, the model behind that server. */
    OLLAMA,
    /**
     * A briefing's engine when its model answered through the OpenAI chat-completions API: {@code
     * --engine ollama --backend openai} writes it, so that the briefing never names a server it did not use.
     */
    OPENAI,
    /** The built-in engine that needs no model: it selects and cites source sentences. */
    EXTRACTIVE;

    /** The name a briefing shows and its JSON carries: "ollama", "extractive". */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The engine of a briefing read back from JSON, by its id. */
    public static Engine ofId(String id) {
        return valueOf(id.toUpperCase(java.util.Locale.ROOT));
    }
}
