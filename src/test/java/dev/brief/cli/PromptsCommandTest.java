package dev.brief.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.brief.CliRun;
import dev.brief.engine.llm.PromptSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PromptsCommandTest {
    @Test
    void listsEveryPromptFileWithItsHashAndTheSetHash() {
        CliRun run = CliRun.of("prompts");
        assertEquals(0, run.exitCode(), run.err());
        PromptSet bundled = PromptSet.bundled();
        List<String> lines = run.out().lines().toList();
        assertEquals(PromptSet.FILES.size() + 1, lines.size(), run.out());
        for (Map.Entry<String, String> e : bundled.fileHashes().entrySet()) {
            assertTrue(lines.stream().anyMatch(l -> l.matches(java.util.regex.Pattern.quote(e.getKey()) + " +" + e.getValue())), run.out());
        }
        assertTrue(lines.get(lines.size() - 1).matches("\\(set\\) +" + bundled.hash() + "  \\(bundled\\)"), run.out());
    }

    @Test
    void renderPrintsTheExactRequestWithoutAModel() {
        // OLLAMA_HOST points at a dead port in tests: rendering must not need a server.
        CliRun run = CliRun.of("prompts", "render", "seeds/rubio-lavrov-asean-2025", "--num-ctx", "8192");
        assertEquals(0, run.exitCode(), run.err());
        String out = run.out();
        assertTrue(out.startsWith("model: qwen2.5:7b\noptions: num_ctx 7168, temperature 0.0, seed 42, num_predict 2048\n"
                + "tokens: about "), out);
        assertTrue(out.contains("\n===== message 1: system =====\nYou are a careful news editor."), out);
        assertTrue(out.contains("\n===== message 2: user =====\nWrite a briefing of the event that the 2 articles below report.\n"
                + "The only article ids you may cite are: 470704, 41fbe3."), out);
        assertTrue(out.contains("<article id=\"41fbe3\">\noutlet: The Moscow Times (AFP)\n"), out);
        assertTrue(out.contains("\n===== format: JSON schema =====\n{\n  \"type\" : \"object\","), out);
        assertTrue(out.contains("\"enum\" : [ \"470704\", \"41fbe3\" ]"), out);
    }

    @Test
    void renderSaysWhenTheEventWouldGoThroughMapReduce() {
        CliRun run = CliRun.of("prompts", "render", "seeds/rubio-lavrov-asean-2025", "--num-ctx", "2048");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().startsWith("brief: these articles do not fit the context in one call, so 'brief event' would first reduce"), run.err());
        assertTrue(run.out().contains("num_ctx"), run.out());
    }
}
