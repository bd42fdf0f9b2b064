package dev.brief.model;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.common.Json;
import com.github.tomakehurst.wiremock.common.Notifier;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.matching.ContentPattern;
import com.github.tomakehurst.wiremock.recording.RecordSpecBuilder;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
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
 * An embedded WireMock that stands where Ollama would: recording (proxying to the real server and
 * writing each exchange as a cassette when closed) or replaying the cassettes of a folder with no
 * network at all. {@link OllamaLanguageModel} talks to it exactly as to Ollama.
 */
public final class CassetteServer implements AutoCloseable {
    private final WireMockServer server;
    private final Path recordDir;
    private final ObjectNode recordNotes;
    private final Console console;

    private CassetteServer(WireMockServer server, Path recordDir, ObjectNode recordNotes, Console console) {
        this.server = server;
        this.recordDir = recordDir;
        this.recordNotes = recordNotes;
        this.console = console;
    }

    /** Serves the cassettes in DIR (WireMock's layout: mappings/ and __files/). */
    public static CassetteServer replay(Path dir, Console console) {
        if (!Files.isDirectory(dir.resolve("mappings"))) {
            throw new BriefException(ExitCode.INPUT, "--replay " + dir + " holds no recordings (no mappings/ folder in it); record them first with --record " + dir);
        }
        WireMockServer server = new WireMockServer(config(console).usingFilesUnderDirectory(dir.toString()));
        return new CassetteServer(start(server, dir), null, null, console);
    }

    /**
     * Proxies to the Ollama server at ollamaUrl and records every exchange; {@link #close()} writes them
     * to DIR.
     *
     * @param notes kept in each cassette's metadata, for whoever reads it and for replay's explanations
     */
    public static CassetteServer record(Path dir, String ollamaUrl, Duration timeout, ObjectNode notes, Console console) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new BriefException(ExitCode.OUTPUT, "cannot create --record folder " + dir + " (" + e.getMessage() + "); choose a writable folder");
        }
        // No files of its own: cassettes already in DIR must not answer in place of the real server.
        WireMockConfiguration config = config(console)
                .usingFilesUnderDirectory(dir.resolve(".no-such-folder").toString())
                // WireMock's proxy passes the answer on when it is complete, so this bounds the whole answer.
                .proxyTimeout((int) Math.min(Integer.MAX_VALUE, timeout.toMillis()));
        WireMockServer server = start(new WireMockServer(config), dir);
        server.startRecording(new RecordSpecBuilder()
                .forTarget(ollamaUrl)
                .makeStubsPersistent(false)
                .extractTextBodiesOver(Long.MAX_VALUE)
                .extractBinaryBodiesOver(Long.MAX_VALUE));
        return new CassetteServer(server, dir, notes, console);
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

    /** Where OllamaLanguageModel should send its requests. */
    public String url() {
        return "http://127.0.0.1:" + server.port();
    }

    /** Forgets the requests received so far, so that {@link #missedChat()} speaks of the next one. */
    void resetRequests() {
        server.resetRequests();
    }

    /** True when a /api/chat request since the last reset matched no recording. */
    boolean missedChat() {
        return server.findAllUnmatchedRequests().stream().anyMatch(r -> r.getUrl().equals(Cassette.CHAT));
    }

    /** Stops the server; when recording, first writes every successful exchange to the folder. */
    @Override
    public void close() {
        try {
            if (recordDir != null) {
                save(server.stopRecording().getStubMappings());
            }
        } finally {
            server.stop();
        }
    }

    private void save(List<StubMapping> stubs) {
        int saved = 0;
        try {
            for (StubMapping stub : stubs) {
                int status = stub.getResponse().getStatus();
                if (status < 200 || status > 299) {
                    continue; // a failed call is reported to the user, not kept as an answer to replay
                }
                if (Cassette.CHAT.equals(stub.getRequest().getUrl()) && stub.getResponse().getBody() != null) {
                    List<ContentPattern<?>> body = stub.getRequest().getBodyPatterns();
                    HttpHeader type = stub.getResponse().getHeaders() == null ? null : stub.getResponse().getHeaders().getHeader("Content-Type");
                    Cassette.write(recordDir, body.get(0).getExpected(), stub.getResponse().getBody(),
                            type != null && type.isPresent() ? type.firstValue() : null, recordNotes);
                } else {
                    // Anything else brief asked the server (/api/show, ...) is kept as WireMock recorded it.
                    String json = Json.write(stub);
                    String name = "other-" + dev.brief.text.Hashing.sha256Hex(json).substring(0, 12) + ".json";
                    Files.createDirectories(recordDir.resolve("mappings"));
                    Files.writeString(recordDir.resolve("mappings").resolve(name), json + "\n", StandardCharsets.UTF_8);
                }
                saved++;
            }
        } catch (IOException | RuntimeException e) {
            throw new BriefException(ExitCode.OUTPUT, "cannot write the recordings to " + recordDir + " (" + e.getMessage() + "); choose a writable folder for --record", e);
        }
        if (saved > 0) {
            console.notice("recorded " + saved + " exchange" + (saved == 1 ? "" : "s") + " with Ollama in " + recordDir);
        }
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
            String s = message.replaceAll("\\s+", " ").strip();
            return s.length() > 300 ? s.substring(0, 300) + "…" : s;
        }
    }
}
