package dev.brief.read;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What each input gave, as the coverage report of a daily document shows it. */
class InputReportTest {
    @TempDir
    Path dir;

    private static InputReport input(Reading r, String name) {
        return r.result().inputs().stream().filter(i -> i.input().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no report for " + name + " in " + r.result().inputs()));
    }

    @Test
    void eachEntryOfAListIsAnInputWithWhatItGave() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("day"));
        Files.copy(Path.of("src/test/resources/daily/day/flood-bbc.txt"), folder.resolve("flood-bbc.txt"));
        Files.copy(Path.of("src/test/resources/daily/day/rates-ft.txt"), folder.resolve("rates-ft.txt"));
        Files.writeString(folder.resolve("empty.md"), "");
        Files.copy(Path.of(Reading.fixture("world-feed.rss")), dir.resolve("world.rss"));
        Files.writeString(dir.resolve("inputs.txt"), "day/\nworld.rss\nmissing.txt\n");

        Reading r = Reading.of(new ReadSettings(true, null, null, Duration.ofSeconds(5), null), dir.resolve("inputs.txt").toString());

        List<String> names = r.result().inputs().stream().map(InputReport::input).toList();
        String day = dir.resolve("day").toString();
        String feed = dir.resolve("world.rss").toString();
        String missing = dir.resolve("missing.txt").toString();
        assertEquals(List.of(day, feed, missing), names, "one report per line of the list, in its order");

        InputReport folderReport = input(r, day);
        assertEquals(InputReport.Kind.FOLDER, folderReport.kind());
        assertEquals(2, folderReport.articles().size(), folderReport.toString());
        assertEquals(1, folderReport.skipped().size());
        assertTrue(folderReport.skipped().get(0).reason().startsWith("empty"), folderReport.toString());

        InputReport feedReport = input(r, feed);
        assertEquals(InputReport.Kind.FEED, feedReport.kind());
        assertTrue(!feedReport.articles().isEmpty(), feedReport.toString());
        assertTrue(feedReport.newestItem() != null, "a feed with dated items says when its newest one was published");
        for (String id : feedReport.articles()) {
            assertTrue(r.articles().stream().anyMatch(a -> a.id().equals(id)), "the ids are those of the articles read: " + id);
        }

        InputReport missingReport = input(r, missing);
        assertEquals(InputReport.Kind.FILE, missingReport.kind());
        assertEquals(List.of(), missingReport.articles());
        assertEquals("no such file", missingReport.skipped().get(0).reason());
        assertNull(missingReport.fetchFailure(), "a missing file is no failed fetch");
    }

    @Test
    void aFolderHoldingAFeedFileIsStillAFolderAndNotJudgedAsAFeed() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("day"));
        Files.copy(Path.of("src/test/resources/daily/day/flood-bbc.txt"), folder.resolve("flood-bbc.txt"));
        Files.copy(Path.of("src/test/resources/daily/day/rates-ft.txt"), folder.resolve("rates-ft.txt"));
        Files.copy(Path.of(Reading.fixture("world-feed.rss")), folder.resolve("world.rss"));

        Reading r = Reading.of(new ReadSettings(true, null, null, Duration.ofSeconds(5), null), folder.toString());

        InputReport report = r.result().inputs().get(0);
        assertEquals(1, r.result().inputs().size(), r.result().inputs().toString());
        assertEquals(InputReport.Kind.FOLDER, report.kind(), "the input the user named is a folder");
        assertNull(report.newestItem(), "a folder has no newest item to be stale by");
        assertEquals(r.articles().size(), report.articles().size(), "the folder gave every article, the feed's among them");
        assertTrue(report.articles().size() > 2, report.toString());
    }

    @Test
    void aFeedsItemTimesAndItsNewestItemAreKept() throws IOException {
        Path feed = dir.resolve("feed.atom");
        Files.writeString(feed, """
                <?xml version="1.0" encoding="utf-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom">
                  <title>Harbour Post</title><id>tag:harbour.example,2025:feed</id><updated>2025-07-11T08:55:00Z</updated>
                  <entry><title>Old story</title><id>tag:harbour.example,2025:old</id><updated>2025-07-01T09:00:00Z</updated>
                    <content type="text">An old story that the date range leaves out, with enough words to be an article.</content></entry>
                  <entry><title>New story</title><id>tag:harbour.example,2025:new</id><updated>2025-07-11T08:55:00Z</updated>
                    <content type="text">A new story published at five to nine in the morning, with enough words.</content></entry>
                </feed>
                """);

        Reading r = Reading.of(new ReadSettings(true, LocalDate.of(2025, 7, 10), null, Duration.ofSeconds(5), null), feed.toString());

        InputReport report = input(r, feed.toString());
        assertEquals(Instant.parse("2025-07-11T08:55:00Z"), report.newestItem());
        assertEquals(1, report.articles().size());
        assertEquals(1, report.leftOut(), "the item before --since is counted as left out");
        String id = report.articles().get(0);
        assertEquals(Instant.parse("2025-07-11T08:55:00Z"), r.result().publishedAt().get(id), "the item's time, not only its day");
    }

    @Test
    void aFetchThatFailsIsReportedAsAFailedInput() {
        WireMockServer web = new WireMockServer(wireMockConfig().dynamicPort());
        web.start();
        try {
            web.stubFor(get("/world.rss").willReturn(aResponse().withStatus(503)));
            web.stubFor(get("/news.rss").willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/rss+xml")
                    .withBody(Reading.resource("world-feed.rss"))));
            String failing = "http://127.0.0.1:" + web.port() + "/world.rss";
            String working = "http://127.0.0.1:" + web.port() + "/news.rss";

            Reading r = Reading.of(new ReadSettings(true, null, null, Duration.ofSeconds(5), null), failing, working);

            InputReport failed = input(r, failing);
            assertTrue(failed.fetchFailure() != null && failed.fetchFailure().contains("503"), failed.toString());
            assertEquals(InputReport.Kind.PAGE, failed.kind(), "a feed that could not be fetched is not known to be one");
            InputReport read = input(r, working);
            assertEquals(InputReport.Kind.FEED, read.kind());
            assertNull(read.fetchFailure());
        } finally {
            web.stop();
        }
    }

    @Test
    void aFolderAndFileNamedWithEscapeSequencesAreNamedWithoutThem() throws IOException {
        // A name can hold an escape sequence as a page can: the report and the article name them as the rest of the name reads.
        Path folder = Files.createDirectory(dir.resolve("news\u001b[31m"));
        Files.copy(Path.of("src/test/resources/daily/day/flood-bbc.txt"), folder.resolve("a\u001b[2Jb.txt"));
        Files.writeString(folder.resolve("empty\u0007.md"), "");

        Reading r = Reading.of(folder.toString());

        String clean = dir.resolve("news").toString();
        assertEquals(List.of(clean), r.result().inputs().stream().map(InputReport::input).toList(), "one report, for the folder");
        InputReport report = input(r, clean);
        assertEquals(1, report.articles().size(), report.toString());
        assertEquals(dir.resolve("news").resolve("ab.txt").toString(), r.only().path());
        assertEquals(dir.resolve("news").resolve("empty.md").toString(), report.skipped().get(0).input());
    }
}
