package dev.brief.engine.llm;

import dev.brief.BriefException;
import dev.brief.ExitCode;
import dev.brief.domain.Article;
import dev.brief.domain.Briefing;
import dev.brief.domain.Briefing.Difference;
import dev.brief.domain.Briefing.Item;
import dev.brief.domain.Briefing.Usage;
import dev.brief.domain.Engine;
import dev.brief.domain.Event;
import dev.brief.domain.Problem;
import dev.brief.domain.Source;
import dev.brief.domain.Story;
import dev.brief.engine.Briefer;
import dev.brief.model.ChatTurn;
import dev.brief.model.LanguageModel;
import dev.brief.model.ModelRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The LLM engine: renders the prompts with the event's articles, fenced and marked as untrusted
 * data, asks for JSON under a schema, and sends one repair round-trip when the answer is unusable.
 * When the articles do not fit the context, {@link MapReduce} first reduces them to notes.
 */
public final class LlmBriefer implements Briefer {
    /**
     * @param maxNumCtx    the largest num_ctx to send ({@code --num-ctx}), or null for no limit
     * @param answerTokens num_predict: the most tokens the answer may take
     * @param parallel     how many calls may run at once ({@code --parallel}): an event's map calls, and the run's events
     */
    /** @param engine what the briefings name as their engine: the API the model answered through ({@link Engine#OPENAI} or Ollama's) */
    public record Settings(String model, Integer maxNumCtx, double temperature, int seed, int answerTokens, int parallel, Engine engine) {
        public Settings(String model, Integer maxNumCtx, double temperature, int seed, int answerTokens) {
            this(model, maxNumCtx, temperature, seed, answerTokens, 1, Engine.OLLAMA);
        }
    }

    private final Settings settings;
    private final Messages messages;
    private final ModelCalls calls;
    private final ContextBudget budget;
    /** The prompt each event was briefed with, so a repair reuses it (and its map step's notes). */
    private final Map<Event, Prompt> prepared = new ConcurrentHashMap<>();

    public LlmBriefer(LanguageModel llm, PromptSet prompts, Settings settings) {
        this(llm, prompts, settings, CallListener.NONE);
    }

    /** @param listener told of each call to the model as it starts and ends, to show what a run waits on */
    public LlmBriefer(LanguageModel llm, PromptSet prompts, Settings settings, CallListener listener) {
        this.settings = settings;
        this.messages = new Messages(prompts);
        this.calls = new ModelCalls(llm, settings.model(), settings.temperature(), settings.seed(), settings.parallel(), listener);
        this.budget = new ContextBudget(llm, settings.model(), settings.maxNumCtx(), settings.answerTokens());
    }

    @Override
    public Briefing brief(Event event) {
        return answer(event, prompt(event));
    }

    private Briefing answer(Event event, Prompt prompt) {
        int numCtx = budget.size(TokenEstimate.of(prompt.messages(), prompt.schema()));
        ModelCalls.Call first = call(prompt.callName(), prompt.messages(), prompt.schema(), numCtx);
        Usage usage = prompt.preparation().plus(first.usage());
        ModelAnswer answer;
        try {
            answer = ModelAnswer.parse(first.content());
        } catch (ModelAnswer.Invalid invalid) {
            List<ChatTurn> retry = messages.withRepair(prompt.messages(), first.content(), ModelCalls.problems(invalid.problems, first.reply()));
            ModelCalls.Call second = call(prompt.callName() + " (retry)", retry, prompt.schema(), numCtx);
            usage = usage.plus(second.usage());
            try {
                answer = ModelAnswer.parse(second.content());
            } catch (ModelAnswer.Invalid still) {
                throw new BriefException(ExitCode.INVALID_OUTPUT, "the model's answer was still unusable after one repair ("
                        + String.join("; ", ModelCalls.problems(still.problems, second.reply())) + "); try another --model, or rerun with -v");
            }
        }
        return new Briefing(answer.headline(), settings.engine(), settings.model(), first.options(), messages.prompts().hash(), sources(event),
                answer.summary(), answer.agreements(), answer.differences(), answer.singleSource(), usage,
                Briefing.Verification.NONE);
    }

    /**
     * What is new in an event that continues a story: update.md gives the model what the earlier
     * briefings said, not to be cited. Articles too long for one call are briefed in full (through the
     * map step), and brief leaves out what restates the earlier briefings.
     */
    @Override
    public Briefing update(Event event, Story story) {
        List<ChatTurn> turns = messages.update(event, story);
        String schema = Messages.schema(event);
        if (!budget.fits(TokenEstimate.of(turns, schema))) {
            return brief(event);
        }
        Prompt prompt = new Prompt(turns, schema, Usage.NONE, false);
        // A repair of this briefing continues this conversation, not the full briefing's.
        prepared.put(event, prompt);
        return answer(event, prompt);
    }

    @Override
    public Briefing repair(Event event, Briefing checked) {
        List<String> problems = itemProblems(checked);
        if (problems.isEmpty()) {
            return checked;
        }
        Prompt prompt = prompt(event);
        List<ChatTurn> repairMessages = messages.withRepair(prompt.messages(), ModelAnswer.toJson(checked), problems);
        int numCtx;
        try {
            numCtx = Math.max(checked.options().numCtx(), budget.size(TokenEstimate.of(repairMessages, prompt.schema())));
        } catch (BriefException tooLong) {
            // No room for the repair turn under the context limit: the first answer stands, its failing items unverified.
            return checked;
        }
        ModelCalls.Call call = call("repair", repairMessages, prompt.schema(), numCtx);
        Usage usage = checked.usage().plus(call.usage());
        try {
            ModelAnswer answer = ModelAnswer.parse(call.content());
            return checked.withContent(answer.headline(), answer.summary(), answer.agreements(), answer.differences(), answer.singleSource())
                    .withUsage(usage);
        } catch (ModelAnswer.Invalid invalid) {
            // The first answer stands, with its failing items marked unverified.
            return checked.withUsage(usage);
        }
    }

    /**
     * The briefing prompt: the articles' full texts when they fit the context, else the notes the
     * map step took on them ({@link MapReduce}). Made once per event.
     */
    private Prompt prompt(Event event) {
        return prepared.computeIfAbsent(event, e -> {
            List<ChatTurn> full = messages.fullText(e);
            String schema = Messages.schema(e);
            if (budget.fits(TokenEstimate.of(full, schema))) {
                return new Prompt(full, schema, Usage.NONE, false);
            }
            return new MapReduce(messages, calls, budget, settings.answerTokens()).prompt(e);
        });
    }

    /**
     * The request over the articles' full texts, exactly as it is sent when they fit; {@code brief prompts
     * render} shows it without calling a model, so it never runs the map step.
     */
    public ModelRequest request(Event event) {
        List<ChatTurn> full = messages.fullText(event);
        String schema = Messages.schema(event);
        int estimate = TokenEstimate.of(full, schema);
        int numCtx = budget.fits(estimate) ? budget.size(estimate) : budget.limit().getAsInt();
        return calls.request(full, schema, numCtx, settings.answerTokens());
    }

    /** Whether the full texts are too long for one call, so that briefing the event takes a map step first. */
    public boolean needsMapReduce(Event event) {
        return !budget.fits(TokenEstimate.of(messages.fullText(event), Messages.schema(event)));
    }

    private ModelCalls.Call call(String what, List<ChatTurn> turns, String schema, int numCtx) {
        return calls.call(what, turns, schema, numCtx, settings.answerTokens());
    }

    /** One line per failing item, naming where it is, so the model can find it. */
    static List<String> itemProblems(Briefing b) {
        List<String> out = new ArrayList<>();
        addItemProblems(out, "summary", b.summary());
        addItemProblems(out, "agreements", b.agreements());
        for (int i = 0; i < b.differences().size(); i++) {
            Difference d = b.differences().get(i);
            for (Problem p : d.problems()) {
                out.add("differences[" + i + "] \"" + d.topic() + "\": " + p);
            }
        }
        addItemProblems(out, "singleSource", b.singleSource());
        return out;
    }

    private static void addItemProblems(List<String> out, String section, List<Item> items) {
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            for (Problem p : item.problems()) {
                out.add(section + "[" + i + "] \"" + item.text() + "\": " + p);
            }
        }
    }

    private static List<Source> sources(Event event) {
        List<Source> out = new ArrayList<>();
        int n = 1;
        for (Article a : event.articles()) {
            out.add(Source.of(a, n++));
        }
        return out;
    }
}
