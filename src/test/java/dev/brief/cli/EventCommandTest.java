package dev.brief.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.brief.CliRun;
import dev.brief.FakeOllama;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import java.nio.file.Path;

class EventCommandTest {
    @TempDir
    Path cache;

    @Test
    void smoke() {
        try (FakeOllama ollama = new FakeOllama()) {
            ollama.stub(FakeOllama.chat().willReturn(FakeOllama.streamed(FakeOllama.fixture("seeds-answer.json"))));
            CliRun run = CliRun.of("event", "seeds/rubio-lavrov-asean-2025", "--engine", "ollama", "--ollama-url", ollama.url(), "--no-cache");
            System.out.println(run.out());
            System.out.println(run.err());
            System.out.println(ollama.chatRequests().get(0).toPrettyString());
            assertEquals(0, run.exitCode());
        }
    }
}
