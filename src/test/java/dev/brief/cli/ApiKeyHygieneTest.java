package dev.brief.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.brief.ExitCode;
import dev.brief.FakeOllama;
import dev.brief.FakeOpenAi;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The API key lives in the environment and in the Authorization header, nowhere else. brief runs here
 * as a separate process with BRIEF_API_KEY set, as a user runs it, with -v for every detail it can
 * print: live, recording, replaying, a daily run over a pool with a dead server, doctor, and a server
 * that echoes the key in its refusal. Then every output, cache file and cassette is searched for the key.
 */
class ApiKeyHygieneTest {
    static final String SEEDS = "seeds/rubio-lavrov-asean-2025";
    static final String KEY = "sk-hygiene-" + UUID.randomUUID().toString().replace("-", "");

    @TempDir
    Path tmp;

    record Run(int exitCode, String out, String err) {}

    private Run brief(String... args) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        Map<String, String> env = pb.environment();
        env.keySet().removeIf(k -> k.startsWith("BRIEF_") || k.startsWith("OPENAI_") || k.equals("OLLAMA_HOST"));
        env.put("BRIEF_API_KEY", KEY);
        env.put("BRIEF_CACHE_DIR", tmp.resolve("cache").toString());
        Path out = Files.createTempFile(tmp, "out", ".txt");
        Path err = Files.createTempFile(tmp, "err", ".txt");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        int code = pb.start().waitFor();
        return new Run(code, Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void theKeyIsSentToTheServerAndAppearsInNoOutputCacheOrCassette() throws Exception {
        List<Run> runs = new ArrayList<>();
        Path cassettes = tmp.resolve("cassettes");
        try (FakeOpenAi server = new FakeOpenAi(); FakeOpenAi refusing = new FakeOpenAi()) {
            server.vllmModels(32768, FakeOllama.MODEL);
            server.stub(FakeOpenAi.chat().willReturn(FakeOpenAi.streamed(FakeOllama.fixture("seeds-answer.json"))));
            refusing.stub(FakeOpenAi.chat().willReturn(FakeOpenAi.error(401, "Incorrect API key provided: " + KEY, "invalid_request_error")));
            String dead = "http://127.0.0.1:9/v1";

            Run live = brief("event", SEEDS, "-v", "--engine", "ollama", "--backend", "openai", "--base-url", server.url());
            assertEquals(0, live.exitCode(), live.err());
            runs.add(live);
            Run recorded = brief("event", SEEDS, "-v", "--engine", "ollama", "--backend", "openai", "--base-url", server.url(),
                    "--record", cassettes.toString());
            assertEquals(0, recorded.exitCode(), recorded.err());
            runs.add(recorded);
            runs.add(brief("event", SEEDS, "-v", "--backend", "openai", "--replay", cassettes.toString()));
            Run daily = brief("daily", "src/test/resources/daily/day", "-v", "--engine", "ollama", "--backend", "openai",
                    "--base-url", dead + "," + server.url(), "--no-cache", "--format", "json");
            assertEquals(0, daily.exitCode(), daily.err());
            assertTrue(daily.err().contains("server " + dead + " is taken out of the pool"), daily.err());
            runs.add(daily);
            runs.add(brief("doctor", "-v", "--backend", "openai", "--base-url", server.url() + "," + refusing.url()));
            Run refused = brief("event", SEEDS, "-v", "--engine", "ollama", "--backend", "openai", "--base-url", refusing.url(), "--no-cache");
            assertEquals(ExitCode.AUTH.code, refused.exitCode(), refused.err());
            assertTrue(refused.err().contains("refused the API key in BRIEF_API_KEY"), refused.err());
            runs.add(refused);

            // The key was really in use: every request to the servers carried it.
            List<LoggedRequest> seen = new ArrayList<>(server.chatLog());
            seen.addAll(refusing.chatLog());
            assertTrue(seen.size() >= 5, "chat requests: " + seen.size());
            for (LoggedRequest r : seen) {
                assertEquals("Bearer " + KEY, r.getHeader("Authorization"));
            }
        }
        for (Run r : runs) {
            assertFalse(r.out().contains(KEY), r.out());
            assertFalse(r.err().contains(KEY), r.err());
        }
        List<Path> written = files(tmp.resolve("cache"));
        written.addAll(files(cassettes));
        assertTrue(written.stream().anyMatch(f -> f.toString().contains("llm")), "answers were cached: " + written);
        assertTrue(written.stream().anyMatch(f -> f.toString().endsWith(".sse")), "the exchange was recorded: " + written);
        for (Path f : written) {
            String text = Files.readString(f, StandardCharsets.ISO_8859_1);
            assertFalse(text.contains(KEY), f.toString());
            assertFalse(text.toLowerCase(java.util.Locale.ROOT).contains("authorization"), f.toString());
        }
    }

    private static List<Path> files(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return new ArrayList<>();
        }
        try (Stream<Path> s = Files.walk(dir)) {
            return new ArrayList<>(s.filter(Files::isRegularFile).toList());
        }
    }
}
