package dev.brief.model.openai;

import dev.brief.model.HttpClients;
import dev.langchain4j.exception.HttpException;
import dev.langchain4j.http.client.HttpClient;
import dev.langchain4j.http.client.HttpRequest;
import dev.langchain4j.http.client.SuccessfulHttpResponse;
import dev.langchain4j.http.client.sse.ServerSentEvent;
import dev.langchain4j.http.client.sse.ServerSentEventContext;
import dev.langchain4j.http.client.sse.ServerSentEventListener;
import dev.langchain4j.http.client.sse.ServerSentEventParser;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The transport under LangChain4j's OpenAI client for one streamed chat call, on the JDK's HTTP
 * client as LangChain4j's own is, with three things brief needs: a refused request keeps the
 * server's Retry-After (LangChain4j's error carries only the status and body), every byte received
 * counts as a sign of life for {@code --timeout} (keep-alive comments and reasoning tokens included),
 * and a stream that ends without {@code data: [DONE]} is reported as cut rather than taken as a
 * complete answer.
 */
final class StreamingHttpClient implements HttpClient {
    /** A non-2xx answer, with the wait the server asked for when it said. */
    static final class Refused extends HttpException {
        final Duration retryAfter;

        Refused(int status, String body, Duration retryAfter) {
            super(status, body);
            this.retryAfter = retryAfter;
        }
    }

    /** The stream ended before the server's [DONE]. */
    static final class Cut extends IOException {
        Cut() {
            super("the server closed the stream before the end of the answer");
        }
    }

    private final java.net.http.HttpClient http;
    private final Duration firstByteTimeout;
    private final Runnable activity;
    private volatile CompletableFuture<?> pending;
    private volatile InputStream body;

    /**
     * @param baseUrl          the server's address (a plain http:// server needs no TLS set-up)
     * @param firstByteTimeout how long to wait for the response's headers
     * @param activity         called whenever bytes arrive
     */
    StreamingHttpClient(String baseUrl, Duration connectTimeout, Duration firstByteTimeout, Runnable activity) {
        this.http = HttpClients.forServer(baseUrl).connectTimeout(connectTimeout).build();
        this.firstByteTimeout = firstByteTimeout;
        this.activity = activity;
    }

    @Override
    public SuccessfulHttpResponse execute(HttpRequest request) {
        try {
            java.net.http.HttpResponse<byte[]> response = http.send(toJdk(request), BodyHandlers.ofByteArray());
            if (response.statusCode() / 100 != 2) {
                throw new Refused(response.statusCode(), new String(response.body(), StandardCharsets.UTF_8), retryAfter(response.headers()));
            }
            return SuccessfulHttpResponse.builder().statusCode(response.statusCode()).headers(response.headers().map()).body(response.body()).build();
        } catch (IOException e) {
            throw new RuntimeException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RuntimeException(e);
        }
    }

    @Override
    public void execute(HttpRequest request, ServerSentEventParser parser, ServerSentEventListener listener) {
        pending = http.sendAsync(toJdk(request), BodyHandlers.ofInputStream()).thenAccept(response -> {
            if (response.statusCode() / 100 != 2) {
                String text;
                try (InputStream in = response.body()) {
                    text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                } catch (IOException e) {
                    text = "";
                }
                listener.onError(new Refused(response.statusCode(), text, retryAfter(response.headers())));
                return;
            }
            listener.onOpen(SuccessfulHttpResponse.builder().statusCode(response.statusCode()).headers(response.headers().map()).build());
            DoneWatch watch = new DoneWatch(listener);
            try (InputStream in = new Lively(response.body(), activity)) {
                body = in;
                parser.parse(in, watch);
            } catch (IOException e) {
                watch.failed = true;
                listener.onError(e);
            }
            if (watch.failed) {
                return;
            }
            if (!watch.done) {
                listener.onError(new Cut());
                return;
            }
            listener.onClose();
        }).exceptionally(t -> {
            listener.onError(t instanceof CompletionException && t.getCause() != null ? t.getCause() : t);
            return null;
        });
    }

    /** Stops the call: the stream is closed and the request abandoned. */
    void abort() {
        CompletableFuture<?> p = pending;
        if (p != null) {
            p.cancel(true);
        }
        InputStream in = body;
        if (in != null) {
            try {
                in.close();
            } catch (IOException e) {
                // already gone
            }
        }
    }

    private java.net.http.HttpRequest toJdk(HttpRequest request) {
        java.net.http.HttpRequest.Builder b = java.net.http.HttpRequest.newBuilder(URI.create(request.url())).timeout(firstByteTimeout);
        request.headers().forEach((name, values) -> values.forEach(v -> b.header(name, v)));
        b.method(request.method().name(), request.body() == null ? java.net.http.HttpRequest.BodyPublishers.noBody()
                : java.net.http.HttpRequest.BodyPublishers.ofString(request.body(), StandardCharsets.UTF_8));
        return b.build();
    }

    /** Retry-After in seconds or as an HTTP date (RFC 9110 10.2.3); null when absent or unreadable. */
    static Duration retryAfter(HttpHeaders headers) {
        String v = headers.firstValue("Retry-After").orElse(null);
        if (v == null || v.isBlank()) {
            return null;
        }
        v = v.strip();
        if (v.matches("\\d{1,9}")) {
            return Duration.ofSeconds(Long.parseLong(v));
        }
        try {
            Duration d = Duration.between(ZonedDateTime.now(), ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME));
            return d.isNegative() ? Duration.ZERO : d;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Passes events on, noting the [DONE] that ends a complete stream and an error sent inside the stream. */
    private static final class DoneWatch implements ServerSentEventListener {
        private final ServerSentEventListener inner;
        volatile boolean done;
        volatile boolean failed;

        DoneWatch(ServerSentEventListener inner) {
            this.inner = inner;
        }

        @Override
        public void onEvent(ServerSentEvent event, ServerSentEventContext context) {
            if ("[DONE]".equals(event.data())) {
                done = true;
            } else if (event.data() != null && event.data().startsWith("{\"error\"")) {
                // vLLM and llama-server report a failure during generation as a data event
                failed = true;
                inner.onError(new Refused(500, event.data(), null));
                return;
            }
            inner.onEvent(event, context);
        }

        @Override
        public void onEvent(ServerSentEvent event) {
            if ("[DONE]".equals(event.data())) {
                done = true;
            }
            inner.onEvent(event);
        }

        @Override
        public void onError(Throwable t) {
            failed = true;
            inner.onError(t);
        }
    }

    /** Counts every read as a sign of life. */
    private static final class Lively extends FilterInputStream {
        private final Runnable activity;

        Lively(InputStream in, Runnable activity) {
            super(in);
            this.activity = activity;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            activity.run();
            return b;
        }

        @Override
        public int read(byte[] buf, int off, int len) throws IOException {
            int n = super.read(buf, off, len);
            activity.run();
            return n;
        }
    }
}
