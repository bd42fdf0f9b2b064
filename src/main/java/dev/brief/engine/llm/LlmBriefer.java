package dev.brief.engine.llm;

import dev.brief.domain.Problem;
import dev.brief.domain.Engine;
import dev.brief.domain.Briefing;
import dev.brief.domain.GenerationOptions;
import dev.brief.domain.Source;
import dev.brief.engine.Briefer;
import dev.brief.model.ChatTurn;
import dev.brief.model.LanguageModel;
import dev.brief.model.ModelReply;
import dev.brief.model.ModelRequest;
import dev.brief.BriefException;
import dev.brief.ExitCode;
import dev.brief.domain.Briefing.Difference;
import dev.brief.domain.Briefing.Item;
import dev.brief.domain.Briefing.Usage;
import dev.brief.domain.Event;
import dev.brief.domain.Article;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Briefs an event with a model: renders the prompt files with the articles as delimited, untrusted
 * data, asks for JSON under a schema, and sends one repair round-trip when the answer is unusable.
 * When the articles do not fit the context, {@link MapReduce} first reduces them to notes.
 */
public final class LlmBriefer implements Briefer {
    /** Ollama's context is at least this large; smaller sizes save nothing worth a model reload. */
    private static final int MIN_NUM_CTX = 2048;
    private static final int CTX_STEP = 1024;

    /**
     * @param maxNumCtx    the largest num_ctx to send ({@code --num-ctx}), or null for no limit
     * @param answerTokens num_predict: the most tokens the answer may take
     */
    public record Settings(String model, Integer maxNumCtx, double temperature, int seed, int answerTokens) {}

    private final LanguageModel llm;
    private final PromptSet prompts;
    private final Settings settings;
    private OptionalInt modelContextLength;
    private OptionalInt contextLimit;
    /** The prompt each event was briefed with, so a repair reuses it (and its map step's notes). */
    private final Map<Event, Prompt> prepared = new ConcurrentHashMap<>();

    /**
     * The messages and schema of the briefing call. preparation is what it took to make them: the
     * map calls when the articles had to be reduced to notes first.
     */
    record Prompt(List<ChatTurn> messages, String schema, Usage preparation) {}

    public LlmBriefer(LanguageModel llm, PromptSet prompts, Settings settings) {
        this.llm = llm;
        this.prompts = prompts;
        this.settings = settings;
    }

    /** The model's trained context length, asked once, when a call first needs it. */
    private synchronized OptionalInt modelContextLength() {
        if (modelContextLength == null) {
            modelContextLength = llm.contextLength(settings.model());
        }
        return modelContextLength;
    }

    @Override
    public Briefing brief(Event event) {
        Prompt prompt = prompt(event);
        List<ChatTurn> messages = prompt.messages();
        String schema = prompt.schema();
        int numCtx = contextSize(TokenEstimate.of(messages, schema));
        Call first = call(messages, schema, numCtx);
        Usage usage = prompt.preparation().plus(first.usage());
        ModelAnswer answer;
        try {
            answer = ModelAnswer.parse(first.reply.content());
        } catch (ModelAnswer.Invalid invalid) {
            List<ChatTurn> retry = withRepair(messages, first.reply.content(), problems(invalid.problems, first.reply));
            Call second = call(retry, schema, numCtx);
            usage = usage.plus(second.usage());
            try {
                answer = ModelAnswer.parse(second.reply.content());
            } catch (ModelAnswer.Invalid still) {
                throw new BriefException(ExitCode.INVALID_OUTPUT, "the model's answer was still unusable after one repair ("
                        + String.join("; ", problems(still.problems, second.reply)) + "); try another --model, or rerun with -v");
            }
        }
        return new Briefing(answer.headline(), Engine.OLLAMA, settings.model(), options(numCtx), prompts.hash(), sources(event),
                answer.summary(), answer.agreements(), answer.differences(), answer.singleSource(), usage,
                Briefing.Verification.NONE);
    }

    @Override
    public Briefing repair(Event event, Briefing checked) {
        List<String> problems = itemProblems(checked);
        if (problems.isEmpty()) {
            return checked;
        }
        Prompt prompt = prompt(event);
        List<ChatTurn> messages = withRepair(prompt.messages(), ModelAnswer.toJson(checked), problems);
        String schema = prompt.schema();
        int numCtx;
        try {
            numCtx = Math.max(checked.options().numCtx(), contextSize(TokenEstimate.of(messages, schema)));
        } catch (BriefException tooLong) {
            // No room for the repair turn under the context limit: the first answer stands, its failing items unverified.
            return checked;
        }
        Call call = call(messages, schema, numCtx);
        Usage usage = checked.usage().plus(call.usage());
        try {
            ModelAnswer answer = ModelAnswer.parse(call.reply.content());
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
    Prompt prompt(Event event) {
        return prepared.computeIfAbsent(event, e -> {
            List<ChatTurn> full = messages(e);
            String schema = schema(e);
            if (fits(TokenEstimate.of(full, schema), settings.answerTokens())) {
                return new Prompt(full, schema, Usage.NONE);
            }
            return new MapReduce(this).prompt(e);
        });
    }

    /**
     * The request over the articles' full texts, exactly as it is sent when they fit; {@code brief prompts
     * render} shows it without calling a model, so it never runs the map step.
     */
    public ModelRequest request(Event event) {
        List<ChatTurn> messages = messages(event);
        String schema = schema(event);
        int estimate = TokenEstimate.of(messages, schema);
        int numCtx = fits(estimate, settings.answerTokens()) ? contextSize(estimate) : contextLimit().getAsInt();
        return new ModelRequest(settings.model(), messages, schema, options(numCtx), estimate);
    }

    /** Whether the full texts are too long for one call, so that briefing the event takes a map step first. */
    public boolean needsMapReduce(Event event) {
        return !fits(TokenEstimate.of(messages(event), schema(event)), settings.answerTokens());
    }

    /** The exact messages for an event over the articles' full texts, as {@code brief prompts render} shows them. */
    public List<ChatTurn> messages(Event event) {
        StringBuilder blocks = new StringBuilder();
        for (Article a : event.articles()) {
            blocks.append(articleBlock(a, fence(a.text())));
        }
        return briefingMessages(event, "event.md", blocks.toString());
    }

    /** The system message and one user message from {@code template}, filled with the event's ids and blocks. */
    List<ChatTurn> briefingMessages(Event event, String template, String blocks) {
        List<Article> articles = event.articles();
        Map<String, String> v = new LinkedHashMap<>();
        v.put("article_count", Integer.toString(articles.size()));
        v.put("source_ids", String.join(", ", articles.stream().map(Article::id).toList()));
        v.put("single_source_note", articles.size() == 1 ? prompts.text("single-source.md") : "");
        v.put("articles", blocks.stripTrailing());
        return List.of(ChatTurn.system(prompts.text("system.md").strip()), ChatTurn.user(prompts.render(template, v).strip()));
    }

    /** One article.md block: the article's metadata and body, which is already fenced. */
    String articleBlock(Article a, String body) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("id", a.id());
        v.put("outlet", field(Source.of(a, 0).displayName()));
        v.put("title", field(a.title()));
        v.put("published", a.published() == null ? "unknown" : a.published().toString());
        v.put("text", body);
        return prompts.render("article.md", v);
    }

    public String schema(Event event) {
        return BriefingSchema.forSources(event.articles().stream().map(Article::id).toList());
    }

    public GenerationOptions options(int numCtx) {
        return new GenerationOptions(numCtx, settings.temperature(), settings.seed(), settings.answerTokens());
    }

    /**
     * The largest context a call may use: the model's trained length and {@code --num-ctx}, whichever
     * is smaller; empty when neither is known.
     */
    /** Synchronized: under --parallel the events' first calls would otherwise all ask /api/show at once. */
    synchronized OptionalInt contextLimit() {
        if (contextLimit == null) {
            OptionalInt model = modelContextLength();
            Integer cap = settings.maxNumCtx();
            contextLimit = cap == null ? model
                    : OptionalInt.of(model.isPresent() ? Math.min(model.getAsInt(), cap) : cap);
        }
        return contextLimit;
    }

    /** Whether a prompt and its answer fit in one call. */
    boolean fits(int promptTokens, int answerTokens) {
        OptionalInt limit = contextLimit();
        return limit.isEmpty() || promptTokens + answerTokens <= limit.getAsInt();
    }

    public int contextSize(int promptTokens) {
        return contextSize(promptTokens, settings.answerTokens());
    }

    /**
     * Room for the prompt, the answer, and a repair turn that repeats the answer, so that a repair
     * reuses the loaded model instead of reloading it with a larger context; never above the limit.
     */
    int contextSize(int promptTokens, int answerTokens) {
        int need = promptTokens + 2 * answerTokens;
        int size = Math.max(MIN_NUM_CTX, (need + CTX_STEP - 1) / CTX_STEP * CTX_STEP);
        OptionalInt limit = contextLimit();
        if (limit.isPresent() && size > limit.getAsInt()) {
            int cap = limit.getAsInt();
            if (promptTokens + answerTokens > cap) {
                throw new BriefException(ExitCode.CONTEXT, "a prompt needs about " + (promptTokens + answerTokens)
                        + " tokens of context (prompt ~" + promptTokens + " + answer " + answerTokens + "), more than the "
                        + cap + " allowed (" + limitSource() + "); raise --num-ctx if the model allows it, use a model with a longer context, or brief fewer articles");
            }
            size = cap;
        }
        return size;
    }

    /** What sets the context limit, as the user would change it. */
    String limitSource() {
        OptionalInt model = modelContextLength();
        Integer cap = settings.maxNumCtx();
        if (cap != null && (model.isEmpty() || cap <= model.getAsInt())) {
            return "--num-ctx " + cap;
        }
        return "the context length of " + settings.model();
    }

    Settings settings() {
        return settings;
    }

    PromptSet promptSet() {
        return prompts;
    }

    record Call(ModelReply reply, GenerationOptions options) {
        Usage usage() {
            int p = reply.promptTokens() == null ? 0 : reply.promptTokens();
            int c = reply.completionTokens() == null ? 0 : reply.completionTokens();
            return reply.cached() ? new Usage(0, 1, p, c) : new Usage(1, 0, p, c);
        }
    }

    private Call call(List<ChatTurn> messages, String schema, int numCtx) {
        return call(messages, schema, numCtx, settings.answerTokens());
    }

    Call call(List<ChatTurn> messages, String schema, int numCtx, int answerTokens) {
        int estimate = TokenEstimate.of(messages, schema);
        GenerationOptions options = new GenerationOptions(numCtx, settings.temperature(), settings.seed(), answerTokens);
        ModelReply reply = llm.chat(new ModelRequest(settings.model(), messages, schema, options, estimate));
        checkNotTruncated(reply, estimate, numCtx);
        return new Call(reply, options);
    }

    /**
     * Ollama cuts a prompt that does not fit num_ctx and answers anyway; prompt_eval_count is the only
     * sign. A count that fills the window, or falls far below our estimate, means text was lost.
     */
    private void checkNotTruncated(ModelReply reply, int estimate, int numCtx) {
        Integer evaluated = reply.promptTokens();
        if (evaluated == null) {
            return; // older servers leave the count out; there is nothing to compare
        }
        if (evaluated >= numCtx - 32 || evaluated < estimate / 2) {
            throw new BriefException(ExitCode.CONTEXT, "the server evaluated " + evaluated + " prompt tokens where about " + estimate
                    + " were sent (num_ctx " + numCtx + "), so it cut the prompt; raise --num-ctx, check the model's context length with 'brief doctor', or brief fewer articles");
        }
    }

    List<ChatTurn> withRepair(List<ChatTurn> messages, String previousAnswer, List<String> problems) {
        List<ChatTurn> out = new ArrayList<>(messages);
        out.add(ChatTurn.assistant(previousAnswer));
        StringBuilder list = new StringBuilder();
        for (String p : problems) {
            list.append("- ").append(p).append('\n');
        }
        out.add(ChatTurn.user(prompts.render("repair.md", Map.of("problems", list.toString().stripTrailing())).strip()));
        return out;
    }

    static List<String> problems(List<String> found, ModelReply reply) {
        List<String> out = new ArrayList<>(found);
        if ("length".equals(reply.doneReason())) {
            out.add(0, "the answer was cut off at the token limit; write shorter items");
        }
        return out;
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

    /** Article text may hold our own delimiters; break them so it cannot end its block early. */
    static String fence(String text) {
        return text.replaceAll("(?i)<(/?)article", "<$1 article");
    }

    private static String field(String value) {
        return value == null ? "unknown" : value.replaceAll("\\s+", " ").strip();
    }
}
