package dev.brief.app;

import dev.brief.BriefException;
import dev.brief.model.Backend;
import dev.brief.model.ollama.OllamaServer;
import dev.brief.model.openai.AssumedContextLength;
import dev.brief.model.openai.OpenAiServer;
import dev.brief.engine.llm.PromptSet;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * What {@code brief doctor} checks: each server of the chosen backend (Ollama: the server, its
 * version, the model, the model's context length against the num_ctx brief will ask for; an
 * OpenAI-compatible server: the API and its key, the model, its context length), then the prompts and
 * the cache directory. Each check gives one result; a failure carries the fix.
 */
public final class Doctor {
    /** Doctor asks quickly: a server that takes longer than this to list its models is in trouble. */
    public static final Duration TIMEOUT = Duration.ofSeconds(5);
    /** The num_ctx a typical event of a few articles needs (prompt, answer and a repair turn). */
    public static final int TYPICAL_NUM_CTX = 8192;
    /** Structured outputs (a JSON schema as "format") arrived in Ollama 0.5.0. */
    static final int[] MIN_VERSION = {0, 5, 0};

    public enum Status { OK, FAIL, SKIP }

    /** One check's outcome; detail says what was found and, for a failure, what to do. */
    public record Check(String name, Status status, String detail) {
        static Check ok(String name, String detail) {
            return new Check(name, Status.OK, detail);
        }

        static Check fail(String name, String detail, String fix) {
            return new Check(name, Status.FAIL, detail + "; fix: " + fix);
        }

        static Check skip(String name, String why) {
            return new Check(name, Status.SKIP, why);
        }
    }

    private final ModelSettings settings;
    private final Duration timeout;

    public Doctor(ModelSettings settings) {
        this(settings, TIMEOUT);
    }

    /** @param timeout how long each request to the server may take */
    public Doctor(ModelSettings settings, Duration timeout) {
        this.settings = settings;
        this.timeout = timeout;
    }

    public List<Check> run() {
        List<Check> out = new ArrayList<>();
        for (String url : settings.serverUrls()) {
            out.addAll(settings.backend() == Backend.OPENAI ? openAi(new OpenAiServer(url, settings.apiKey(), timeout))
                    : ollama(new OllamaServer(url, timeout)));
        }
        out.add(prompts());
        out.add(cache());
        return out;
    }

    private List<Check> ollama(OllamaServer server) {
        List<Check> out = new ArrayList<>();
        String version = null;
        try {
            version = server.version();
            out.add(Check.ok("server", "Ollama answers at " + server.baseUrl()));
        } catch (BriefException e) {
            out.add(Check.fail("server", e.getMessage().replaceFirst(";.*$", ""),
                    "start it with 'ollama serve', or point --ollama-url or OLLAMA_HOST at your server"));
        }
        if (out.get(0).status() == Status.OK) {
            out.add(version(version));
            Check model = model(server);
            out.add(model);
            out.add(model.status() == Status.OK ? context(server) : Check.skip("context", "needs the model"));
        } else {
            out.add(Check.skip("version", "needs the server"));
            out.add(Check.skip("model", "needs the server"));
            out.add(Check.skip("context", "needs the server"));
        }
        return out;
    }

    /** An OpenAI-compatible server: its model list (which also tries the key), the model, and its context. */
    private List<Check> openAi(OpenAiServer server) {
        List<String> served;
        try {
            served = server.models();
        } catch (BriefException e) {
            String message = e.getMessage();
            int cut = message.indexOf("; ");
            return List.of(cut < 0 ? Check.fail("server", message, "check the server's log") : Check.fail("server", message.substring(0, cut), message.substring(cut + 2)),
                    Check.skip("model", "needs the server"), Check.skip("context", "needs the server"));
        }
        String model = settings.model();
        Check serverCheck = Check.ok("server", "an OpenAI-compatible API answers at " + server.baseUrl()
                + (settings.apiKey() == null ? "" : " (with the key in " + settings.apiKey().variable() + ")"));
        if (!served.contains(model)) {
            return List.of(serverCheck, Check.fail("model", model + " is not served" + (served.isEmpty() ? " (no model is listed)" : " (it serves: " + String.join(", ", served) + ")"),
                    "pass one of them with --model, or load " + model + " on the server"), Check.skip("context", "needs the model"));
        }
        return List.of(serverCheck, Check.ok("model", model + " is served"), openAiContext(server));
    }

    private Check openAiContext(OpenAiServer server) {
        OptionalInt length = server.contextLength(settings.model());
        if (length.isEmpty()) {
            return Check.ok("context", "the server does not report " + settings.model() + "'s context length, so brief takes it as "
                    + (settings.maxNumCtx() != null ? settings.maxNumCtx() + " tokens (--num-ctx)" : AssumedContextLength.DEFAULT
                    + " tokens; pass --num-ctx with the server's context size to use more"));
        }
        int wanted = settings.maxNumCtx() != null ? settings.maxNumCtx() : TYPICAL_NUM_CTX;
        String which = settings.maxNumCtx() != null ? "--num-ctx " + wanted : wanted + " tokens (what a typical event needs)";
        if (length.getAsInt() < wanted) {
            return Check.fail("context", "the server gives " + settings.model() + " " + length.getAsInt() + " tokens of context, less than " + which,
                    "start the server with a larger context (llama-server -c, vllm serve --max-model-len, LM Studio's context length), or brief fewer articles at once");
        }
        return Check.ok("context", "the server gives " + settings.model() + " " + length.getAsInt() + " tokens of context; " + which + " fits");
    }

    public static boolean allPassed(List<Check> checks) {
        return checks.stream().noneMatch(c -> c.status() == Status.FAIL);
    }

    private static Check version(String version) {
        if (version == null || version.isBlank()) {
            return Check.fail("version", "the server did not say its version", "upgrade Ollama from https://ollama.com/download");
        }
        int[] v = parseVersion(version);
        if (v != null && compare(v, MIN_VERSION) < 0) {
            return Check.fail("version", "Ollama " + version + " is too old for structured outputs (needs 0.5.0 or newer)",
                    "upgrade Ollama from https://ollama.com/download");
        }
        return Check.ok("version", "Ollama " + version);
    }

    private Check model(OllamaServer server) {
        String model = settings.model();
        try {
            if (server.hasModel(model)) {
                return Check.ok("model", model + " is pulled");
            }
            List<String> pulled = server.models();
            return Check.fail("model", model + " is not pulled" + (pulled.isEmpty() ? " (no model is)" : " (pulled: " + String.join(", ", pulled) + ")"),
                    "ollama pull " + model + ", or choose a pulled one with --model");
        } catch (BriefException e) {
            return Check.fail("model", "could not list the models: " + e.getMessage().replaceFirst(";.*$", ""), "check the server's log");
        }
    }

    private Check context(OllamaServer server) {
        int wanted = settings.maxNumCtx() != null ? settings.maxNumCtx() : TYPICAL_NUM_CTX;
        String which = settings.maxNumCtx() != null ? "--num-ctx " + wanted : "num_ctx " + wanted + " (what a typical event needs)";
        OptionalInt length;
        try {
            length = server.contextLength(settings.model());
        } catch (BriefException e) {
            return Check.fail("context", "could not read the model's details: " + e.getMessage().replaceFirst(";.*$", ""), "check the server's log");
        }
        if (length.isEmpty()) {
            return Check.ok("context", "the server does not report " + settings.model() + "'s context length, so " + which + " cannot be checked");
        }
        if (length.getAsInt() < wanted) {
            return Check.fail("context", settings.model() + " holds " + length.getAsInt() + " tokens, less than " + which,
                    "pass --num-ctx " + length.getAsInt() + " and brief fewer articles at once, or use a model with a longer context");
        }
        return Check.ok("context", settings.model() + " holds " + length.getAsInt() + " tokens; " + which + " fits");
    }

    private Check prompts() {
        try {
            PromptSet prompts = PromptSet.load(settings.promptsDir());
            return Check.ok("prompts", prompts.origin() + ", " + PromptSet.FILES.size() + " files, hash " + prompts.hash());
        } catch (BriefException e) {
            return Check.fail("prompts", e.getMessage().replaceFirst(";.*$", ""), "pass --prompts a folder holding " + String.join(", ", PromptSet.FILES));
        }
    }

    /** Writes, reads back and deletes a file, as the cache will. */
    private Check cache() {
        Path dir = settings.cacheDir();
        if (dir == null) {
            return Check.skip("cache", "--no-cache: answers are not cached");
        }
        try {
            Files.createDirectories(dir);
            Path probe = Files.createTempFile(dir, ".doctor-", ".tmp");
            try {
                Files.writeString(probe, "brief doctor", StandardCharsets.UTF_8);
                if (!Files.readString(probe, StandardCharsets.UTF_8).equals("brief doctor")) {
                    return Check.fail("cache", dir + " does not give back what was written", "set BRIEF_CACHE_DIR to another folder");
                }
            } finally {
                Files.deleteIfExists(probe);
            }
            return Check.ok("cache", dir + " is readable and writable");
        } catch (IOException | SecurityException e) {
            return Check.fail("cache", "cannot write in " + dir + " (" + dev.brief.text.AtomicFiles.whyNotWritten(e) + ")",
                    "point --cache-dir or BRIEF_CACHE_DIR at a writable folder, or pass --no-cache");
        }
    }

    static int[] parseVersion(String version) {
        String[] parts = version.trim().replaceFirst("^v", "").split("[.-]");
        if (parts.length < 2) {
            return null;
        }
        int[] out = new int[3];
        for (int i = 0; i < 3 && i < parts.length; i++) {
            if (!parts[i].matches("\\d+")) {
                return i < 2 ? null : out;
            }
            out[i] = Integer.parseInt(parts[i]);
        }
        return out;
    }

    private static int compare(int[] a, int[] b) {
        for (int i = 0; i < 3; i++) {
            if (a[i] != b[i]) {
                return Integer.compare(a[i], b[i]);
            }
        }
        return 0;
    }
}
