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
 * One recorded chat exchange, as a plain WireMock stub mapping in {@code DIR/mappings/}: Ollama's
 * {@code /api/chat} or an OpenAI-compatible {@code .../chat/completions}, which also says which
 * backend recorded it. The request is matched on what decides the answer (Ollama: model, messages,
 * format, options; OpenAI: model, messages, response_format, temperature, seed, max_tokens), each
 * with its own {@code matchesJsonPath}, so that fields that do not matter ({@code stream},
 * {@code tools}) are ignored and a person can read and edit each part. The streamed answer is kept
 * whole in {@code DIR/__files/}: NDJSON for Ollama, the server-sent events for OpenAI. Nothing of
 * the request's headers is kept, so an API key never reaches a cassette.
 *
 * @param file     the mapping file
 * @param backend  the backend whose chat call was recorded
 * @param url      the recorded chat path, such as /api/chat or /v1/chat/completions
 * @param model    the recorded model, or null when the mapping does not match on it
 * @param messages the recorded messages, or null
 * @param format   the recorded JSON schema (Ollama's format, OpenAI's response_format json_schema), or null
 * @param options  the recorded sampling options (Ollama's options; OpenAI's temperature, seed, max_tokens), or null
 * @param metadata what brief noted when recording (prompt hashes); may be missing
 */
public record Cassette(Path file, Backend backend, String url, String model, List<ChatTurn> messages, JsonNode format, JsonNode options, JsonNode metadata) {
    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    static final String CHAT = "/api/chat";
    /** The fields of an OpenAI-compatible request that decide the answer, besides model and messages. */
    private static final List<String> OPENAI_OPTIONS = List.of("temperature", "seed", "max_tokens", "max_completion_tokens");

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

    /** Every chat recording under DIR/mappings, of either backend, in file-name order. Unreadable files are skipped. */
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
        Backend backend = Backend.ofChatPath(url);
        if (backend == null) {
            return;
        }
        String model = null;
        List<ChatTurn> messages = null;
        JsonNode format = null;
        JsonNode options = null;
        ObjectNode openAiOptions = JSON.createObjectNode();
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
                case "$.response_format" -> format = expected.path("json_schema").has("schema") ? expected.path("json_schema").get("schema") : null;
                default -> {
                    String field = expression.startsWith("$.") ? expression.substring(2) : "";
                    if (backend == Backend.OPENAI && OPENAI_OPTIONS.contains(field)) {
                        openAiOptions.set(field, expected.isTextual() && expected.asText().matches("-?[0-9.]+") ? JSON.getNodeFactory()
                                .numberNode(new java.math.BigDecimal(expected.asText())) : expected);
                    }
                }
            }
        }
        if (backend == Backend.OPENAI && !openAiOptions.isEmpty()) {
            options = openAiOptions;
        }
        out.add(new Cassette(file, backend, url, model, messages, format, options, mapping.path("metadata").path("brief")));
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

    /** Writes one recorded Ollama /api/chat exchange that succeeded; see {@link #write(Path, String, String, String, String, int, ObjectNode)}. */
    static Path write(Path dir, String requestBody, String ndjson, String contentType, ObjectNode metadata) throws IOException {
        return write(dir, CHAT, requestBody, ndjson, contentType, 200, metadata);
    }

    /**
     * Writes one recorded chat exchange: the mapping and its body. The file name comes from a hash of
     * what is matched, so recording the same request again replaces its old recording.
     *
     * @param url         the chat path the request went to: /api/chat, or BASE/chat/completions
     * @param requestBody the request as the server received it
     * @param answer      the whole answer: the NDJSON or server-sent events of a stream, or a refusal's body
     * @param status      the answer's HTTP status: 200, or the 400 of a server that refused what was asked
     * @param metadata    brief's notes, kept under metadata.brief
     * @return the mapping file written
     */
    static Path write(Path dir, String url, String requestBody, String answer, String contentType, int status, ObjectNode metadata) throws IOException {
        Backend backend = Backend.ofChatPath(url);
        JsonNode body = JSON.readTree(requestBody);
        ObjectNode matched = JSON.createObjectNode();
        List<String> fields = new ArrayList<>(backend == Backend.OPENAI ? List.of("model", "response_format") : List.of("model", "options", "format"));
        if (backend == Backend.OPENAI) {
            fields.addAll(OPENAI_OPTIONS);
        }
        fields.add("messages");
        for (String field : fields) {
            if (body.has(field)) {
                matched.set(field, body.get(field));
            }
        }
        String name = "chat-" + dev.brief.text.Hashing.sha256Hex(JSON.writeValueAsBytes(matched)).substring(0, 12);
        boolean openAi = backend == Backend.OPENAI;

        ObjectNode mapping = JSON.createObjectNode();
        mapping.put("name", (openAi ? "OpenAI-compatible " : "Ollama ") + url + " with " + body.path("model").asText("?")
                + (status == 200 ? "" : " (refused with HTTP " + status + ")") + ", recorded by brief --record");
        ObjectNode request = mapping.putObject("request");
        request.put("method", "POST");
        request.put("url", url);
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
        response.put("status", status);
        response.putObject("headers").put("Content-Type", contentType != null ? contentType
                : status != 200 ? "application/json" : openAi ? "text/event-stream" : "application/x-ndjson");
        String bodyFile = name + (openAi ? ".sse" : ".ndjson");
        if (status == 200) {
            response.put("bodyFileName", bodyFile);
        } else {
            response.put("body", answer);
        }
        ObjectNode notes = metadata == null ? JSON.createObjectNode() : metadata.deepCopy();
        notes.put("backend", backend.label());
        mapping.putObject("metadata").set("brief", notes);

        Path mappingFile = dir.resolve("mappings").resolve(name + ".json");
        Files.createDirectories(mappingFile.getParent());
        // Each file whole or absent, the answer before the mapping that names it: a stopped run leaves no half cassette.
        if (status == 200) {
            Files.createDirectories(dir.resolve("__files"));
            AtomicFiles.write(dir.resolve("__files").resolve(bodyFile), answer);
        }
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
