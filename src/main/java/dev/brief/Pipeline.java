package dev.brief;

import dev.brief.brief.Briefer;
import dev.brief.brief.Briefing;
import dev.brief.brief.CachingLanguageModel;
import dev.brief.brief.Engine;
import dev.brief.brief.LanguageModel;
import dev.brief.brief.LlmBriefer;
import dev.brief.brief.OllamaLanguageModel;
import dev.brief.brief.OllamaServer;
import dev.brief.brief.extractive.ExtractiveBriefer;
import dev.brief.brief.PromptSet;
import dev.brief.group.Event;
import dev.brief.read.ArticleReader;
import dev.brief.read.ReadResult;
import dev.brief.read.Skipped;
import dev.brief.verify.Verifier;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Wires the stages together: read → (group) → brief → verify → render. Commands build one from their
 * options and call the steps they need.
 */
public final class Pipeline {
    public static final String DEFAULT_MODEL = "qwen2.5:7b";
    public static final double TEMPERATURE = 0.0;
    public static final int SEED = 42;
    public static final int ANSWER_TOKENS = 2048;
    /** How long --engine auto waits for Ollama before falling back to the extractive engine. */
    public static final Duration AUTO_CHECK_TIMEOUT = Duration.ofSeconds(2);

    /**
     * @param maxNumCtx the largest num_ctx to send, or null for no limit
     * @param cacheDir  where model answers are cached, or null for no cache
     */
    public record Settings(String model, String ollamaUrl, Engine engine, Path promptsDir, Integer maxNumCtx,
            Duration timeout, Path cacheDir) {}

    private final Settings settings;
    private final Console console;
    private final InputStream stdin;
    private Briefer briefer;

    public Pipeline(Settings settings, Console console, InputStream stdin) {
        this.settings = settings;
        this.console = console;
        this.stdin = stdin;
    }

    /** Reads the inputs; fails only when not one article could be read. */
    public ReadResult read(List<String> inputs) {
        if (inputs.isEmpty()) {
            throw new BriefException(ExitCode.INPUT, "no inputs given; pass article files, folders, or - for stdin");
        }
        ReadResult result = new ArticleReader(console, stdin).read(inputs);
        if (result.articles().isEmpty()) {
            String reasons = result.skipped().stream().map(Skipped::toString).collect(Collectors.joining("; "));
            throw new BriefException(ExitCode.INPUT, "no article could be read (" + reasons + "); pass .txt or .md files or folders of them");
        }
        return result;
    }

    /** Briefs one event, checks every item, and gives failing items one repair round-trip. */
    public Briefing briefEvent(Event event) {
        Briefer briefer = briefer();
        Verifier verifier = new Verifier();
        Briefing checked = verifier.check(briefer.brief(event), event.articles());
        if (checked.verification().unverified() == 0) {
            return checked;
        }
        console.debug(checked.verification().unverified() + " item(s) failed their checks; asking for one repair");
        Briefing repaired = briefer.repair(event, checked);
        return repaired == checked ? checked : verifier.checkAfterRepair(repaired, checked, event.articles());
    }

    public PromptSet prompts() {
        return PromptSet.load(settings.promptsDir());
    }

    /** The engine, chosen once per run: auto checks the server quickly and falls back to the extractive engine. */
    public Briefer briefer() {
        if (briefer == null) {
            briefer = switch (settings.engine()) {
                case OLLAMA -> llmBriefer();
                case EXTRACTIVE -> new ExtractiveBriefer();
                case AUTO -> autoBriefer();
            };
        }
        return briefer;
    }

    private Briefer autoBriefer() {
        String why = new OllamaServer(settings.ollamaUrl(), AUTO_CHECK_TIMEOUT).whyUnusable(settings.model());
        if (why == null) {
            return llmBriefer();
        }
        console.notice(why + ", so this briefing uses the extractive engine (sentences quoted from the sources, no LLM); "
                + "to use the model, start 'ollama serve' and run 'ollama pull " + settings.model()
                + "' (or set --ollama-url), or pass --engine extractive to skip this check");
        return new ExtractiveBriefer();
    }

    public LlmBriefer llmBriefer() {
        return new LlmBriefer(languageModel(), prompts(),
                new LlmBriefer.Settings(settings.model(), settings.maxNumCtx(), TEMPERATURE, SEED, ANSWER_TOKENS));
    }

    public LanguageModel languageModel() {
        LanguageModel model = new OllamaLanguageModel(settings.ollamaUrl(), settings.timeout());
        return settings.cacheDir() == null ? model : new CachingLanguageModel(model, settings.cacheDir().resolve("llm"));
    }

    public Settings settings() {
        return settings;
    }
}
