package dev.brief.model;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.common.Json;
import com.github.tomakehurst.wiremock.common.Notifier;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.extension.ServeEventListener;
import com.github.tomakehurst.wiremock.http.LoggedResponse;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.brief.text.AtomicFiles;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import dev.brief.BriefException;
import dev.brief.Console;
import dev.brief.ExitCode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * An embedded WireMock that stands where the model server would: recording (proxying to the real
 * server and writing each exchange as a cassette as soon as it is complete) or replaying the cassettes
 * of a folder with no network at all. The server client talks to it exactly as to the server. The
 * proxy passes an API key on to the server; nothing of any request's headers is kept in a cassette or printed.
 */
public final class CassetteServer implements AutoCloseable {
    private final WireMockServer server;
    private final Path recordDir;
    private final Recorder recorder;
    private final Console console;
    private final String serverName;

    private CassetteServer(WireMockServer server, Path recordDir, Recorder recorder, Console console, String serverName) {
        this.server = server;
        this.recordDir = recordDir;
        this.recorder = recorder;
        this.console = console;
        this.serverName = serverName;
    }

    /** Serves the cassettes in DIR (WireMock's layout: mappings/ and __files/). */
    public static CassetteServer replay(Path dir, Console console) {
        if (!Files.isDirectory(dir.resolve("mappings"))) {
            throw new BriefException(ExitCode.INPUT, "--replay " + dir + " holds no recordings (no mappings/ folder in it); record them first with --record " + dir);
        }
        WireMockServer server = new WireMockServer(config(console).usingFilesUnderDirectory(dir.toString()));
        return new CassetteServer(start(server, dir), null, null, console, null);
    }

    /**
     * Proxies to the server at target and writes every successful exchange to DIR as soon as it
     * is complete, so that a run stopped half-way (Ctrl-C, a crash) keeps what it had received. Each
     * file is written whole or not at all.
     *
     * @param target     the server's origin (scheme, host and port): a request's path is kept as the client sent it
     * @param serverName how the notice names the server: "Ollama", "the server"
     * @param notes      kept in each cassette's metadata, for whoever reads it and for replay's explanations
     */
    public static CassetteServer record(Path dir, String target, String serverName, Duration timeout, ObjectNode notes, Console console) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new BriefException(ExitCode.OUTPUT, "cannot create --record folder " + dir + " (" + e.getMessage() + "); choose a writable folder");
        }
        Recorder recorder = new Recorder(dir, notes);
        // No files of its own: cassettes already in DIR must not answer in place of the real server.
        WireMockConfiguration config = config(console)
                .usingFilesUnderDirectory(dir.resolve(".no-such-folder").toString())
                // WireMock's proxy passes the answer on when it is complete, so this bounds the whole answer.
                .proxyTimeout((int) Math.min(Integer.MAX_VALUE, timeout.toMillis()))
                .extensions(recorder);
        WireMockServer server = start(new WireMockServer(config), dir);
        server.stubFor(WireMock.any(WireMock.anyUrl()).willReturn(WireMock.aResponse().proxiedFrom(target)));
        return new CassetteServer(server, dir, recorder, console, serverName);
    }

    private static WireMockConfiguration config(Console console) {
        return wireMockConfig()
                .dynamicPort()
                .bindAddress("127.0.0.1")
                .containerThreads(10)
                .jettyAcceptors(1)
                .gzipDisabled(true)
                .extensionScanningEnabled(false)
                .notifier(new ConsoleNotifier(console));
    }

    private static WireMockServer start(WireMockServer server, Path dir) {
        try {
            server.start();
        } catch (RuntimeException e) {
            throw new BriefException(ExitCode.INPUT, "cannot serve the recordings in " + dir + " (" + e.getMessage()
                    + "); check that every file in mappings/ is a valid WireMock stub mapping", e);
        }
        return server;
    }

    /** Where the server client should send its requests (its origin: add the server's path, such as /v1). */
    public String url() {
        return "http://127.0.0.1:" + server.port();
    }

    /** Forgets the requests received so far, so that {@link #missedChat()} speaks of the next one. */
    void resetRequests() {
        server.resetRequests();
    }

    /** True when a chat request since the last reset matched no recording. */
    boolean missedChat() {
        return server.findAllUnmatchedRequests().stream().anyMatch(r -> Backend.ofChatPath(r.getUrl()) != null);
    }

    /** Stops the server; when recording, says what was recorded, or fails if a recording could not be written. */
    @Override
    public void close() {
        server.stop();
        if (recorder == null) {
            return;
        }
        IOException failed = recorder.failure.get();
        if (failed != null) {
            throw new BriefException(ExitCode.OUTPUT, "cannot write the recordings to " + recordDir + " (" + failed.getMessage()
                    + "); choose a writable folder for --record", failed);
        }
        int saved = recorder.saved.get();
        if (saved > 0) {
            console.notice("recorded " + saved + " exchange" + (saved == 1 ? "" : "s") + " with " + serverName + " in " + recordDir);
        }
    }

    /** Writes each successful exchange the moment it is complete: chat as a cassette, anything else as WireMock's mapping. */
    private static final class Recorder implements ServeEventListener {
        private final Path dir;
        private final ObjectNode notes;
        final AtomicInteger saved = new AtomicInteger();
        final AtomicReference<IOException> failure = new AtomicReference<>();

        Recorder(Path dir, ObjectNode notes) {
            this.dir = dir;
            this.notes = notes;
        }

        @Override
        public String getName() {
            return "brief-recorder";
        }

        @Override
        public boolean applyGlobally() {
            return true;
        }

        @Override
        public void afterComplete(ServeEvent event, Parameters parameters) {
            LoggedResponse response = event.getResponse();
            if (response == null || response.getFault() != null) {
                return;
            }
            String url = event.getRequest().getUrl();
            boolean chat = Backend.ofChatPath(url) != null;
            int status = response.getStatus();
            // A failed call is reported to the user, not kept as an answer to replay. A chat request the server
            // refused (400) is kept: replaying the refusal takes the same path, such as the fallback from json_schema.
            if ((status < 200 || status > 299) && !(chat && status == 400)) {
                return;
            }
            LoggedRequest request = event.getRequest();
            HttpHeader type = response.getHeaders() == null ? null : response.getHeaders().getHeader("Content-Type");
            String contentType = type != null && type.isPresent() ? type.firstValue() : null;
            try {
                if (chat && response.getBodyAsString() != null) {
                    Cassette.write(dir, url, request.getBodyAsString(), response.getBodyAsString(), contentType, status, notes);
                } else {
                    writeOther(request, response, contentType);
                }
                saved.incrementAndGet();
            } catch (IOException | RuntimeException e) {
                failure.compareAndSet(null, e instanceof IOException io ? io : new IOException(e.getMessage(), e));
            }
        }

        /** Anything else brief asked the server (/api/show, ...), as a plain WireMock stub mapping. */
        private void writeOther(LoggedRequest request, LoggedResponse response, String contentType) throws IOException {
            String body = request.getBodyAsString();
            MappingBuilder mapping = WireMock.request(request.getMethod().getName(), WireMock.urlEqualTo(request.getUrl()));
            if (body != null && !body.isBlank()) {
                mapping = mapping.withRequestBody(WireMock.equalToJson(body));
            }
            ResponseDefinitionBuilder answer = WireMock.aResponse().withStatus(response.getStatus()).withBody(response.getBodyAsString());
            if (contentType != null) {
                answer = answer.withHeader("Content-Type", contentType);
            }
            String json = Json.write(mapping.willReturn(answer).build());
            String name = "other-" + dev.brief.text.Hashing.sha256Hex(request.getMethod() + " " + request.getUrl() + "\n" + body).substring(0, 12) + ".json";
            Files.createDirectories(dir.resolve("mappings"));
            AtomicFiles.write(dir.resolve("mappings").resolve(name), json + "\n");
        }
    }

    /** A stub mapping as JSON with no request headers to match on: they may hold the API key. */
    static String withoutRequestHeaders(String stubJson) throws IOException {
        com.fasterxml.jackson.databind.node.ObjectNode root = (com.fasterxml.jackson.databind.node.ObjectNode) Cassette.JSON.readTree(stubJson);
        com.fasterxml.jackson.databind.JsonNode request = root.get("request");
        if (request instanceof com.fasterxml.jackson.databind.node.ObjectNode r) {
            r.remove(List.of("headers", "basicAuth", "basicAuthCredentials"));
        }
        return Cassette.JSON.writeValueAsString(root);
    }

    /** Takes the value of any Authorization header out of a message. */
    static String redactAuthorization(String message) {
        return message.replaceAll("(?i)(authorization\\W{0,6})(bearer\\s+)?[^\\s\",}]+", "$1[removed]");
    }

    /** WireMock's errors are detail for -v (cut short: they can hold whole requests); brief says what matters itself. */
    private record ConsoleNotifier(Console console) implements Notifier {
        @Override
        public void info(String message) {
            // every request received; far too much even for -v
        }

        @Override
        public void error(String message) {
            console.debug("wiremock: " + shorten(message));
        }

        @Override
        public void error(String message, Throwable t) {
            console.debug("wiremock: " + shorten(message) + " (" + t + ")");
        }

        private static String shorten(String message) {
            String s = redactAuthorization(message).replaceAll("\\s+", " ").strip();
            return s.length() > 300 ? s.substring(0, 300) + "…" : s;
        }
    }
}
