package dev.brief.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.client.WireMock;
import dev.brief.CliRun;
import dev.brief.FakeOllama;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `brief doctor`: one line per check, the fix on each failure, exit 1 when any fails. */
class DoctorCommandTest {
    @TempDir
    Path tmp;

    FakeOllama ollama;

    @BeforeEach
    void start() {
        ollama = new FakeOllama();
    }

    @AfterEach
    void stop() {
        ollama.close();
    }

    private void healthyServer() {
        ollama.version("0.12.6");
        ollama.tags(FakeOllama.MODEL);
        ollama.stub(FakeOllama.showRequest().willReturn(FakeOllama.show(32768)));
    }

    private CliRun doctor(String... extra) {
        List<String> args = new ArrayList<>(List.of("doctor", "--ollama-url", ollama.url(), "--cache-dir", tmp.resolve("cache").toString()));
        args.addAll(Arrays.asList(extra));
        return CliRun.of(args.toArray(String[]::new));
    }

    /** The line of one check, such as "ok    server   Ollama answers at ...". */
    private static String line(CliRun run, String check) {
        return run.out().lines().filter(l -> l.substring(6).startsWith(check + " ")).findFirst()
                .orElseThrow(() -> new AssertionError("no line for " + check + " in:\n" + run.out()));
    }

    @Test
    void allChecksPassOnAHealthyServer() {
        healthyServer();

        CliRun run = doctor();

        assertEquals(0, run.exitCode(), run.out() + run.err());
        assertEquals(6, run.out().lines().count(), run.out());
        assertEquals("ok    server   Ollama answers at " + ollama.url(), line(run, "server"));
        assertEquals("ok    version  Ollama 0.12.6", line(run, "version"));
        assertEquals("ok    model    qwen2.5:7b is pulled", line(run, "model"));
        assertEquals("ok    context  qwen2.5:7b holds 32768 tokens; num_ctx 8192 (what a typical event needs) fits", line(run, "context"));
        assertTrue(line(run, "prompts").matches("ok    prompts  bundled, " + dev.brief.engine.llm.PromptSet.FILES.size() + " files, hash [0-9a-f]{12}"), line(run, "prompts"));
        assertEquals("ok    cache    " + tmp.resolve("cache") + " is readable and writable", line(run, "cache"));
        assertEquals(List.of(), listFiles(tmp.resolve("cache")), "the probe file is removed");
    }

    @Test
    void unreachableServerFailsAndSkipsWhatNeedsIt() {
        CliRun run = CliRun.of("doctor", "--ollama-url", "http://127.0.0.1:9", "--cache-dir", tmp.toString());

        assertEquals(1, run.exitCode(), run.out());
        assertTrue(line(run, "server").startsWith("FAIL  server   cannot reach Ollama at http://127.0.0.1:9"), line(run, "server"));
        assertTrue(line(run, "server").endsWith("fix: start it with 'ollama serve', or point --ollama-url or OLLAMA_HOST at your server"), line(run, "server"));
        assertEquals("skip  version  needs the server", line(run, "version"));
        assertEquals("skip  model    needs the server", line(run, "model"));
        assertEquals("skip  context  needs the server", line(run, "context"));
        assertTrue(line(run, "prompts").startsWith("ok "), line(run, "prompts"));
    }

    @Test
    void timeoutGivenBoundsTheServerCheckInsteadOfFiveSeconds() {
        healthyServer();
        ollama.stub(com.github.tomakehurst.wiremock.client.WireMock.get("/api/version").willReturn(
                com.github.tomakehurst.wiremock.client.WireMock.aResponse().withHeader("Content-Type", "application/json; charset=utf-8")
                        .withBody("{\"version\":\"0.12.6\"}").withFixedDelay(2000)));

        CliRun run = doctor("--timeout", "1");

        assertEquals(1, run.exitCode(), run.out());
        assertTrue(line(run, "server").startsWith("FAIL  server   "), line(run, "server"));
    }

    @Test
    void tooOldServerFailsTheVersionCheck() {
        healthyServer();
        ollama.version("0.4.7");

        CliRun run = doctor();

        assertEquals(1, run.exitCode(), run.out());
        assertEquals("FAIL  version  Ollama 0.4.7 is too old for structured outputs (needs 0.5.0 or newer); fix: upgrade Ollama from https://ollama.com/download",
                line(run, "version"));
    }

    @Test
    void missingModelFailsWithThePullCommand() {
        healthyServer();
        ollama.tags("llama3.2:3b");

        CliRun run = doctor();

        assertEquals(1, run.exitCode(), run.out());
        assertEquals("FAIL  model    qwen2.5:7b is not pulled (pulled: llama3.2:3b); fix: ollama pull qwen2.5:7b, or choose a pulled one with --model",
                line(run, "model"));
        assertEquals("skip  context  needs the model", line(run, "context"));
    }

    @Test
    void shortContextFailsTheContextCheck() {
        healthyServer();
        ollama.stub(FakeOllama.showRequest().willReturn(FakeOllama.show(4096)));

        CliRun run = doctor();

        assertEquals(1, run.exitCode(), run.out());
        assertEquals("FAIL  context  qwen2.5:7b holds 4096 tokens, less than num_ctx 8192 (what a typical event needs); "
                + "fix: pass --num-ctx 4096 and brief fewer articles at once, or use a model with a longer context", line(run, "context"));
    }

    @Test
    void contextCheckUsesNumCtxWhenGiven() {
        healthyServer();

        CliRun fits = doctor("--num-ctx", "16384");
        CliRun tooLarge = doctor("--num-ctx", "65536");

        assertEquals(0, fits.exitCode(), fits.out());
        assertEquals("ok    context  qwen2.5:7b holds 32768 tokens; --num-ctx 16384 fits", line(fits, "context"));
        assertEquals(1, tooLarge.exitCode(), tooLarge.out());
        assertTrue(line(tooLarge, "context").startsWith("FAIL  context  qwen2.5:7b holds 32768 tokens, less than --num-ctx 65536"), line(tooLarge, "context"));
    }

    @Test
    void missingPromptsFolderFailsThePromptsCheck() throws IOException {
        healthyServer();
        Path prompts = Files.createDirectory(tmp.resolve("prompts"));
        Files.writeString(prompts.resolve("system.md"), "only one file");

        CliRun run = doctor("--prompts", prompts.toString());

        assertEquals(1, run.exitCode(), run.out());
        assertTrue(line(run, "prompts").startsWith("FAIL  prompts  prompt file " + prompts.resolve("event.md") + " is missing or unreadable"), line(run, "prompts"));
        assertTrue(line(run, "prompts").contains("fix: pass --prompts a folder holding system.md, event.md"), line(run, "prompts"));
    }

    @Test
    void promptsFromAFolderPass() throws IOException {
        healthyServer();
        Path prompts = Files.createDirectory(tmp.resolve("prompts"));
        for (String f : dev.brief.engine.llm.PromptSet.FILES) {
            Files.copy(Path.of("prompts", f), prompts.resolve(f));
        }

        CliRun run = doctor("--prompts", prompts.toString());

        assertEquals(0, run.exitCode(), run.out());
        assertTrue(line(run, "prompts").startsWith("ok    prompts  " + prompts + ", " + dev.brief.engine.llm.PromptSet.FILES.size() + " files, hash "), line(run, "prompts"));
    }

    @Test
    void unwritableCacheFailsTheCacheCheck() throws IOException {
        healthyServer();
        Path notADirectory = Files.writeString(tmp.resolve("a-file"), "x");

        CliRun run = CliRun.of("doctor", "--ollama-url", ollama.url(), "--cache-dir", notADirectory.resolve("cache").toString());

        assertEquals(1, run.exitCode(), run.out());
        assertTrue(line(run, "cache").startsWith("FAIL  cache    cannot write in " + notADirectory.resolve("cache")), line(run, "cache"));
        assertTrue(line(run, "cache").endsWith("fix: point --cache-dir or BRIEF_CACHE_DIR at a writable folder, or pass --no-cache"), line(run, "cache"));
    }

    @Test
    void noCacheSkipsTheCacheCheck() {
        healthyServer();

        CliRun run = CliRun.of("doctor", "--ollama-url", ollama.url(), "--no-cache");

        assertEquals(0, run.exitCode(), run.out());
        assertEquals("skip  cache    --no-cache: answers are not cached", line(run, "cache"));
    }

    private static List<Path> listFiles(Path dir) {
        try (var s = Files.list(dir)) {
            return s.toList();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
