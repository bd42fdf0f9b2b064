package dev.brief.app;

import dev.brief.Console;
import dev.brief.domain.Article;
import dev.brief.domain.Briefing;
import dev.brief.domain.Event;
import dev.brief.engine.Briefer;
import dev.brief.engine.extractive.ExtractiveBriefer;
import dev.brief.engine.llm.LlmBriefer;
import dev.brief.engine.llm.PromptSet;
import dev.brief.model.CallCount;
import dev.brief.model.ollama.OllamaServer;
import dev.brief.verify.ModelCheck;
import dev.brief.verify.Verifier;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One run's engine and model client, chosen and opened once, on first use, and shared by every
 * event of the run (also across threads). Briefing an event here always means: the engine's
 * briefing, checked, and one repair round for the items that fail.
 */
public final class BriefingSession implements AutoCloseable {
    private final ModelSettings settings;
    private final Console console;
    private final PromptSet prompts;
    /** Where each article came from, to name an article in a replay miss. */
    private final Map<String, String> articlePaths = new HashMap<>();
    private final CallCount.Totals callTotals = new CallCount.Totals();
    private final int parallel;
    private final String checkWith;
    private ModelCheck modelCheck;
    private ModelStack stack;
    private Briefer briefer;

    /** @param articles the articles this run read, so that a replay miss can name them by path */
    public BriefingSession(ModelSettings settings, Console console, List<Article> articles) {
        this(settings, console, articles, 1, null);
    }

    /**
     * @param parallel  how many model calls may run at once across the run's events (--parallel)
     * @param checkWith the model that checks disputed or uncertain statements (--check-with), or null
     */
    public BriefingSession(ModelSettings settings, Console console, List<Article> articles, int parallel, String checkWith) {
        this.parallel = parallel;
        this.checkWith = checkWith == null || checkWith.isBlank() ? null : checkWith.strip();
        this.settings = settings;
        this.console = console;
        // A typo in --prompts fails now, not only on the day the model is up and the prompts are needed.
        this.prompts = PromptSet.load(settings.promptsDir());
        for (Article a : articles) {
            articlePaths.put(a.id(), a.path() != null ? a.path() : a.where());
        }
    }

    /** Briefs one event, checks every item, and gives failing items one repair round-trip. */
    public Briefing brief(Event event) {
        Briefer engine = briefer();
        Verifier verifier = verifier();
        Briefing briefed = engine.brief(event);
        Briefing.Usage usage = briefed.usage();
        if (usage.reduceLevels() > 0) {
            console.debug("\"" + event.label() + "\": map-reduce of " + event.articles().size() + " articles: " + usage.mapCalls() + " map calls, "
                    + usage.mergeCalls() + " merge calls, " + usage.reduceLevels() + " level(s) of reduction");
        }
        Briefing checked = verifier.check(briefed, event.articles());
        if (checked.verification().unverified() == 0) {
            return checked;
        }
        console.debug(checked.verification().unverified() + " item(s) failed their checks; asking for one repair");
        Briefing repaired = engine.repair(event, checked);
        return repaired == checked ? checked : verifier.checkAfterRepair(repaired, checked, event.articles());
    }

    /** The checks of one event: with the model check when --check-with names a model, on the run's model stack. */
    private synchronized Verifier verifier() {
        if (checkWith == null) {
            return new Verifier();
        }
        if (modelCheck == null) {
            modelCheck = new ModelCheck(stack().model(), checkWith, prompts);
        }
        return new Verifier(Verifier.Signals.BOTH, modelCheck);
    }

    private synchronized ModelStack stack() {
        if (stack == null) {
            stack = ModelStack.open(settings, prompts, console, callTotals, articlePaths::get);
        }
        return stack;
    }

    /** The engine, chosen once per run: auto checks the server quickly and falls back to the extractive engine. */
    public synchronized Briefer briefer() {
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
        String why = new OllamaServer(settings.ollamaUrl(), ModelSettings.AUTO_CHECK_TIMEOUT).whyUnusable(settings.model());
        if (why == null) {
            return llmBriefer();
        }
        console.notice(why + ", so this briefing uses the extractive engine (sentences quoted from the sources, no LLM); "
                + "to use the model, start 'ollama serve' and run 'ollama pull " + settings.model()
                + "' (or set --ollama-url), or pass --engine extractive to skip this check");
        return new ExtractiveBriefer();
    }

    /** The LLM engine on this run's model client; also what 'brief prompts render' and suites ask for requests. */
    public synchronized LlmBriefer llmBriefer() {
        return new LlmBriefer(stack().model(), prompts, new LlmBriefer.Settings(settings.model(), settings.maxNumCtx(),
                ModelSettings.TEMPERATURE, ModelSettings.SEED, ModelSettings.ANSWER_TOKENS, parallel));
    }

    /** Model calls of this run, across threads. */
    public CallCount.Totals callTotals() {
        return callTotals;
    }

    @Override
    public synchronized void close() {
        if (stack != null) {
            ModelStack s = stack;
            stack = null;
            s.close();
        }
    }
}
