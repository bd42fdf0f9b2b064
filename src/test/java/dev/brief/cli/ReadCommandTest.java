package dev.brief.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.brief.CliRun;
import dev.brief.FakeOllama;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReadCommandTest {
    private static final Path FIXTURES = Path.of("src/test/resources/read");
    private static final ObjectMapper JSON = new ObjectMapper();

    private static String fixture(String name) {
        return FIXTURES.resolve(name).toString();
    }

    private static void servePages(FakeOllama web) throws IOException {
        String base = web.url();
        web.server.stubFor(get("/world/2025/07/11/rubio-lavrov-new-idea").willReturn(aResponse()
                .withHeader("Content-Type", "text/html; charset=utf-8").withBody(Files.readString(FIXTURES.resolve("news-page.html")))));
        web.server.stubFor(get("/world/feed.rss").willReturn(aResponse().withHeader("Content-Type", "application/rss+xml")
                .withBody(Files.readString(FIXTURES.resolve("world-feed.rss")).replace("{{base}}", base))));
        web.server.stubFor(get("/gone").willReturn(aResponse().withStatus(404)));
    }

    @Test
    void everyKindOfInputInOneCallGivesTheJsonFieldsAndListsTheSkippedOnStderr() throws IOException {
        try (FakeOllama web = new FakeOllama()) {
            servePages(web);
            CliRun run = CliRun.of("read", "--format", "json", "--text", "--no-cache", "--no-fetch",
                    "seeds/rubio-lavrov-asean-2025/", fixture("front-matter.md"), fixture("plain-layout-page.html"),
                    fixture("wire.jsonl"), fixture("ledger-feed.atom"), web.url() + "/world/feed.rss",
                    web.url() + "/world/2025/07/11/rubio-lavrov-new-idea", web.url() + "/gone", fixture("photo.txt"));
            assertEquals(0, run.exitCode(), run.err());
            JsonNode rows = JSON.readTree(run.out());
            List<String> ids = new ArrayList<>();
            rows.forEach(r -> ids.add(r.get("id").asText()));
            assertEquals(13, rows.size(), run.out());
            assertTrue(ids.containsAll(List.of("470704", "41fbe3", "hp-2025-0711-001", "nl-88213", "no-text", "4711")), ids.toString());

            for (JsonNode row : rows) {
                for (String field : List.of("id", "outlet", "title", "author", "published", "url", "path", "words", "duplicateOf",
                        "headlineOnly", "text")) {
                    assertTrue(row.has(field), field + " missing in " + row);
                }
                // The one record with a title and no text is read as a headline; everything else has a body.
                assertEquals(row.get("id").asText().equals("no-text"), row.get("headlineOnly").asBoolean(), row.toString());
            }
            JsonNode page = rows.get(12);
            assertEquals("Harbour Post", page.get("outlet").asText());
            assertEquals("Dana Whitfield", page.get("author").asText());
            assertEquals("2025-07-11", page.get("published").asText());
            assertEquals("https://www.harbourpost.example/world/2025/07/11/rubio-lavrov-new-idea", page.get("url").asText());
            assertTrue(page.get("path").isNull());
            assertEquals(157, page.get("words").asInt());

            // The Moscow Times seed, the plain page and the Atom entry carry one AFP story; all dated July 10, the seed was read first.
            JsonNode moscow = rows.get(1);
            assertEquals("41fbe3", moscow.get("id").asText());
            assertTrue(moscow.get("duplicateOf").isNull());
            assertEquals(fixture("plain-layout-page.html"), rows.get(3).get("path").asText());
            assertEquals("41fbe3", rows.get(3).get("duplicateOf").asText());
            assertEquals("https://northernledger.example/2025/07/10/moscow-talks-frank", rows.get(8).get("url").asText());
            assertEquals("41fbe3", rows.get(8).get("duplicateOf").asText());
            assertTrue(rows.get(0).get("duplicateOf").isNull(), "The Europe Today wrote its own report");

            assertTrue(run.err().contains("skipped " + web.url() + "/gone: HTTP 404 Not Found"), run.err());
            assertTrue(run.err().contains("skipped " + fixture("photo.txt") + ": binary data, not text"), run.err());
            assertTrue(run.err().contains("skipped " + fixture("wire.jsonl") + ":3: not valid JSON"), run.err());
        }
    }

    @Test
    void aFeedOnThisMachineGetsNoPageFromItUntilAllowPrivateAndMaxItemsCutsIt() throws IOException {
        try (FakeOllama web = new FakeOllama()) {
            servePages(web);
            web.server.stubFor(get("/world/2025/06/30/heatwave").willReturn(aResponse().withStatus(404)));
            String feed = web.url() + "/world/feed.rss";
            CliRun refused = CliRun.of("read", "--no-cache", "--format", "json", "--text", feed);
            assertEquals(0, refused.exitCode(), refused.err());
            assertTrue(refused.err().contains(feed + ": refused the link"), refused.err());
            assertTrue(refused.err().contains(": 127.0.0.1 is a private address"), refused.err());
            assertTrue(JSON.readTree(refused.out()).get(0).get("text").asText().startsWith("The U.S. Secretary of State said"), "the feed's teaser");

            CliRun allowed = CliRun.of("read", "--no-cache", "--format", "json", "--text", "--allow-private", feed);
            assertEquals(0, allowed.exitCode(), allowed.err());
            assertTrue(JSON.readTree(allowed.out()).get(0).get("text").asText().startsWith("U.S. Secretary of State Marco Rubio said on Thursday"),
                    "the page behind the link: " + allowed.out());

            CliRun two = CliRun.of("read", "--no-cache", "--no-fetch", "--max-items", "2", feed);
            assertEquals(0, two.exitCode(), two.err());
            assertTrue(two.err().contains(feed + ": read the first 2 of 3 items; --max-items 3 reads them all"), two.err());
            assertEquals(1 + 2 * 2, two.out().lines().count(), "a header and two lines per article: " + two.out());
            assertEquals(2, CliRun.of("read", "--max-items", "0", feed).exitCode());
        }
    }

    @Test
    void tableShowsDuplicateLinks() {
        CliRun run = CliRun.of("read", fixture("plain-layout-page.html"), "seeds/rubio-lavrov-asean-2025/the-moscow-times-afp.txt");
        assertEquals(0, run.exitCode(), run.err());
        List<String> lines = run.out().lines().toList();
        assertTrue(lines.get(0).startsWith("ID "), run.out());
        assertTrue(lines.get(3).startsWith("41fbe3  The Moscow Times (AFP)  2025-07-10     379  667de1  "), run.out());
    }

    @Test
    void tableFlagsAHeadlineOnlyRecord(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Path dump = Files.writeString(dir.resolve("headlines.jsonl"),
                "{\"id\": \"h1\", \"title\": \"Fed holds rates steady\", \"outlet\": \"Wire Desk\", \"url\": \"https://wire.example/fed\"}\n");
        CliRun run = CliRun.of("read", dump.toString());
        assertEquals(0, run.exitCode(), run.err());
        List<String> lines = run.out().lines().toList();
        assertTrue(lines.get(1).startsWith("h1  Wire Desk  -                4  -   Fed holds rates steady"), run.out());
        assertTrue(lines.get(2).endsWith("headline only · https://wire.example/fed"), run.out());
    }

    @Test
    void headlineOnlyRecordsAreBriefedFromTheirHeadlines(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Path dump = Files.writeString(dir.resolve("headlines.jsonl"), """
                {"id": "h1", "title": "Fed's Plosser says weak data caused by weather, should not slow taper", "outlet": "Los Angeles Times", "published": "2014-03-10"}
                {"id": "h2", "title": "Fed's Charles Plosser sees high bar for change in pace of tapering", "outlet": "Livemint", "published": "2014-03-10"}
                """);
        CliRun run = CliRun.of("event", dump.toString(), "--engine", "extractive", "--format", "json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode briefing = JSON.readTree(run.out());
        assertEquals(2, briefing.get("sources").size(), run.out());
        assertTrue(briefing.get("summary").size() > 0, run.out());
        assertTrue(briefing.get("summary").get(0).get("text").asText().contains("Plosser"), run.out());
    }

    @Test
    void noReadableInputExitsWithCode3() {
        CliRun run = CliRun.of("read", fixture("photo.txt"), fixture("empty.md"));
        assertEquals(3, run.exitCode());
        assertTrue(run.err().contains("no article could be read"), run.err());
    }

    @Test
    void badDateOrRangeIsAUsageError() {
        CliRun bad = CliRun.of("read", "--since", "soon", "seeds");
        assertEquals(2, bad.exitCode());
        assertEquals("brief: Invalid value for option '--since': 'soon' is not a date; use a date like 2025-07-10, or today or yesterday"
                + " (see: brief read --help)", bad.err().strip());
        CliRun swapped = CliRun.of("read", "--since", "2025-07-12", "--until", "2025-07-10", "seeds");
        assertEquals(2, swapped.exitCode());
        assertTrue(swapped.err().contains("--since 2025-07-12 is after --until 2025-07-10; swap them"), swapped.err());
    }

    @Test
    void eventBriefsMixedInputs() throws IOException {
        try (FakeOllama ollama = new FakeOllama()) {
            servePages(ollama);
            ollama.stub(FakeOllama.chat().willReturn(FakeOllama.streamed(FakeOllama.fixture("seeds-answer.json"))));
            CliRun run = CliRun.of("event", "seeds/rubio-lavrov-asean-2025", ollama.url() + "/world/2025/07/11/rubio-lavrov-new-idea",
                    fixture("wire-array.json"), "--engine", "ollama", "--ollama-url", ollama.url(), "--no-cache", "--format", "json");
            assertEquals(0, run.exitCode(), run.err());
            String prompt = ollama.chatRequests().get(0).toString();
            for (String id : List.of("470704", "41fbe3", "a1", "a2")) {
                assertTrue(prompt.contains("id=\\\"" + id + "\\\""), id + " not in the prompt");
            }
            assertTrue(prompt.contains("U.S. Secretary of State Marco Rubio said on Thursday that his Russian counterpart"), "the fetched page's text is briefed");
        }
    }

    @Test
    void sinceYesterdayThatLeavesOutEverythingFailsInOneLineThatSaysWhy() {
        CliRun run = CliRun.of("read", "--since", "yesterday", "seeds/rubio-lavrov-asean-2025");
        assertEquals(3, run.exitCode());
        assertEquals("brief: all 2 articles found were published before " + java.time.LocalDate.now().minusDays(1)
                + " (--since); the latest is from 2025-07-11; widen --since/--until\n", run.err().replace("\r", ""));
    }

    @Test
    void aMissingOrEmptyOnlyInputFailsInOneLine(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        String missing = dir.resolve("missing.txt").toString();
        CliRun run = CliRun.of("read", missing);
        assertEquals(3, run.exitCode());
        assertEquals(List.of("brief: no article could be read (" + missing + ": no such file); pass text, Markdown, HTML, JSON Lines"
                + " or feed files, folders of them, lists of them (one a line), or http(s) URLs"), run.err().lines().toList());

        Path empty = Files.writeString(dir.resolve("empty.txt"), "");
        assertEquals(1, CliRun.of("read", empty.toString()).err().lines().count());
    }

    @Test
    void aListOfUrlsIsReadLikeTheUrlsThemselves(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        try (FakeOllama web = new FakeOllama()) {
            servePages(web);
            Path feeds = Files.writeString(dir.resolve("feeds.txt"), web.url() + "/world/feed.rss\n" + web.url() + "/gone\n");
            CliRun run = CliRun.of("read", "--format", "json", "--no-cache", "--no-fetch", feeds.toString());
            assertEquals(0, run.exitCode(), run.err());
            assertEquals(3, JSON.readTree(run.out()).size(), "the feed's three items: " + run.out());
            assertEquals(List.of("brief: skipped " + web.url() + "/gone: HTTP 404 Not Found"), run.err().lines().toList());
        }
    }

    @Test
    void briefingsThatBriefWroteAreNotReadBackAsArticles(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        for (Path seed : Files.list(Path.of("seeds/rubio-lavrov-asean-2025")).toList()) {
            Files.copy(seed, dir.resolve(seed.getFileName()));
        }
        for (String format : List.of("markdown", "json", "html")) {
            assertEquals(0, CliRun.of("event", dir.toString(), "--engine", "extractive", "--format", format,
                    "-o", dir.resolve("event." + format).toString()).exitCode());
            assertEquals(0, CliRun.of("daily", dir.toString(), "--engine", "extractive", "--format", format,
                    "-o", dir.resolve("daily." + format).toString()).exitCode());
        }
        CliRun run = CliRun.of("read", "--format", "json", dir.toString());
        assertEquals(0, run.exitCode(), run.err());
        List<String> ids = new ArrayList<>();
        JSON.readTree(run.out()).forEach(r -> ids.add(r.get("id").asText()));
        assertEquals(List.of("470704", "41fbe3"), ids);
        for (String name : List.of("event.markdown", "event.json", "event.html", "daily.markdown", "daily.json", "daily.html")) {
            assertTrue(run.err().contains("skipped " + dir.resolve(name) + ": a briefing written by brief, not an article"), run.err());
        }
    }
}
