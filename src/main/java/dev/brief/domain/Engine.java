package dev.brief.domain;

/** Which engine writes the briefing. */
public enum Engine {
    /** Ollama when its server and model answer a quick check, else the extractive engine. */
    AUTO,
    /** Ollama only; never falls back. */
    OLLAMA,
    /** The built-in engine that needs no model: it selects and cites source sentences. */
    EXTRACTIVE
}
