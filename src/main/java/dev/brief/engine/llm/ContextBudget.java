package dev.brief.engine.llm;

import dev.brief.BriefException;
import dev.brief.ExitCode;
import dev.brief.model.LanguageModel;
import java.util.OptionalInt;

/**
 * How much context a call may use and how much it asks for: num_ctx is always set, sized to the
 * prompt, and never above the model's trained length or {@code --num-ctx}.
 */
final class ContextBudget {
    /** Ollama's context is at least this large; smaller sizes save nothing worth a model reload. */
    private static final int MIN_NUM_CTX = 2048;
    private static final int CTX_STEP = 1024;

    private final LanguageModel llm;
    private final String model;
    private final Integer maxNumCtx;
    private final int answerTokens;
    private OptionalInt modelLength;

    /** @param maxNumCtx {@code --num-ctx}, or null for no limit but the model's */
    ContextBudget(LanguageModel llm, String model, Integer maxNumCtx, int answerTokens) {
        this.llm = llm;
        this.model = model;
        this.maxNumCtx = maxNumCtx;
        this.answerTokens = answerTokens;
    }

    /** Asked once, when a call first needs it; synchronized so that parallel events ask the server once. */
    private synchronized OptionalInt modelLength() {
        if (modelLength == null) {
            modelLength = llm.contextLength(model);
        }
        return modelLength;
    }

    /** The model's trained length and {@code --num-ctx}, whichever is smaller; empty when neither is known. */
    OptionalInt limit() {
        OptionalInt length = modelLength();
        return maxNumCtx == null ? length : OptionalInt.of(length.isPresent() ? Math.min(length.getAsInt(), maxNumCtx) : maxNumCtx);
    }

    /** Whether a prompt and its answer fit in one call. */
    boolean fits(int promptTokens, int answer) {
        OptionalInt limit = limit();
        return limit.isEmpty() || promptTokens + answer <= limit.getAsInt();
    }

    boolean fits(int promptTokens) {
        return fits(promptTokens, answerTokens);
    }

    int size(int promptTokens) {
        return size(promptTokens, answerTokens);
    }

    /**
     * Room for the prompt, the answer, and a repair turn that repeats the answer, so that a repair
     * reuses the loaded model instead of reloading it with a larger context; never above the limit.
     */
    int size(int promptTokens, int answer) {
        int need = promptTokens + 2 * answer;
        int size = Math.max(MIN_NUM_CTX, (need + CTX_STEP - 1) / CTX_STEP * CTX_STEP);
        OptionalInt limit = limit();
        if (limit.isPresent() && size > limit.getAsInt()) {
            int cap = limit.getAsInt();
            if (promptTokens + answer > cap) {
                throw new BriefException(ExitCode.CONTEXT, "a prompt needs about " + (promptTokens + answer)
                        + " tokens of context (prompt ~" + promptTokens + " + answer " + answer + "), more than the "
                        + cap + " allowed (" + limitSource() + "); raise --num-ctx if the model allows it, use a model with a longer context, or brief fewer articles");
            }
            size = cap;
        }
        return size;
    }

    /** What sets the limit, as the user would change it. */
    String limitSource() {
        OptionalInt length = modelLength();
        if (maxNumCtx != null && (length.isEmpty() || maxNumCtx <= length.getAsInt())) {
            return "--num-ctx " + maxNumCtx;
        }
        return "the context length of " + model;
    }
}
