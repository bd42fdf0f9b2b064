package dev.brief.model.openai;

import dev.brief.BriefException;
import dev.brief.model.LanguageModel;
import dev.brief.model.ModelReply;
import dev.brief.model.ModelRequest;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * An OpenAI-compatible server's context is fixed when it starts and no request can change it, so
 * brief must know it to never send a prompt that does not fit. When the server does not say
 * ({@link OpenAiServer#contextLength}), or cannot be asked, {@code --num-ctx} is taken as the
 * server's context, else {@link #DEFAULT}, the default of llama-server and LM Studio. Kept above the
 * answer cache, so that only what a server said is cached, never this assumption.
 */
public final class AssumedContextLength implements LanguageModel {
    /** llama-server's and LM Studio's default context when started without a size; documented in docs/servers.md. */
    public static final int DEFAULT = 4096;

    private final LanguageModel inner;
    private final Integer numCtx;
    private final Consumer<String> notice;
    private final AtomicBoolean told = new AtomicBoolean();

    /** @param numCtx {@code --num-ctx}, or null */
    public AssumedContextLength(LanguageModel inner, Integer numCtx, Consumer<String> notice) {
        this.inner = inner;
        this.numCtx = numCtx;
        this.notice = notice;
    }

    @Override
    public ModelReply chat(ModelRequest request) {
        return inner.chat(request);
    }

    /** A server that cannot be asked gets the assumption silently: its chat call then says what is wrong, in one line. */
    @Override
    public OptionalInt contextLength(String model) {
        OptionalInt said;
        boolean answered = true;
        try {
            said = inner.contextLength(model);
        } catch (BriefException e) {
            said = OptionalInt.empty();
            answered = false;
        }
        if (said.isPresent()) {
            return said;
        }
        if (numCtx != null) {
            return OptionalInt.of(numCtx);
        }
        if (answered && told.compareAndSet(false, true)) {
            notice.accept("the server does not report " + model + "'s context length, so brief assumes " + DEFAULT
                    + " tokens; pass --num-ctx with the server's context size to use more");
        }
        return OptionalInt.of(DEFAULT);
    }
}
