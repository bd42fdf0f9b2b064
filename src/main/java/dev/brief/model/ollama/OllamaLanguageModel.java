package dev.brief.model.ollama;

import dev.brief.BriefException;
import dev.brief.ExitCode;
import dev.brief.domain.GenerationOptions;
import dev.brief.model.HttpClients;
import dev.brief.model.LangChainTypes;
import dev.brief.model.LanguageModel;
import dev.brief.model.ModelReply;
import dev.brief.model.ModelRequest;
import dev.brief.model.TransientFailure;
import dev.langchain4j.exception.HttpException;
import dev.langchain4j.http.client.jdk.JdkHttpClient;
import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.langchain4j.model.chat.request.ResponseFormatType;
import dev.langchain4j.model.chat.request.json.JsonRawSchema;
import dev.langchain4j.model.chat.request.json.JsonSchema;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.PartialResponse;
import dev.langchain4j.model.chat.response.PartialResponseContext;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.chat.response.StreamingHandle;
import dev.langchain4j.model.ollama.OllamaStreamingChatModel;
import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Ollama's /api/chat through LangChain4j, streamed. Streaming lets {@code timeout} mean "the server
 * has said nothing for this long" rather than "the answer is long", which matters on CPU-only
 * machines where a good answer can take minutes.
 */
public final class OllamaLanguageModel implements LanguageModel {
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    private static final Pattern ERROR_FIELD = Pattern.compile("\"error\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");

    /** /api/show only reads the model's metadata; a busy server still answers it at once. */
    private static final Duration SHOW_TIMEOUT = Duration.ofSeconds(30);

    private final String baseUrl;
    private final Duration timeout;

    /** @param timeout the longest silence: loading the model, reading the prompt, between tokens */
    public OllamaLanguageModel(String baseUrl, Duration timeout) {
        this.baseUrl = baseUrl;
        this.timeout = timeout;
    }

    /**
     * From /api/show. A server that cannot be asked (down, no such model) gives no length: the chat
     * call then says why, and answers cached earlier still serve. A stalled server fails now, as
     * its chat call would.
     */
    @Override
    public OptionalInt contextLength(String model) {
        try {
            return new OllamaServer(baseUrl, timeout.compareTo(SHOW_TIMEOUT) < 0 ? timeout : SHOW_TIMEOUT).contextLength(model);
        } catch (BriefException e) {
            if (e.exitCode() == ExitCode.SERVER) {
                throw e;
            }
            return OptionalInt.empty();
        }
    }

    @Override
    public ModelReply chat(ModelRequest request) {
        GenerationOptions o = request.options();
        OllamaStreamingChatModel model = OllamaStreamingChatModel.builder()
                .httpClientBuilder(JdkHttpClient.builder().httpClientBuilder(HttpClients.forServer(baseUrl)).connectTimeout(CONNECT_TIMEOUT).readTimeout(timeout))
                .baseUrl(baseUrl)
                .modelName(request.model())
                .temperature(o.temperature())
                .seed(o.seed())
                .numCtx(o.numCtx())
                .numPredict(o.numPredict())
                .responseFormat(ResponseFormat.builder()
                        .type(ResponseFormatType.JSON)
                        .jsonSchema(JsonSchema.builder().name("answer").rootElement(JsonRawSchema.from(request.schema())).build())
                        .build())
                .build();

        CompletableFuture<ChatResponse> done = new CompletableFuture<>();
        AtomicLong lastActivity = new AtomicLong(System.nanoTime());
        AtomicReference<StreamingHandle> handle = new AtomicReference<>();
        model.chat(LangChainTypes.messages(request.messages()), new StreamingChatResponseHandler() {
            @Override
            public void onPartialResponse(PartialResponse partial, PartialResponseContext context) {
                lastActivity.set(System.nanoTime());
                handle.compareAndSet(null, context.streamingHandle());
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
        return LangChainTypes.reply(await(request, done, lastActivity, handle));
    }

    private ChatResponse await(ModelRequest request, CompletableFuture<ChatResponse> done, AtomicLong lastActivity,
            AtomicReference<StreamingHandle> handle) {
        long idleLimit = timeout.toNanos();
        while (true) {
            try {
                return done.get(200, TimeUnit.MILLISECONDS);
            } catch (TimeoutException tick) {
                if (System.nanoTime() - lastActivity.get() > idleLimit) {
                    StreamingHandle h = handle.get();
                    if (h != null) {
                        h.cancel();
                    }
                    throw timedOut(request);
                }
            } catch (ExecutionException e) {
                throw classify(request, e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new BriefException(ExitCode.SERVER, "interrupted while waiting for Ollama at " + baseUrl);
            }
        }
    }

    private BriefException timedOut(ModelRequest request) {
        return new BriefException(ExitCode.SERVER, "Ollama at " + baseUrl + " sent nothing for " + seconds(timeout)
                + " while answering with " + request.model() + "; check that the server is not stalled, or raise --timeout");
    }

    private RuntimeException classify(ModelRequest request, Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof HttpException http) {
                return httpFailure(request, http.statusCode(), http.getMessage());
            }
            if (t instanceof HttpConnectTimeoutException || t instanceof ConnectException
                    || t instanceof UnknownHostException || t instanceof UnresolvedAddressException) {
                return unreachable(t);
            }
            if (t instanceof HttpTimeoutException || t instanceof dev.langchain4j.exception.TimeoutException) {
                return timedOut(request);
            }
        }
        String statusFromMessage = error.getMessage() == null ? "" : error.getMessage();
        Matcher m = Pattern.compile("status code:? (\\d{3})").matcher(statusFromMessage);
        if (m.find()) {
            return httpFailure(request, Integer.parseInt(m.group(1)), statusFromMessage);
        }
        if (error instanceof IOException || error.getCause() instanceof IOException) {
            return new TransientFailure("the connection to Ollama at " + baseUrl + " failed: " + oneLine(error)
                    + "; check the server's log", error);
        }
        if (error instanceof BriefException b) {
            return b;
        }
        return new BriefException(ExitCode.SERVER, "the call to Ollama at " + baseUrl + " failed: " + oneLine(error), error);
    }

    private RuntimeException httpFailure(ModelRequest request, int status, String body) {
        String detail = serverError(body);
        if (status == 404 && !OllamaServer.isModelNotFound(body)) {
            return OllamaServer.notOllama(baseUrl, "/api/chat", status);
        }
        if (status == 404) {
            return new BriefException(ExitCode.MODEL_MISSING, "model '" + request.model() + "' is not on the Ollama server at "
                    + baseUrl + "; pull it with: ollama pull " + request.model());
        }
        if (status == 502 || status == 503 || status == 504 || status == 429) {
            return new TransientFailure("Ollama at " + baseUrl + " answered HTTP " + status
                    + (detail.isEmpty() ? "" : " (" + detail + ")") + "; it may be busy or restarting, try again shortly");
        }
        if (status >= 500) {
            return new BriefException(ExitCode.SERVER, "Ollama at " + baseUrl + " failed with HTTP " + status
                    + (detail.isEmpty() ? "" : " (" + detail + ")") + "; check the server's log (the model may need more memory than is free)");
        }
        return new BriefException(ExitCode.SERVER, "Ollama at " + baseUrl + " refused the request with HTTP " + status
                + (detail.isEmpty() ? "" : " (" + detail + ")") + "; update Ollama if it is older than 0.5, which added JSON-schema output");
    }

    private BriefException unreachable(Throwable cause) {
        return OllamaServer.unreachable(baseUrl, cause);
    }

    /** Ollama's error bodies are {"error":"..."}; show the message, not the JSON. */
    static String serverError(String body) {
        if (body == null) {
            return "";
        }
        Matcher m = ERROR_FIELD.matcher(body);
        return m.find() ? m.group(1).replace("\\\"", "\"") : oneLine(body);
    }



    private static String oneLine(Object o) {
        String s = o instanceof Throwable t ? (t.getMessage() != null ? t.getMessage() : t.getClass().getSimpleName()) : String.valueOf(o);
        s = s.replaceAll("\\s+", " ").trim();
        return s.length() > 200 ? s.substring(0, 200) + "…" : s;
    }

    private static String seconds(Duration d) {
        return d.toSeconds() + " s";
    }
}
