package dev.brief.model;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Answers from disk what was asked before: the key is the model, the options, the schema and the
 * exact messages, so a rerun with the same inputs and prompts makes no model calls.
 */
public final class CachingLanguageModel implements LanguageModel {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    private final LanguageModel inner;
    private final Path dir;
    private final java.util.function.Consumer<String> warn;
    private final java.util.concurrent.atomic.AtomicBoolean warned = new java.util.concurrent.atomic.AtomicBoolean();

    /** @param warn told once if the cache cannot be written, since a rerun then asks the model again */
    public CachingLanguageModel(LanguageModel inner, Path dir, java.util.function.Consumer<String> warn) {
        this.inner = inner;
        this.dir = dir;
        this.warn = warn;
    }

    public CachingLanguageModel(LanguageModel inner, Path dir) {
        this(inner, dir, message -> { });
    }

    @Override
    public ModelReply chat(ModelRequest request) {
        Path file = dir.resolve(key(request) + ".json");
        ModelReply hit = load(file);
        if (hit != null) {
            return hit.asCached();
        }
        ModelReply reply = inner.chat(request);
        store(file, reply);
        return reply;
    }

    static String key(ModelRequest request) {
        ObjectNode node = JSON.createObjectNode();
        node.put("model", request.model());
        node.set("messages", JSON.valueToTree(request.messages()));
        node.put("format", request.schema());
        node.set("options", JSON.valueToTree(request.options()));
        try {
            byte[] canonical = JSON.writeValueAsBytes(node);
            return dev.brief.text.Hashing.sha256Hex(canonical);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ModelReply load(Path file) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            return JSON.readValue(file.toFile(), ModelReply.class);
        } catch (IOException e) {
            return null; // a damaged entry is only a miss
        }
    }

    /** Best effort: a cache that cannot be written costs a rerun its speed, never the result. */
    private void store(Path file, ModelReply reply) {
        try {
            Files.createDirectories(file.getParent());
            dev.brief.text.AtomicFiles.write(file, JSON.writeValueAsString(reply));
        } catch (IOException | SecurityException e) {
            if (warned.compareAndSet(false, true)) {
                String why = e instanceof java.nio.file.AccessDeniedException ? "permission denied"
                        : e instanceof java.nio.file.FileAlreadyExistsException || e instanceof java.nio.file.FileSystemException
                                ? "a file is in the way of " + ((java.nio.file.FileSystemException) e).getFile()
                                : String.valueOf(e.getMessage());
                warn.accept("cannot write the answer cache in " + dir + " (" + why + "); a rerun will ask the model again;"
                        + " set --cache-dir or BRIEF_CACHE_DIR to a writable folder");
            }
        }
    }

    /** $BRIEF_CACHE_DIR, else $XDG_CACHE_HOME/brief, else ~/.cache/brief. */
    public static Path defaultDir() {
        String own = System.getenv("BRIEF_CACHE_DIR");
        if (own != null && !own.isBlank()) {
            return Path.of(own);
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("brief");
    }
}
