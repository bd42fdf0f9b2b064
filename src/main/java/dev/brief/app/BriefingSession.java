package dev.brief.app;

import dev.brief.Console;
import dev.brief.domain.Article;
import dev.brief.domain.Briefing;
import dev.brief.domain.Engine;
import dev.brief.domain.Event;
import dev.brief.domain.Story;
import dev.brief.engine.Briefer;
import dev.brief.engine.extractive.ExtractiveBriefer;
import dev.brief.engine.extractive.Restatement;
import dev.brief.engine.llm.CallListener;
import dev.brief.engine.llm.LlmBriefer;
import dev.brief.engine.llm.PromptSet;
import dev.brief.model.Backend;
import dev.brief.model.CallCount;
import dev.brief.model.PooledLanguageModel;
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
    /** Why --engine auto found no usable server, so that --check-with does not ask one either; null when it did. */
    private String noServer;
    private ModelStack stack;
    private Briefer briefer;
    private CallListener calls = CallListener.NONE;

    /** @param articles the articles this run read, so that a replay miss can name them by path */
    public BriefingSession(ModelSettings settings, Console console, List<Article> articles) {
        this(settings, console, articles, 1, null);
    }

    /**
     * @param parallel  how many model calls may run at once on each server, across the run's events (--parallel)
     * @param checkWith the model that checks disputed or uncertain statements (--check-with), or null
     */
    public BriefingSession(ModelSettings settings, Console console, List<Article> articles, int parallel, String checkWith) {
        // --parallel is per server: a pool of S servers takes S times as many calls at once.
        this.parallel = parallel * Math.max(1, settings.serverUrls().size());
        this.checkWith = checkWith == null || checkWith.isBlank() ? null : checkWith.strip();
        this.settings = settings;
        this.console = console;
        // A typo in --prompts fails now, not only on the day the model is up and the prompts are needed.
        this.prompts = PromptSet.load(settings.promptsDir());
        for (Article a : articles) {
            articlePaths.put(a.id(), a.path() != null ? a.path() : a.where());
        }
    }

    /**
     * Shows on stderr which call to the model the run waits on (for one event at a time: {@code brief event}).
     *
     * @param terminal whether stderr is a terminal, where a bar with the elapsed time can be drawn
     */
    public BriefingSession showingCalls(boolean terminal) {
        this.calls = new CallProgress(console, terminal);
        return this;
    }

    /** Briefs one event, checks every item, and gives failing items one repair round-trip. */
    public Briefing brief(Event event) {
        return checked(briefer(), event, briefer().brief(event));
    }

    /**
     * What is new in an event that continues a story, checked like every briefing, less what restates
     * the story's earlier briefings; null when nothing is new. Whether anything is new is first asked
     * of the extractive engine, which needs no model: a story with nothing new makes no model call.
     */
    public Briefing update(Event event, Story story) {
        ExtractiveBriefer extractive = new ExtractiveBriefer();
        Briefing novelty = extractive.update(event, story);
        if (novelty.summary().isEmpty()) {
            return null;
        }
        Briefer engine = briefer();
        Briefing checked = checked(engine, event, engine instanceof ExtractiveBriefer ? novelty : engine.update(event, story));
        Briefing fresh = checked.withContent(checked.headline(), Restatement.newOnly(checked.summary(), story.said()),
                Restatement.newOnly(checked.agreements(), story.said()), checked.differences(),
                Restatement.newOnly(checked.singleSource(), story.said()));
        if (fresh.summary().isEmpty() && fresh.agreements().isEmpty() && fresh.singleSource().isEmpty()) {
            return null;
        }
        // The footer counts the statements the reader sees: those dropped as said before are not among them.
        List<Briefing.Item> dropped = new java.util.ArrayList<>();
        for (List<Briefing.Item> section : List.of(checked.summary(), checked.agreements(), checked.singleSource())) {
            dropped.addAll(section);
        }
        dropped.removeAll(fresh.summary());
        dropped.removeAll(fresh.agreements());
        dropped.removeAll(fresh.singleSource());
        long droppedVerified = dropped.stream().filter(Briefing.Item::verified).count();
        Briefing.Verification v = checked.verification();
        return fresh.withVerification(new Briefing.Verification(v.claims() - dropped.size(), v.verified() - (int) droppedVerified,
                v.unverified() - (dropped.size() - (int) droppedVerified), v.repaired()));
    }

    private Briefing checked(Briefer engine, Event event, Briefing written) {
        Verifier verifier = verifier();
        Briefing.Usage usage = written.usage();
        if (usage.reduceLevels() > 0) {
            console.debug("\"" + event.label() + "\": map-reduce of " + event.articles().size() + " articles: " + usage.mapCalls() + " map calls, "
                    + usage.mergeCalls() + " merge calls, " + usage.reduceLevels() + " level(s) of reduction");
        }
        Briefing checked = verifier.check(written, event.articles());
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
            modelCheck = new ModelCheck(stack().model(), checkWith, prompts, console::notice);
            if (noServer != null) {
                modelCheck.skip(noServer);
            }
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
                case OLLAMA, OPENAI -> llmBriefer();
                case EXTRACTIVE -> new ExtractiveBriefer();
                case AUTO -> autoBriefer();
            };
        }
        return briefer;
    }

    private Briefer autoBriefer() {
        ModelStack.Unusable unusable = ModelStack.whyUnusable(settings);
        if (unusable == null) {
            return llmBriefer();
        }
        noServer = unusable.why();
        console.notice(unusable.why() + ", so this briefing uses the extractive engine (sentences quoted from the sources, no LLM); "
                + unusable.fix() + ", or pass --engine extractive to skip this check");
        return new ExtractiveBriefer();
    }

    /** The LLM engine on this run's model client; also what 'brief prompts render' and suites ask for requests. */
    public synchronized LlmBriefer llmBriefer() {
        return new LlmBriefer(stack().model(), prompts, new LlmBriefer.Settings(settings.model(), settings.maxNumCtx(),
                ModelSettings.TEMPERATURE, ModelSettings.SEED, ModelSettings.ANSWER_TOKENS, parallel,
                settings.backend() == Backend.OPENAI ? Engine.OPENAI : Engine.OLLAMA), calls);
    }

    /** The servers that answered this thread's model calls since it last asked; none when no model was used or all came from the cache. */
    public synchronized List<String> takeAnsweredBy() {
        return stack == null ? List.of() : stack.answeredBy();
    }

    /** How many model servers this run spreads its calls over: 0 when it used none (the extractive engine, a replay). */
    public synchronized int servers() {
        return stack == null ? 0 : stack.servers();
    }

    /** The servers taken out of the pool so far. */
    public synchronized List<PooledLanguageModel.TakenOut> takenOut() {
        return stack == null ? List.of() : stack.takenOut();
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
