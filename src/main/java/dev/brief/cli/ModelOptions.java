package dev.brief.cli;

import dev.brief.app.ModelSettings;
import dev.brief.domain.Engine;
import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** The options of the commands that brief events: the server's, plus the engine, the cache and recording. */
public final class ModelOptions {
    @Mixin
    ServerOptions server;

    @Option(names = "--engine", paramLabel = "ENGINE", defaultValue = "auto", converter = EngineChoice.class,
            description = "auto (Ollama if it answers, else extractive), ollama, or extractive. Default: ${DEFAULT-VALUE}.")
    Engine engine;

    /** The engines a user chooses: "openai" is what a briefing names when the model answered through that API, not a choice. */
    static final class EngineChoice implements ITypeConverter<Engine> {
        @Override
        public Engine convert(String value) {
            return switch (value.toLowerCase(Locale.ROOT)) {
                case "auto" -> Engine.AUTO;
                case "ollama" -> Engine.OLLAMA;
                case "extractive" -> Engine.EXTRACTIVE;
                default -> throw new TypeConversionException("expected auto, ollama or extractive"
                        + (value.equalsIgnoreCase("openai") ? " (for an OpenAI-compatible server: --engine ollama --backend openai)" : ""));
            };
        }
    }

    @Option(names = "--no-cache", description = "Ask the model again, and fetch web pages again, instead of reusing cached answers and pages.")
    boolean noCache;

    @Option(names = "--record", paramLabel = "DIR",
            description = "Save every exchange with the server in DIR as WireMock stub mappings, for --replay and brief test. Skips the cache.")
    Path record;

    @Option(names = "--replay", paramLabel = "DIR",
            description = "Answer from the exchanges recorded in DIR instead of the server: no network, no cache; implies --engine ollama.")
    Path replay;

    ModelSettings settings() {
        return server.settings(engine, noCache, record, replay);
    }
}
