package dev.brief.verify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.brief.BriefException;
import dev.brief.domain.GenerationOptions;
import dev.brief.domain.Problem;
import dev.brief.domain.Problem.Kind;
import dev.brief.engine.llm.PromptSet;
import dev.brief.engine.llm.TokenEstimate;
import dev.brief.model.ChatTurn;
import dev.brief.model.LanguageModel;
import dev.brief.model.ModelRequest;
import dev.brief.text.Passages;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * The optional model check ({@code --check-with MODEL}): a model on the same server is asked whether a
 * statement is supported by the passage it cites ({@code prompts/check.md}, in the "Document: / Claim:"
 * form of fact-checking models such as bespoke-minicheck). One short call per statement the checks
 * dispute or are unsure of (a cited source whose best passage holds under {@link Passages#WEAK} of its
 * words), through the run's model stack, so it is cached like every call. The verdict joins the
 * statement's problems; the deterministic checks are never overruled. The check is an addition to the
 * briefing, not a condition of it: when its model cannot be asked (no server, a model not pulled), one
 * notice says so and the rest of the run is checked without it.
 */
public final class ModelCheck {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SCHEMA = "{\"type\":\"object\",\"properties\":{\"supported\":{\"type\":\"boolean\"}},\"required\":[\"supported\"]}";
    private static final int ANSWER_TOKENS = 16;
    private static final int MIN_NUM_CTX = 2048;

    private final LanguageModel llm;
    private final String model;
    private final PromptSet prompts;
    private final Consumer<String> notice;
    private final AtomicBoolean unavailable = new AtomicBoolean();

    public ModelCheck(LanguageModel llm, String model, PromptSet prompts) {
        this(llm, model, prompts, message -> { });
    }

    /** @param notice told once, when the model cannot be asked and the check is left out */
    public ModelCheck(LanguageModel llm, String model, PromptSet prompts, Consumer<String> notice) {
        this.llm = llm;
        this.model = model;
        this.prompts = prompts;
        this.notice = notice;
    }

    /** Leaves the check out of the run, saying why once. */
    public void skip(String why) {
        if (unavailable.compareAndSet(false, true)) {
            notice.accept("--check-with " + model + " is left out of this run: " + why);
        }
    }

    public String model() {
        return model;
    }

    /**
     * The model's verdict on a statement, as problems: none when the checks are sure of every cited
     * source and found nothing; else one call about the source they doubt most.
     */
    List<Problem> check(String statement, Set<String> stems, List<SourceText> cited, List<Problem> found) {
        if (cited.isEmpty() || stems.isEmpty() || unavailable.get()) {
            return List.of();
        }
        SourceText doubted = null;
        double lowest = 2;
        for (SourceText s : cited) {
            boolean disputed = found.stream().anyMatch(p -> p.disputes(s.article.id()));
            double share = Passages.best(stems, s.passages).share();
            if (disputed) {
                doubted = s;
                break;
            }
            if (share < lowest) {
                lowest = share;
                doubted = s;
            }
        }
        if (found.isEmpty() && lowest >= Passages.WEAK) {
            return List.of(); // every cited source says it nearly word for word
        }
        Boolean supported;
        try {
            supported = ask(statement, passage(stems, doubted));
        } catch (BriefException e) {
            skip(e.what());
            return List.of();
        }
        if (unavailable.get()) {
            return List.of();
        }
        String outlet = ContentCheck.name(doubted);
        if (supported == null) {
            return List.of(Problem.about(Kind.MODEL, List.of(), model + " gave no verdict on " + outlet + "'s passage"));
        }
        if (!supported) {
            return List.of(Problem.about(Kind.MODEL, List.of(doubted.article.id()), model + " finds that the passage of " + outlet
                    + " does not support this statement"));
        }
        return found.isEmpty() ? List.of() : List.of(Problem.about(Kind.MODEL, List.of(), model + " finds it supported by the passage of "
                + outlet + ", but the checks above still fail"));
    }

    /** The source's best passage for the statement: a sentence, or two adjacent ones. */
    private static String passage(Set<String> stems, SourceText source) {
        Passages.Best best = Passages.best(stems, source.passages);
        List<String> sentences = source.passages.sentences();
        if (best.at() < 0) {
            return sentences.isEmpty() ? "" : sentences.get(0);
        }
        return best.withNext() ? sentences.get(best.at()) + " " + sentences.get(best.at() + 1) : sentences.get(best.at());
    }

    private Boolean ask(String claim, String document) {
        List<ChatTurn> turns = List.of(ChatTurn.user(prompts.render("check.md", Map.of("document", document, "claim", claim)).strip()));
        int estimate = TokenEstimate.of(turns, SCHEMA);
        int numCtx = Math.max(MIN_NUM_CTX, (estimate + ANSWER_TOKENS + 1023) / 1024 * 1024);
        try {
            String content = llm.chat(new ModelRequest(model, turns, SCHEMA, new GenerationOptions(numCtx, 0.0, 42, ANSWER_TOKENS), estimate)).content();
            JsonNode answer = JSON.readTree(content.strip());
            return answer != null && answer.path("supported").isBoolean() ? answer.path("supported").asBoolean() : null;
        } catch (IOException e) {
            return null;
        }
    }
}
