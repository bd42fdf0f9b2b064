package dev.brief.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.brief.BriefException;
import dev.brief.ExitCode;
import dev.brief.text.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * One recorded /api/chat exchange, as a plain WireMock stub mapping in {@code DIR/mappings/}. The
 * request is matched on what decides the answer (model, messages, format, options), each with its own
 * {@code matchesJsonPath}, so that fields that do not matter ({@code stream}, {@code tools}) are
 * ignored and a person can read and edit each part. The streamed NDJSON answer is kept whole in
 * {@code DIR/__files/}, one JSON object a line, with done_reason and the token counts.
 *
 * @param file     the mapping file
 * @param model    the recorded model, or null when the mapping does not match on it
 * @param messages the recorded messages, or null
 * @param format   the recorded JSON schema, or null
 * @param options  the recorded Ollama options, or null
 * @param metadata what brief noted when recording (prompt hashes); may be missing
 */
public record Cassette(Path file, String model, List<ChatTurn> messages, JsonNode format, JsonNode options, JsonNode metadata) {
    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    static final String CHAT = "/api/chat";

    /** The article ids the recorded schema allows: brief's schema lists them as an enum. */
    public Set<String> articleIds() {
        return enumValues(format);
    }

    static Set<String> enumValues(JsonNode schema) {
        Set<String> out = new LinkedHashSet<>();
        if (schema == null) {
            return out;
        }
        JsonNode e = schema.get("enum");
        if (e != null && e.isArray()) {
            e.forEach(v -> out.add(v.asText()));
        }
        for (JsonNode child : schema) {
            if (child.isContainerNode()) {
                out.addAll(enumValues(child));
            }
        }
        return out;
    }

    /** Every /api/chat recording under DIR/mappings, in file-name order. Unreadable files are skipped. */
    public static List<Cassette> readAll(Path dir) {
        Path mappings = dir.resolve("mappings");
        List<Cassette> out = new ArrayList<>();
        if (!Files.isDirectory(mappings)) {
            return out;
        }
        try (Stream<Path> files = Files.walk(mappings)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                JsonNode root;
                try {
                    root = JSON.readTree(f.toFile());
                } catch (IOException e) {
                    continue; // WireMock itself will refuse to start on it and say why
                }
                if (root != null && root.has("mappings")) {
                    root.get("mappings").forEach(m -> read(f, m, out));
                } else if (root != null) {
                    read(f, root, out);
                }
            }
        } catch (IOException e) {
            throw new BriefException(ExitCode.INPUT, "cannot read the recordings in " + mappings + " (" + e.getMessage() + ")");
        }
        return out;
    }

    private static void read(Path file, JsonNode mapping, List<Cassette> out) {
        JsonNode request = mapping.path("request");
        String url = request.path("url").asText(request.path("urlPath").asText(""));
        if (!url.equals(CHAT)) {
            return;
        }
        String model = null;
        List<ChatTurn> messages = null;
        JsonNode format = null;
        JsonNode options = null;
        for (JsonNode pattern : request.path("bodyPatterns")) {
            JsonNode path = pattern.get("matchesJsonPath");
            if (path == null || !path.isObject()) {
                continue;
            }
            String expression = path.path("expression").asText("");
            JsonNode expected = path.has("equalToJson") ? json(path.get("equalToJson")) : path.get("equalTo");
            if (expected == null) {
                continue;
            }
            switch (expression) {
                case "$.model" -> model = expected.asText();
                case "$.messages" -> messages = turns(expected);
                case "$.format" -> format = expected;
                case "$.options" -> options = expected;
                default -> { }
            }
        }
        out.add(new Cassette(file, model, messages, format, options, mapping.path("metadata").path("brief")));
    }

    /** equalToJson may hold the JSON itself or, as WireMock also accepts, the JSON as a string. */
    private static JsonNode json(JsonNode value) {
        if (!value.isTextual()) {
            return value;
        }
        try {
            return JSON.readTree(value.asText());
        } catch (IOException e) {
            return value;
        }
    }

    private static List<ChatTurn> turns(JsonNode array) {
        List<ChatTurn> out = new ArrayList<>();
        for (JsonNode m : array) {
            out.add(new ChatTurn(m.path("role").asText(""), m.path("content").asText("")));
        }
        return out;
    }

    /**
     * Writes one recorded chat exchange: the mapping and its NDJSON body. The file name comes from a
     * hash of what is matched, so recording the same request again replaces its old recording.
     *
     * @param requestBody the request as Ollama received it
     * @param ndjson      the whole streamed answer
     * @param metadata    brief's notes, kept under metadata.brief
     * @return the mapping file written
     */
    static Path write(Path dir, String requestBody, String ndjson, String contentType, ObjectNode metadata) throws IOException {
        JsonNode body = JSON.readTree(requestBody);
        ObjectNode matched = JSON.createObjectNode();
        for (String field : List.of("model", "options", "format", "messages")) {
            if (body.has(field)) {
                matched.set(field, body.get(field));
            }
        }
        String name = "chat-" + dev.brief.text.Hashing.sha256Hex(JSON.writeValueAsBytes(matched)).substring(0, 12);

        ObjectNode mapping = JSON.createObjectNode();
        mapping.put("name", "Ollama " + CHAT + " with " + body.path("model").asText("?") + ", recorded by brief --record");
        ObjectNode request = mapping.putObject("request");
        request.put("method", "POST");
        request.put("url", CHAT);
        ArrayNode patterns = request.putArray("bodyPatterns");
        for (Map.Entry<String, JsonNode> e : iterable(matched.fields())) {
            ObjectNode path = patterns.addObject().putObject("matchesJsonPath");
            path.put("expression", "$." + e.getKey());
            if (e.getValue().isContainerNode()) {
                path.set("equalToJson", e.getValue());
            } else {
                path.put("equalTo", e.getValue().asText());
            }
        }
        ObjectNode response = mapping.putObject("response");
        response.put("status", 200);
        response.putObject("headers").put("Content-Type", contentType == null ? "application/x-ndjson" : contentType);
        response.put("bodyFileName", name + ".ndjson");
        mapping.putObject("metadata").set("brief", metadata);

        Path mappingFile = dir.resolve("mappings").resolve(name + ".json");
        Files.createDirectories(mappingFile.getParent());
        Files.createDirectories(dir.resolve("__files"));
        // Each file whole or absent, the answer before the mapping that names it: a stopped run leaves no half cassette.
        AtomicFiles.write(dir.resolve("__files").resolve(name + ".ndjson"), ndjson);
        AtomicFiles.write(mappingFile, JSON.writeValueAsString(mapping) + "\n");
        return mappingFile;
    }

    /**
     * Writes hand-written answers as a cassette that answers any /api/chat request: the first call gets
     * the first answer, the next the next, and the last answer repeats. Marked as hand-written in its
     * name and metadata: no model produced it.
     */
    public static void writeHandWritten(Path dir, String model, List<String> answers) throws IOException {
        Files.createDirectories(dir.resolve("mappings"));
        for (int i = 0; i < answers.size(); i++) {
            ObjectNode line = JSON.createObjectNode();
            line.put("model", model);
            line.put("created_at", "1970-01-01T00:00:00Z");
            line.putObject("message").put("role", "assistant").put("content", answers.get(i));
            line.put("done", false);
            ObjectNode last = JSON.createObjectNode();
            last.put("model", model);
            last.put("created_at", "1970-01-01T00:00:00Z");
            last.putObject("message").put("role", "assistant").put("content", "");
            last.put("done_reason", "stop");
            last.put("done", true);
            String ndjson = new ObjectMapper().writeValueAsString(line) + "\n" + new ObjectMapper().writeValueAsString(last) + "\n";

            ObjectNode mapping = JSON.createObjectNode();
            mapping.put("name", "hand-written answer " + (i + 1) + " of " + answers.size() + " (not a model's output)");
            mapping.put("scenarioName", "hand-written answers");
            mapping.put("requiredScenarioState", i == 0 ? "Started" : "answer " + (i + 1));
            if (i + 1 < answers.size()) {
                mapping.put("newScenarioState", "answer " + (i + 2));
            }
            mapping.putObject("request").put("method", "POST").put("url", CHAT);
            ObjectNode response = mapping.putObject("response");
            response.put("status", 200);
            response.putObject("headers").put("Content-Type", "application/x-ndjson");
            response.put("body", ndjson);
            mapping.putObject("metadata").putObject("brief").put("handWritten", true);
            Files.writeString(dir.resolve("mappings").resolve("hand-written-" + (i + 1) + ".json"), JSON.writeValueAsString(mapping), StandardCharsets.UTF_8);
        }
    }

    private static <T> Iterable<T> iterable(Iterator<T> it) {
        return () -> it;
    }
}
