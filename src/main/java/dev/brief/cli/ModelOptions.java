package dev.brief.cli;

import dev.brief.app.ModelSettings;
import dev.brief.domain.Engine;
import java.nio.file.Path;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The options of the commands that brief events: the server's, plus the engine, the cache and recording. */
public final class ModelOptions {
    @Mixin
    ServerOptions server;

    @Option(names = "--engine", paramLabel = "ENGINE", defaultValue = "auto",
            description = "auto (Ollama if it answers, else extractive), ollama, or extractive. Default: ${DEFAULT-VALUE}.")
    Engine engine;

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
