package dev.brief.brief;

import dev.brief.BriefException;
import dev.brief.ExitCode;
import dev.brief.brief.Briefing.Difference;
import dev.brief.brief.Briefing.Item;
import dev.brief.brief.Briefing.Usage;
import dev.brief.group.Event;
import dev.brief.read.Article;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Briefs an event with a model: renders the prompt files with the articles as delimited, untrusted
 * data, asks for JSON under a schema, and sends one repair round-trip when the answer is unusable.
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

    public LlmBriefer(LanguageModel llm, PromptSet prompts, Settings settings) {
        this.llm = llm;
        this.prompts = prompts;
        this.settings = settings;
    }

    @Override
    public Briefing brief(Event event) {
        ModelRequest request = request(event);
        List<ChatTurn> messages = request.messages();
        String schema = request.schema();
        int numCtx = request.options().numCtx();
        Call first = call(messages, schema, numCtx);
        Usage usage = first.usage();
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
        return new Briefing(answer.headline(), "ollama", settings.model(), options(numCtx), prompts.hash(), sources(event),
                answer.summary(), answer.agreements(), answer.differences(), answer.singleSource(), usage,
                Briefing.Verification.NONE);
    }

    @Override
    public Briefing repair(Event event, Briefing checked) {
        List<String> problems = itemProblems(checked);
        if (problems.isEmpty()) {
            return checked;
        }
        List<ChatTurn> messages = withRepair(messages(event), ModelAnswer.toJson(checked), problems);
        String schema = schema(event);
        int numCtx = Math.max(checked.options().numCtx(), contextSize(TokenEstimate.of(messages, schema)));
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

    /** The first request for an event, exactly as it is sent; {@code brief prompts render} shows it. */
    public ModelRequest request(Event event) {
        List<ChatTurn> messages = messages(event);
        String schema = schema(event);
        int estimate = TokenEstimate.of(messages, schema);
        return new ModelRequest(settings.model(), messages, schema, options(contextSize(estimate)), estimate);
    }

    /** The exact messages for an event, as {@code brief prompts render} shows them. */
    public List<ChatTurn> messages(Event event) {
        List<Article> articles = event.articles();
        StringBuilder blocks = new StringBuilder();
        for (Article a : articles) {
            Map<String, String> v = new LinkedHashMap<>();
            v.put("id", a.id());
            v.put("outlet", field(new Source(a.id(), 0, a.outlet(), a.agency(), a.title(), a.published(), a.url(), a.path()).displayName()));
            v.put("title", field(a.title()));
            v.put("published", a.published() == null ? "unknown" : a.published().toString());
            v.put("text", fence(a.text()));
            blocks.append(prompts.render("article.md", v));
        }
        Map<String, String> v = new LinkedHashMap<>();
        v.put("article_count", Integer.toString(articles.size()));
        v.put("source_ids", String.join(", ", articles.stream().map(Article::id).toList()));
        v.put("single_source_note", articles.size() == 1 ? prompts.text("single-source.md") : "");
        v.put("articles", blocks.toString().stripTrailing());
        return List.of(ChatTurn.system(prompts.text("system.md").strip()), ChatTurn.user(prompts.render("event.md", v).strip()));
    }

    public String schema(Event event) {
        return BriefingSchema.forSources(event.articles().stream().map(Article::id).toList());
    }

    public GenerationOptions options(int numCtx) {
        return new GenerationOptions(numCtx, settings.temperature(), settings.seed(), settings.answerTokens());
    }

    /**
     * Room for the prompt, the answer, and a repair turn that repeats the answer, so that a repair
     * reuses the loaded model instead of reloading it with a larger context.
     */
    public int contextSize(int promptTokens) {
        int need = promptTokens + 2 * settings.answerTokens();
        int size = Math.max(MIN_NUM_CTX, (need + CTX_STEP - 1) / CTX_STEP * CTX_STEP);
        Integer cap = settings.maxNumCtx();
        if (cap != null && size > cap) {
            if (promptTokens + settings.answerTokens() > cap) {
                throw new BriefException(ExitCode.CONTEXT, "the articles need about " + (promptTokens + settings.answerTokens())
                        + " tokens of context (prompt ~" + promptTokens + " + answer " + settings.answerTokens()
                        + "), more than --num-ctx " + cap + "; raise --num-ctx if the model allows it, or brief fewer or shorter articles");
            }
            size = cap;
        }
        return size;
    }

    private record Call(ModelReply reply, GenerationOptions options) {
        Usage usage() {
            int p = reply.promptTokens() == null ? 0 : reply.promptTokens();
            int c = reply.completionTokens() == null ? 0 : reply.completionTokens();
            return reply.cached() ? new Usage(0, 1, p, c) : new Usage(1, 0, p, c);
        }
    }

    private Call call(List<ChatTurn> messages, String schema, int numCtx) {
        int estimate = TokenEstimate.of(messages, schema);
        GenerationOptions options = options(numCtx);
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

    private List<ChatTurn> withRepair(List<ChatTurn> messages, String previousAnswer, List<String> problems) {
        List<ChatTurn> out = new ArrayList<>(messages);
        out.add(ChatTurn.assistant(previousAnswer));
        StringBuilder list = new StringBuilder();
        for (String p : problems) {
            list.append("- ").append(p).append('\n');
        }
        out.add(ChatTurn.user(prompts.render("repair.md", Map.of("problems", list.toString().stripTrailing())).strip()));
        return out;
    }

    private static List<String> problems(List<String> found, ModelReply reply) {
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
            for (String p : d.problems()) {
                out.add("differences[" + i + "] \"" + d.topic() + "\": " + p);
            }
        }
        addItemProblems(out, "singleSource", b.singleSource());
        return out;
    }

    private static void addItemProblems(List<String> out, String section, List<Item> items) {
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            for (String p : item.problems()) {
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
