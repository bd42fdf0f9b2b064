package dev.brief.model;

import dev.brief.text.AtomicFiles;
import dev.brief.text.Hashing;
import java.util.OptionalInt;
import com.fasterxml.jackson.databind.JsonNode;
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

    /**
     * Kept like an answer, so that a rerun sizes its calls as the first run did and needs no server:
     * the cached answers' keys include num_ctx, which depends on this length.
     */
    @Override
    public OptionalInt contextLength(String model) {
        Path file = dir.resolve("context-length").resolve(contextKey(model) + ".json");
        if (Files.isRegularFile(file)) {
            try {
                JsonNode length = JSON.readTree(file.toFile()).path("contextLength");
                if (length.canConvertToInt() && length.asInt() > 0) {
                    return OptionalInt.of(length.asInt());
                }
            } catch (IOException | RuntimeException e) {
                // a damaged entry is only a miss
            }
        }
        OptionalInt length = inner.contextLength(model);
        if (length.isPresent()) {
            store(file, JSON.createObjectNode().put("model", model).put("contextLength", length.getAsInt()));
        }
        return length;
    }

    private static String contextKey(String model) {
        return Hashing.sha256Hex(JSON.createObjectNode().put("contextLengthOf", model).toString());
    }

    static String key(ModelRequest request) {
        ObjectNode node = JSON.createObjectNode();
        node.put("model", request.model());
        node.set("messages", JSON.valueToTree(request.messages()));
        node.put("format", request.schema());
        node.set("options", JSON.valueToTree(request.options()));
        try {
            byte[] canonical = JSON.writeValueAsBytes(node);
            return Hashing.sha256Hex(canonical);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ModelReply load(Path file) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            ModelReply reply = JSON.readValue(file.toFile(), ModelReply.class);
            return reply == null || reply.content() == null ? null : reply; // a damaged entry is only a miss
        } catch (IOException e) {
            return null;
        }
    }

    /** Best effort: a cache that cannot be written costs a rerun its speed, never the result. */
    private void store(Path file, Object entry) {
        try {
            Files.createDirectories(file.getParent());
            AtomicFiles.write(file, JSON.writeValueAsString(entry));
        } catch (IOException | SecurityException e) {
            if (warned.compareAndSet(false, true)) {
                warn.accept("cannot write the answer cache in " + dir + " (" + AtomicFiles.whyNotWritten(e) + "); a rerun will ask the model again;"
                        + " set --cache-dir or BRIEF_CACHE_DIR to a writable folder");
            }
        }
    }
}
