package dev.brief.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.brief.CliRun;
import dev.brief.FakeOllama;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README's example briefing is what brief prints for the hand-written seeds answer, byte for byte. */
class ReadmeExampleTest {
    @Test
    void theReadmeExampleIsCurrent() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        int start = readme.indexOf("````markdown\n");
        int end = readme.indexOf("\n````\n", start);
        assertTrue(start >= 0 && end > start, "the README has a ````markdown example block");
        String example = readme.substring(start + "````markdown\n".length(), end + 1);
        try (FakeOllama ollama = new FakeOllama()) {
            ollama.stub(FakeOllama.chat().willReturn(FakeOllama.streamed(FakeOllama.fixture("seeds-answer.json"))));

            CliRun run = CliRun.of("event", "seeds/rubio-lavrov-asean-2025/", "--engine", "ollama", "--ollama-url", ollama.url(), "--no-cache");

            assertEquals(0, run.exitCode(), run.err());
            assertEquals(example, run.out(), "regenerate the README example: the renderer, the prompts or the fixture changed");
        }
    }
}
