package dev.brief.domain;

/**
 * The Ollama options sent with a call. numCtx is always set: Ollama's default context silently cuts
 * long prompts.
 */
public record GenerationOptions(int numCtx, double temperature, int seed, int numPredict) {}
