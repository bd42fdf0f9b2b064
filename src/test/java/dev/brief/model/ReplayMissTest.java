package dev.brief.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.brief.domain.GenerationOptions;
import dev.brief.engine.llm.PromptSet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The one line --replay prints when no recording matches: it names what changed (a prompt file, an
 * article, the model, an option) against the nearest recording, and how to record again.
 */
class ReplayMissTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final GenerationOptions OPTIONS = new GenerationOptions(7168, 0.0, 42, 2048);
    static final PromptSet BUNDLED = PromptSet.bundled();

    @TempDir
    Path tmp;
    Path dir;

    @BeforeEach
    void setUp() {
        dir = tmp.resolve("cassettes");
    }

    /** The first request of a briefing, built from the prompt files as brief builds it (articles are id to text). */
    static ModelRequest request(PromptSet prompts, String model, GenerationOptions options, Map<String, String> articles) {
        StringBuilder rendered = new StringBuilder();
        articles.forEach((id, text) -> rendered.append(prompts.render("article.md",
                Map.of("id", id, "outlet", "Outlet " + id, "title", "Title " + id, "published", "2025-07-10", "text", text))).append('\n'));
        String user = prompts.render("event.md", Map.of("article_count", Integer.toString(articles.size()),
                "source_ids", String.join(", ", articles.keySet()), "single_source_note", "", "articles", rendered.toString()));
        String schema = "{\"type\":\"object\",\"properties\":{\"summary\":{\"type\":\"array\",\"items\":{\"type\":\"object\",\"properties\":"
                + "{\"sources\":{\"type\":\"array\",\"items\":{\"type\":\"string\",\"enum\":" + ids(articles) + "}}}}}}}";
        return new ModelRequest(model, List.of(ChatTurn.system(prompts.text("system.md")), ChatTurn.user(user)), schema, options, 1000);
    }

    private static String ids(Map<String, String> articles) {
        ArrayNode a = JSON.createArrayNode();
        articles.keySet().forEach(a::add);
        return a.toString();
    }

    static final Map<String, String> TWO = ordered("470704", "Rubio met Lavrov in Kuala Lumpur.", "41fbe3", "Lavrov met Rubio.");

    static Map<String, String> ordered(String... idText) {
        Map<String, String> m = new java.util.LinkedHashMap<>();
        for (int i = 0; i < idText.length; i += 2) {
            m.put(idText[i], idText[i + 1]);
        }
        return m;
    }

    /** Records a request as --record does, with the prompt file hashes in its notes (or none); returns the mapping file. */
    private Path record(ModelRequest r, PromptSet prompts, boolean withHashes) throws IOException {
        ObjectNode body = JSON.createObjectNode();
        body.put("model", r.model());
        ArrayNode messages = body.putArray("messages");
        r.messages().forEach(m -> messages.addObject().put("role", m.role()).put("content", m.content()));
        body.put("stream", true);
        body.set("format", JSON.readTree(r.schema()));
        ObjectNode o = body.putObject("options");
        o.put("num_ctx", r.options().numCtx()).put("temperature", r.options().temperature()).put("seed", r.options().seed())
                .put("num_predict", r.options().numPredict());
        ObjectNode notes = JSON.createObjectNode();
        if (withHashes) {
            notes.put("promptHash", prompts.hash());
            notes.set("promptFiles", JSON.valueToTree(prompts.fileHashes()));
        }
        return Cassette.write(dir, body.toString(), "{\"done\":true}\n", null, notes);
    }

    /** A copy of the bundled prompts with one file edited. */
    private PromptSet edited(String file, UnaryOperator<String> edit) throws IOException {
        Path prompts = Files.createDirectories(tmp.resolve("prompts-" + file));
        for (String f : PromptSet.FILES) {
            Files.writeString(prompts.resolve(f), f.equals(file) ? edit.apply(BUNDLED.text(f)) : BUNDLED.text(f));
        }
        return PromptSet.fromDirectory(prompts);
    }

    private String explain(ModelRequest now, PromptSet prompts) {
        return ReplayMiss.explain(now, Cassette.readAll(dir), dir, prompts, id -> id.equals("c0ffee") ? "seeds/changed.txt" : null);
    }

    private String line(Path nearest, String... reasons) {
        return "no recording in " + dir + " matches a request to the model: " + String.join("; ", reasons)
                + " (nearest recording: " + dir.relativize(nearest) + "); if the change is intended, record again with --record " + dir;
    }

    @Test
    void aFolderWithoutRecordingsSaysHowToMakeThem() {
        assertEquals("no recording in " + dir + " matches a request to the model: " + dir.resolve("mappings")
                + " holds no chat recordings; record them with --record " + dir,
                explain(request(BUNDLED, "qwen2.5:7b", OPTIONS, TWO), BUNDLED));
    }

    @Test
    void anEditedPromptFileIsNamed() throws IOException {
        Path recorded = record(request(BUNDLED, "qwen2.5:7b", OPTIONS, TWO), BUNDLED, true);
        PromptSet system = edited("system.md", t -> t.replace("neutral briefing", "balanced briefing"));
        assertEquals(line(recorded, "system.md differs from the recording (prompt file system.md was edited)"),
                explain(request(system, "qwen2.5:7b", OPTIONS, TWO), system));
        PromptSet article = edited("article.md", t -> t.replace("outlet:", "source:"));
        assertEquals(line(recorded, "article.md differs from the recording (prompt file article.md was edited)"),
                explain(request(article, "qwen2.5:7b", OPTIONS, TWO), article));
    }

    @Test
    void aDeletedLineIsFoundByTheHashNotedWhenRecording() throws IOException {
        PromptSet shorter = edited("system.md", t -> t.replace("11. The headline is one neutral line of at most 15 words.\n", ""));
        ModelRequest now = request(shorter, "qwen2.5:7b", OPTIONS, TWO);
        Path recorded = record(request(BUNDLED, "qwen2.5:7b", OPTIONS, TWO), BUNDLED, true);
        assertEquals(line(recorded, "system.md differs from the recording (prompt file system.md was edited)"), explain(now, shorter));
        // without the hashes every line left is still in the recorded message: only the message is named
        Files.delete(recorded);
        Path unnoted = record(request(BUNDLED, "qwen2.5:7b", OPTIONS, TWO), BUNDLED, false);
        assertEquals(line(unnoted, "the system message differs from the recording"), explain(now, shorter));
    }

    @Test
    void aChangedArticleIsNamedByItsPathAndAddedOrMissingOnesByTheirIds() throws IOException {
        Path recorded = record(request(BUNDLED, "qwen2.5:7b", OPTIONS, TWO), BUNDLED, true);
        Map<String, String> changed = ordered("470704", "Rubio met Lavrov in Kuala Lumpur.", "c0ffee", "Lavrov met Rubio twice.");
        assertEquals(line(recorded, "article seeds/changed.txt (id c0ffee) changed since the recording (recorded as id 41fbe3)"),
                explain(request(BUNDLED, "qwen2.5:7b", OPTIONS, changed), BUNDLED));

        Map<String, String> three = new java.util.LinkedHashMap<>(TWO);
        three.put("abc123", "A third outlet reports it.");
        assertEquals(line(recorded, "article abc123 is not in the recording: it is new or its text changed"),
                explain(request(BUNDLED, "qwen2.5:7b", OPTIONS, three), BUNDLED));

        assertEquals(line(recorded, "recorded article 41fbe3 is not among the inputs"),
                explain(request(BUNDLED, "qwen2.5:7b", OPTIONS, ordered("470704", "Rubio met Lavrov in Kuala Lumpur.")), BUNDLED));
    }

    @Test
    void anotherModelOrOtherOptionsAreNamedWithBothValues() throws IOException {
        Path recorded = record(request(BUNDLED, "qwen2.5:7b", OPTIONS, TWO), BUNDLED, true);
        assertEquals(line(recorded, "the model is llama3.2:3b, the recording's is qwen2.5:7b"),
                explain(request(BUNDLED, "llama3.2:3b", OPTIONS, TWO), BUNDLED));
        assertEquals(line(recorded, "options differ: num_ctx 7168 recorded, 6144 now, temperature 0.0 recorded, 0.2 now"),
                explain(request(BUNDLED, "qwen2.5:7b", new GenerationOptions(6144, 0.2, 42, 2048), TWO), BUNDLED));
    }

    @Test
    void aRepairRequestTheRecordingDoesNotHaveIsNamed() throws IOException {
        ModelRequest first = request(BUNDLED, "qwen2.5:7b", OPTIONS, TWO);
        Path recorded = record(first, BUNDLED, true);
        List<ChatTurn> repair = new ArrayList<>(first.messages());
        repair.add(ChatTurn.assistant("{\"headline\": \"x\"}"));
        repair.add(ChatTurn.user(BUNDLED.render("repair.md", Map.of("problems", "- summary[0] cites no source"))));
        ModelRequest now = new ModelRequest(first.model(), repair, first.schema(), first.options(), 1000);
        assertEquals(line(recorded, "the recording is of a call with 2 messages, this call has 4 (a repair request the recording does not have)"),
                explain(now, BUNDLED));
    }

    @Test
    void theNearestRecordingIsTheOneCompared() throws IOException {
        record(request(BUNDLED, "qwen2.5:7b", OPTIONS, ordered("aaaaaa", "Another event entirely.")), BUNDLED, true);
        Path same = record(request(BUNDLED, "llama3.2:3b", OPTIONS, TWO), BUNDLED, true);
        record(request(BUNDLED, "qwen2.5:7b", new GenerationOptions(2048, 0.7, 1, 512), ordered("bbbbbb", "A third event.")), BUNDLED, true);
        assertEquals(line(same, "the model is qwen2.5:7b, the recording's is llama3.2:3b"),
                explain(request(BUNDLED, "qwen2.5:7b", OPTIONS, TWO), BUNDLED));
    }
}
