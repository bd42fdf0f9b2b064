package dev.brief.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.brief.Console;
import dev.brief.FakeOllama;
import dev.brief.domain.Article;
import dev.brief.domain.Engine;
import dev.brief.domain.Event;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How many model servers a run reports (the daily JSON's counts.servers): only those it used. */
class BriefingSessionTest {
    @TempDir
    Path cache;

    private static Article article(String id, String outlet, String text) {
        return new Article(id, outlet, null, "Flood in Velmora", null, LocalDate.of(2025, 7, 11), null, "day/" + id + ".txt", text, id, null);
    }

    private static final Event FLOOD = Event.of(List.of(
            article("a1", "Harbour Post", "The Darra river flooded the old town of Velmora on Friday. Two bridges were closed."),
            article("a2", "Northern Courier", "The Darra river burst its banks in Velmora on Friday. The old town was flooded.")));

    @Test
    void anExtractiveSessionUsesNoServerEvenWithOneNamed() {
        // A server is named (the default would be), but the extractive engine never opens the model client.
        ModelSettings settings = ModelSettings.of(null, ModelSettings.Servers.ollama("http://127.0.0.1:9"), Engine.EXTRACTIVE, null, null,
                Duration.ofSeconds(5), false, cache, null, null);
        try (BriefingSession session = new BriefingSession(settings, Console.silent(), FLOOD.articles())) {
            session.brief(FLOOD);
            assertEquals(0, session.servers());
        }
    }

    @Test
    void aSessionOnOneServerCountsIt() {
        try (FakeOllama ollama = new FakeOllama()) {
            ModelSettings settings = ModelSettings.of(null, ModelSettings.Servers.ollama(ollama.url()), Engine.OLLAMA, null, null,
                    Duration.ofSeconds(5), true, cache, null, null);
            try (BriefingSession session = new BriefingSession(settings, Console.silent(), FLOOD.articles())) {
                session.llmBriefer();
                assertEquals(1, session.servers());
            }
        }
    }
}
