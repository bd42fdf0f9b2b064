package dev.brief.engine.llm;

import dev.brief.BriefException;
import dev.brief.ExitCode;
import dev.brief.domain.Briefing.Usage;
import dev.brief.domain.GenerationOptions;
import dev.brief.model.ChatTurn;
import dev.brief.model.LanguageModel;
import dev.brief.model.ModelReply;
import dev.brief.model.ModelRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;

/**
 * The engine's calls to the model: fixed sampling options, a check that the prompt was not cut, and
 * at most {@code --parallel} calls at once across every event of the run.
 */
final class ModelCalls {
    private final LanguageModel llm;
    private final String model;
    private final double temperature;
    private final int seed;
    private final CallListener listener;
    private final int parallel;
    private final Semaphore atOnce;

    ModelCalls(LanguageModel llm, String model, double temperature, int seed) {
        this(llm, model, temperature, seed, 1, CallListener.NONE);
    }

    ModelCalls(LanguageModel llm, String model, double temperature, int seed, int parallel, CallListener listener) {
        this.llm = llm;
        this.model = model;
        this.temperature = temperature;
        this.seed = seed;
        this.listener = listener;
        this.parallel = Math.max(1, parallel);
        this.atOnce = new Semaphore(this.parallel, true);
    }

    /** How many calls may run at once. */
    int parallel() {
        return parallel;
    }

    /** One answer and the options it was asked with. */
    record Call(ModelReply reply, GenerationOptions options) {
        Usage usage() {
            int p = reply.promptTokens() == null ? 0 : reply.promptTokens();
            int c = reply.completionTokens() == null ? 0 : reply.completionTokens();
            return reply.cached() ? new Usage(0, 1, p, c) : new Usage(1, 0, p, c);
        }

        String content() {
            return reply.content();
        }
    }

    GenerationOptions options(int numCtx, int answerTokens) {
        return new GenerationOptions(numCtx, temperature, seed, answerTokens);
    }

    ModelRequest request(List<ChatTurn> messages, String schema, int numCtx, int answerTokens) {
        return new ModelRequest(model, messages, schema, options(numCtx, answerTokens), TokenEstimate.of(messages, schema));
    }

    /** @param what names the call for whoever shows progress: "briefing", "map 3/82", "repair" */
    Call call(String what, List<ChatTurn> messages, String schema, int numCtx, int answerTokens) {
        ModelRequest request = request(messages, schema, numCtx, answerTokens);
        ModelReply reply;
        try {
            atOnce.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BriefException(ExitCode.SERVER, "interrupted; the answers received so far are cached, so a rerun asks only for the rest");
        }
        listener.calling(what);
        try {
            reply = llm.chat(request);
        } catch (RuntimeException e) {
            listener.failed(what);
            throw e;
        } finally {
            atOnce.release();
        }
        listener.answered(what);
        checkNotTruncated(reply, request.estimatedPromptTokens(), numCtx);
        return new Call(reply, request.options());
    }

    /**
     * Ollama cuts a prompt that does not fit num_ctx and answers anyway; prompt_eval_count is the only
     * sign. A count that fills the window, or falls far below our estimate, means text was lost.
     */
    private static void checkNotTruncated(ModelReply reply, int estimate, int numCtx) {
        Integer evaluated = reply.promptTokens();
        if (evaluated == null) {
            return; // older servers leave the count out; there is nothing to compare
        }
        if (evaluated >= numCtx - 32 || evaluated < estimate / 2) {
            throw new BriefException(ExitCode.CONTEXT, "the server evaluated " + evaluated + " prompt tokens where about " + estimate
                    + " were sent (num_ctx " + numCtx + "), so it cut the prompt; raise --num-ctx, check the model's context length with 'brief doctor', or brief fewer articles");
        }
    }

    CallListener listener() {
        return listener;
    }

    /** What was wrong with an answer, for the repair turn: the faults found, and a cut-off answer first. */
    static List<String> problems(List<String> found, ModelReply reply) {
        List<String> out = new ArrayList<>(found);
        if ("length".equals(reply.doneReason())) {
            out.add(0, "the answer was cut off at the token limit; write shorter items");
        }
        return out;
    }
}
