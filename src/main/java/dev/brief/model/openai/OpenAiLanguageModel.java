package dev.brief.model.openai;

import dev.brief.BriefException;
import dev.brief.ExitCode;
import dev.brief.domain.GenerationOptions;
import dev.brief.model.ChatTurn;
import dev.brief.model.LangChainTypes;
import dev.brief.model.LanguageModel;
import dev.brief.model.ModelReply;
import dev.brief.model.ModelRequest;
import dev.brief.model.TransientFailure;
import dev.langchain4j.exception.HttpException;
import dev.langchain4j.http.client.HttpClient;
import dev.langchain4j.http.client.HttpClientBuilder;
import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.langchain4j.model.chat.request.ResponseFormatType;
import dev.langchain4j.model.chat.request.json.JsonRawSchema;
import dev.langchain4j.model.chat.request.json.JsonSchema;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.PartialResponse;
import dev.langchain4j.model.chat.response.PartialResponseContext;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.openai.OpenAiStreamingChatModel;
import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * An OpenAI-compatible server's {@code /chat/completions} (llama-server, LM Studio, vLLM, LocalAI,
 * Ollama's /v1) through LangChain4j, streamed, so that {@code timeout} means "the server has said
 * nothing for this long". The answer is asked for under brief's JSON schema ({@code response_format}
 * {@code json_schema}); a server that refuses it is asked for a JSON object with the schema in the
 * prompt, and one that refuses that too for plain text with the schema in the prompt: the engine
 * validates every answer either way, and repairs once.
 */
public final class OpenAiLanguageModel implements LanguageModel {
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    /** The model listing and /props only read the server's state; a busy server still answers them at once. */
    private static final Duration INFO_TIMEOUT = Duration.ofSeconds(30);

    /** How the answer's shape is asked for, from the most to the least the server must support. */
    enum Format {
        SCHEMA("json_schema"), JSON_OBJECT("json_object"), PROMPT_ONLY("none");

        final String wire;

        Format(String wire) {
            this.wire = wire;
        }
    }

    /** The server refused the response_format asked for; the call is made again with the next one. */
    private static final class FormatRefused extends RuntimeException {
        FormatRefused(String message) {
            super(message, null, false, false);
        }
    }

    private final String baseUrl;
    private final ApiKey key;
    private final Duration timeout;
    private final Consumer<String> notice;
    private final AtomicReference<Format> format = new AtomicReference<>(Format.SCHEMA);

    /**
     * @param key     the API key, or null to send none
     * @param timeout the longest silence: loading the model, reading the prompt, between tokens
     * @param notice  told once when the server refuses a response_format and brief asks another way
     */
    public OpenAiLanguageModel(String baseUrl, ApiKey key, Duration timeout, Consumer<String> notice) {
        this.baseUrl = baseUrl;
        this.key = key;
        this.timeout = timeout;
        this.notice = notice;
    }

    /** What the server reports (see {@link OpenAiServer#contextLength}); empty when it does not say, a failure when it cannot be asked. */
    @Override
    public OptionalInt contextLength(String model) {
        return new OpenAiServer(baseUrl, key, timeout.compareTo(INFO_TIMEOUT) < 0 ? timeout : INFO_TIMEOUT).contextLength(model);
    }

    @Override
    public ModelReply chat(ModelRequest request) {
        while (true) {
            Format asked = format.get();
            try {
                return stream(request, asked);
            } catch (FormatRefused refused) {
                Format next = Format.values()[asked.ordinal() + 1];
                if (format.compareAndSet(asked, next)) {
                    notice.accept("the server at " + baseUrl + " refused response_format " + asked.wire + " (" + refused.getMessage() + "); "
                            + (next == Format.JSON_OBJECT ? "brief asks it for a JSON object and puts the schema in the prompt instead"
                                    : "brief puts the schema in the prompt and asks for plain text"));
                }
            }
        }
    }

    private ModelReply stream(ModelRequest request, Format asked) {
        GenerationOptions o = request.options();
        AtomicLong lastActivity = new AtomicLong(System.nanoTime());
        StreamingHttpClient transport = new StreamingHttpClient(baseUrl, CONNECT_TIMEOUT, timeout, () -> lastActivity.set(System.nanoTime()));
        OpenAiStreamingChatModel.OpenAiStreamingChatModelBuilder builder = OpenAiStreamingChatModel.builder()
                .httpClientBuilder(new Fixed(transport))
                .baseUrl(baseUrl)
                .apiKey(key == null ? null : key.value())
                .modelName(request.model())
                .temperature(o.temperature())
                .seed(o.seed())
                .maxTokens(o.numPredict())
                .strictJsonSchema(false);
        if (asked == Format.SCHEMA) {
            builder.responseFormat(ResponseFormat.builder().type(ResponseFormatType.JSON)
                    .jsonSchema(JsonSchema.builder().name("briefing").rootElement(JsonRawSchema.from(request.schema())).build()).build());
        } else if (asked == Format.JSON_OBJECT) {
            builder.responseFormat(ResponseFormat.JSON);
        }
        List<ChatTurn> turns = asked == Format.SCHEMA ? request.messages() : SchemaInPrompt.add(request.messages(), request.schema());

        CompletableFuture<ChatResponse> done = new CompletableFuture<>();
        builder.build().chat(LangChainTypes.messages(turns), new StreamingChatResponseHandler() {
            @Override
            public void onPartialResponse(PartialResponse partial, PartialResponseContext context) {
                lastActivity.set(System.nanoTime());
            }

            @Override
            public void onCompleteResponse(ChatResponse response) {
                done.complete(response);
            }

            @Override
            public void onError(Throwable error) {
                done.completeExceptionally(error);
            }
        });
        return LangChainTypes.reply(await(request, asked, done, lastActivity, transport));
    }

    private ChatResponse await(ModelRequest request, Format asked, CompletableFuture<ChatResponse> done, AtomicLong lastActivity,
            StreamingHttpClient transport) {
        long idleLimit = timeout.toNanos();
        while (true) {
            try {
                return done.get(200, TimeUnit.MILLISECONDS);
            } catch (TimeoutException tick) {
                if (System.nanoTime() - lastActivity.get() > idleLimit) {
                    transport.abort();
                    throw timedOut(request);
                }
            } catch (ExecutionException e) {
                throw classify(request, asked, e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                transport.abort();
                throw new BriefException(ExitCode.SERVER, "interrupted while waiting for the server at " + baseUrl);
            }
        }
    }

    private BriefException timedOut(ModelRequest request) {
        return new BriefException(ExitCode.SERVER, "the server at " + baseUrl + " sent nothing for " + timeout.toSeconds()
                + " s while answering with " + request.model() + "; check that it is not stalled, or raise --timeout");
    }

    private RuntimeException classify(ModelRequest request, Format asked, Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof HttpException http) {
                Duration retryAfter = t instanceof StreamingHttpClient.Refused r ? r.retryAfter : null;
                return httpFailure(request, asked, http.statusCode(), http.getMessage(), retryAfter);
            }
            if (t instanceof HttpConnectTimeoutException || t instanceof ConnectException
                    || t instanceof UnknownHostException || t instanceof UnresolvedAddressException) {
                return OpenAiServer.unreachable(baseUrl, t);
            }
            if (t instanceof HttpTimeoutException || t instanceof dev.langchain4j.exception.TimeoutException) {
                return timedOut(request);
            }
            if (t instanceof StreamingHttpClient.Cut) {
                return new TransientFailure("the server at " + baseUrl + " closed the stream before the end of the answer; check the server's log");
            }
        }
        // No cause is kept: its message may hold what the server sent, which -v would print unredacted.
        if (error instanceof IOException || error.getCause() instanceof IOException) {
            return new TransientFailure("the connection to the server at " + baseUrl + " failed: " + oneLine(error) + "; check the server's log");
        }
        if (error instanceof BriefException b) {
            return b;
        }
        return new BriefException(ExitCode.SERVER, "the call to the server at " + baseUrl + " failed: " + oneLine(error));
    }

    private RuntimeException httpFailure(ModelRequest request, Format asked, int status, String body, Duration retryAfter) {
        String message = ApiKey.redact(key, ServerError.message(body));
        String detail = OpenAiServer.detail(message);
        if (status == 401 || status == 403) {
            return OpenAiServer.keyRefused(baseUrl, key, status, message);
        }
        if (ServerError.isContextExceeded(status, message)) {
            return new BriefException(ExitCode.CONTEXT, "the server at " + baseUrl + " says the prompt does not fit the model's context"
                    + detail + "; pass --num-ctx with the server's context size so that brief sizes its prompts to it, or brief fewer articles");
        }
        if (asked != Format.PROMPT_ONLY && ServerError.isFormatRefusal(status, message)) {
            return new FormatRefused("HTTP " + status + (message.isEmpty() ? "" : ": " + message));
        }
        if (status == 404 || (status == 400 && ServerError.isModelNotFound(message))) {
            return unknownModel(request.model(), status, detail);
        }
        if (status == 408 || status == 429 || status >= 500) {
            return new TransientFailure("the server at " + baseUrl + " answered HTTP " + status + detail
                    + (status == 429 ? "; it is busy, try again later or lower --parallel" : "; it may be busy or restarting, check the server's log"),
                    null, retryAfter);
        }
        return new BriefException(ExitCode.SERVER, "the server at " + baseUrl + " refused the request with HTTP " + status + detail
                + "; check the server's log");
    }

    /** A 404: the model is not served (named with what is), or the address is not the API's. */
    private BriefException unknownModel(String model, int status, String detail) {
        List<String> served;
        try {
            served = new OpenAiServer(baseUrl, key, INFO_TIMEOUT.compareTo(timeout) < 0 ? INFO_TIMEOUT : timeout).models();
        } catch (BriefException e) {
            return e.exitCode() == ExitCode.SERVER
                    ? new BriefException(ExitCode.MODEL_MISSING, "model '" + model + "' is not served at " + baseUrl + detail + "; check the name with 'brief doctor'")
                    : e;
        }
        if (served.contains(model)) {
            return new BriefException(ExitCode.UNREACHABLE, "the server at " + baseUrl + " answered /chat/completions with HTTP " + status + detail
                    + "; check --base-url (it usually ends in /v1)");
        }
        return new BriefException(ExitCode.MODEL_MISSING, "model '" + model + "' is not served at " + baseUrl
                + (served.isEmpty() ? " (it lists no models)" : " (it serves: " + String.join(", ", served) + ")")
                + "; pass one of them with --model, or load the model on the server");
    }



    private String oneLine(Throwable t) {
        return ApiKey.redact(key, ServerError.oneLine(t.getMessage() != null ? t.getMessage() : t.getClass().getSimpleName()));
    }

    /** Hands LangChain4j this call's transport; the timeouts are the transport's own. */
    private record Fixed(StreamingHttpClient client) implements HttpClientBuilder {
        @Override
        public Duration connectTimeout() {
            return CONNECT_TIMEOUT;
        }

        @Override
        public HttpClientBuilder connectTimeout(Duration t) {
            return this;
        }

        @Override
        public Duration readTimeout() {
            return null;
        }

        @Override
        public HttpClientBuilder readTimeout(Duration t) {
            return this;
        }

        @Override
        public HttpClient build() {
            return client;
        }
    }
}
