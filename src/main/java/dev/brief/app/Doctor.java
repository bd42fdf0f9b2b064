package dev.brief.app;

import dev.brief.BriefException;
import dev.brief.model.ollama.OllamaServer;
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
 * What {@code brief doctor} checks: the Ollama server, its version, the model, the model's context
 * length against the num_ctx brief will ask for, the prompts and the cache directory. Each check
 * gives one result; a failure carries the fix.
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
    private final OllamaServer server;

    public Doctor(ModelSettings settings) {
        this(settings, TIMEOUT);
    }

    /** @param timeout how long each request to the server may take */
    public Doctor(ModelSettings settings, Duration timeout) {
        this.settings = settings;
        this.server = new OllamaServer(settings.ollamaUrl(), timeout);
    }

    public List<Check> run() {
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
            Check model = model();
            out.add(model);
            out.add(model.status() == Status.OK ? context() : Check.skip("context", "needs the model"));
        } else {
            out.add(Check.skip("version", "needs the server"));
            out.add(Check.skip("model", "needs the server"));
            out.add(Check.skip("context", "needs the server"));
        }
        out.add(prompts());
        out.add(cache());
        return out;
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

    private Check model() {
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

    private Check context() {
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
