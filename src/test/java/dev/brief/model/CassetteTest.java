package dev.brief.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a cassette written by --record holds, and what brief reads back from a cassette folder. */
class CassetteTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String SCHEMA = "{\"type\":\"object\",\"properties\":{\"summary\":{\"type\":\"array\",\"items\":{\"type\":\"object\","
            + "\"properties\":{\"sources\":{\"type\":\"array\",\"items\":{\"type\":\"string\",\"enum\":[\"470704\",\"41fbe3\"]}}}}}}}";
    static final String NDJSON = "{\"model\":\"qwen2.5:7b\",\"message\":{\"role\":\"assistant\",\"content\":\"{\\\"headline\\\"\"},\"done\":false}\n"
            + "{\"model\":\"qwen2.5:7b\",\"message\":{\"role\":\"assistant\",\"content\":\": \\\"x\\\"}\"},\"done\":false}\n"
            + "{\"model\":\"qwen2.5:7b\",\"message\":{\"role\":\"assistant\",\"content\":\"\"},\"done\":true,\"done_reason\":\"stop\","
            + "\"prompt_eval_count\":1874,\"eval_count\":912}\n";

    @TempDir
    Path dir;

    /** A request body as Ollama receives it from brief, with fields that decide nothing (stream, keep_alive). */
    static String body(String model, String user, boolean stream) {
        return "{\"model\":\"" + model + "\",\"messages\":[{\"role\":\"system\",\"content\":\"You are a careful news editor.\"},"
                + "{\"role\":\"user\",\"content\":\"" + user + "\"}],\"stream\":" + stream + ",\"keep_alive\":\"5m\","
                + "\"format\":" + SCHEMA + ",\"options\":{\"num_ctx\":7168,\"temperature\":0.0,\"seed\":42,\"num_predict\":2048}}";
    }

    static ObjectNode notes() {
        ObjectNode notes = JSON.createObjectNode();
        notes.put("promptHash", "0123456789ab");
        notes.putObject("promptFiles").put("system.md", "aaaaaaaaaaaa");
        return notes;
    }

    private List<Path> files(String sub) throws IOException {
        try (Stream<Path> s = Files.list(dir.resolve(sub))) {
            return s.sorted().toList();
        }
    }

    @Test
    void aRecordingIsReadBackWithWhatDecidesTheAnswer() throws IOException {
        Path file = Cassette.write(dir, body("qwen2.5:7b", "Brief these articles.", true), NDJSON, null, notes());

        List<Cassette> all = Cassette.readAll(dir);
        assertEquals(1, all.size());
        Cassette c = all.get(0);
        assertEquals(file, c.file());
        assertEquals("qwen2.5:7b", c.model());
        assertEquals(List.of(ChatTurn.system("You are a careful news editor."), ChatTurn.user("Brief these articles.")), c.messages());
        assertEquals(JSON.readTree(SCHEMA), c.format());
        assertEquals(7168, c.options().get("num_ctx").asInt());
        assertEquals(42, c.options().get("seed").asInt());
        assertEquals("0123456789ab", c.metadata().get("promptHash").asText());
        assertEquals(Set.of("470704", "41fbe3"), c.articleIds(), "the article ids the recorded schema allows");
    }

    @Test
    void theMappingMatchesOnlyOnModelOptionsFormatAndMessagesAndKeepsTheWholeStream() throws IOException {
        Path file = Cassette.write(dir, body("qwen2.5:7b", "Brief these articles.", true), NDJSON, null, notes());
        assertTrue(file.getFileName().toString().matches("chat-[0-9a-f]{12}\\.json"), file.toString());
        JsonNode mapping = JSON.readTree(file.toFile());
        assertEquals("POST", mapping.at("/request/method").asText());
        assertEquals("/api/chat", mapping.at("/request/url").asText());
        assertEquals(List.of("$.model", "$.options", "$.format", "$.messages"), mapping.at("/request/bodyPatterns").findValuesAsText("expression"));
        assertEquals("application/x-ndjson", mapping.at("/response/headers/Content-Type").asText());
        String bodyFile = mapping.at("/response/bodyFileName").asText();
        assertEquals(file.getFileName().toString().replace(".json", ".ndjson"), bodyFile);
        assertEquals(NDJSON, Files.readString(dir.resolve("__files").resolve(bodyFile)), "the answer is kept byte for byte, token counts and all");
    }

    @Test
    void recordingTheSameRequestAgainReplacesItsRecordingAndAnotherRequestAddsOne() throws IOException {
        Path first = Cassette.write(dir, body("qwen2.5:7b", "Brief these articles.", true), NDJSON, null, notes());
        Path again = Cassette.write(dir, body("qwen2.5:7b", "Brief these articles.", false), NDJSON.replace("912", "913"), null, notes());
        assertEquals(first, again, "stream and keep_alive do not decide the answer");
        assertEquals(List.of(first), files("mappings"));
        assertTrue(Files.readString(dir.resolve("__files").resolve(first.getFileName().toString().replace(".json", ".ndjson"))).contains("913"));

        Path other = Cassette.write(dir, body("qwen2.5:7b", "Brief these other articles.", true), NDJSON, null, notes());
        Path otherModel = Cassette.write(dir, body("llama3.2:3b", "Brief these articles.", true), NDJSON, null, notes());
        assertEquals(3, Set.of(first, other, otherModel).size());
        assertEquals(3, Cassette.readAll(dir).size());
    }

    @Test
    void aFolderWithoutRecordingsReadsAsNone() {
        assertEquals(List.of(), Cassette.readAll(dir.resolve("nothing-here")));
        assertEquals(List.of(), Cassette.readAll(dir));
    }

    @Test
    void otherEndpointsAndBrokenFilesAreSkippedAndAHandEditedMappingIsRead() throws IOException {
        Path mappings = Files.createDirectories(dir.resolve("mappings"));
        Files.writeString(mappings.resolve("a-tags.json"), "{\"request\":{\"method\":\"GET\",\"url\":\"/api/tags\"},\"response\":{\"status\":200}}");
        Files.writeString(mappings.resolve("b-broken.json"), "{\"request\": ");
        // several mappings in one file, urlPath instead of url, and the messages given as a JSON string
        Files.writeString(mappings.resolve("c-edited.json"), """
                {"mappings": [
                  {"request": {"method": "POST", "urlPath": "/api/chat", "bodyPatterns": [
                      {"matchesJsonPath": {"expression": "$.model", "equalTo": "qwen2.5:7b"}},
                      {"matchesJsonPath": {"expression": "$.messages", "equalToJson": "[{\\"role\\": \\"user\\", \\"content\\": \\"Hi\\"}]"}}]},
                   "response": {"status": 200, "body": ""}},
                  {"request": {"method": "GET", "url": "/api/version"}, "response": {"status": 200}}
                ]}
                """);
        List<Cassette> all = Cassette.readAll(dir);
        assertEquals(1, all.size(), all.toString());
        Cassette c = all.get(0);
        assertEquals("qwen2.5:7b", c.model());
        assertEquals(List.of(ChatTurn.user("Hi")), c.messages());
        assertNull(c.format(), "not matched on");
        assertNull(c.options());
        assertEquals(Set.of(), c.articleIds());
    }

    @Test
    void handWrittenAnswersAreServedInTurnAndMarkedAsNoModelsOutput() throws IOException {
        Cassette.writeHandWritten(dir, "qwen2.5:7b", List.of("{\"headline\": \"first\"}", "{\"headline\": \"repaired\"}"));
        List<Path> mappings = files("mappings");
        assertEquals(2, mappings.size());
        JsonNode first = JSON.readTree(mappings.get(0).toFile());
        JsonNode second = JSON.readTree(mappings.get(1).toFile());
        assertEquals("hand-written answer 1 of 2 (not a model's output)", first.path("name").asText());
        assertTrue(first.at("/metadata/brief/handWritten").asBoolean());
        assertEquals("Started", first.path("requiredScenarioState").asText());
        assertEquals("answer 2", first.path("newScenarioState").asText());
        assertEquals("answer 2", second.path("requiredScenarioState").asText());
        assertTrue(second.path("newScenarioState").isMissingNode(), "the last answer repeats");

        List<String> lines = first.at("/response/body").asText().strip().lines().toList();
        assertEquals(2, lines.size());
        assertEquals("{\"headline\": \"first\"}", JSON.readTree(lines.get(0)).at("/message/content").asText());
        assertEquals("stop", JSON.readTree(lines.get(1)).path("done_reason").asText());

        List<Cassette> read = Cassette.readAll(dir);
        assertEquals(2, read.size());
        assertNull(read.get(0).model(), "a hand-written answer matches a request to any model");
        assertNull(read.get(0).messages());
    }
}
