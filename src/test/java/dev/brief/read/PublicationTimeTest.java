package dev.brief.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.brief.Console;
import dev.brief.domain.Article;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A publication time the input gives with its zone is kept beside the day, so the coverage can say when. */
class PublicationTimeTest {
    private static final String BODY = "The river rose overnight and flooded the old town of Velmora, officials said on Friday. "
            + "Rescue teams worked through the night to move residents to higher ground near the station.";

    private static ReadResult read(Path dir, String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return new ArticleReader(Console.silent(), InputStream.nullInputStream(), ReadSettings.defaults()).read(List.of(file.toString()));
    }

    private static Instant timeOf(ReadResult r) {
        Article a = r.articles().get(0);
        return r.publishedAt().get(a.id());
    }

    @Test
    void anHtmlPagesPublishedTimeIsKept(@TempDir Path dir) throws IOException {
        ReadResult r = read(dir, "page.html", "<html><head><title>Flood in Velmora</title>"
                + "<meta property=\"article:published_time\" content=\"2025-03-14T09:30:00+01:00\"></head>"
                + "<body><article><h1>Flood in Velmora</h1><p>" + BODY + "</p></article></body></html>");

        assertEquals(LocalDate.of(2025, 3, 14), r.articles().get(0).published());
        assertEquals(Instant.parse("2025-03-14T08:30:00Z"), timeOf(r));
    }

    @Test
    void aJsonRecordsPublishedTimeIsKept(@TempDir Path dir) throws IOException {
        ReadResult r = read(dir, "day.jsonl", "{\"title\": \"Flood in Velmora\", \"outlet\": \"Valley News\", "
                + "\"published\": \"2025-03-14T12:00:00Z\", \"text\": \"" + BODY + "\"}\n");

        assertEquals(Instant.parse("2025-03-14T12:00:00Z"), timeOf(r));
    }

    @Test
    void aDayAloneOrATimeWithoutItsZoneGivesNoTime(@TempDir Path dir) throws IOException {
        assertNull(timeOf(read(dir, "a.jsonl", "{\"title\": \"Flood\", \"published\": \"2025-03-14\", \"text\": \"" + BODY + "\"}\n")));
        assertNull(timeOf(read(dir, "b.jsonl", "{\"title\": \"Flood\", \"published\": \"2025-03-14T12:00:00\", \"text\": \"" + BODY + "\"}\n")));
    }

    @Test
    void frontMatterGivesATimeToo(@TempDir Path dir) throws IOException {
        ReadResult r = read(dir, "a.md", "---\ntitle: Flood in Velmora\npublished: 2025-03-14 07:15:00+00:00\n---\n\n" + BODY + "\n");

        assertEquals(Instant.parse("2025-03-14T07:15:00Z"), timeOf(r));
    }
}
