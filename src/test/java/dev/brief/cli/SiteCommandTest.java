package dev.brief.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import dev.brief.CliRun;
import dev.brief.HoldSiteLock;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code brief daily FEEDS --site DIR} as a cron job runs it: feeds over HTTP (two fresh, one stale,
 * one failing), a topic left out, and a second run that finds the folder locked.
 */
class SiteCommandTest {
    private static final String DAY = "src/test/resources/daily/day/";
    private static final DateTimeFormatter RFC_822 = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    @TempDir
    Path dir;

    WireMockServer web;
    Path list;

    /** An RSS feed of the hand-written articles of daily/day, each published the given time ago. */
    private static String feed(String outlet, Map<String, Duration> items) throws IOException {
        StringBuilder rss = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<rss version=\"2.0\"><channel><title>" + outlet
                + "</title><link>https://example.com/</link><description>test</description>\n");
        for (Map.Entry<String, Duration> item : items.entrySet()) {
            String[] parts = Files.readString(Path.of(DAY + item.getKey())).split("\n\n", 4);
            rss.append("<item><title>").append(parts[0].strip()).append("</title><link>https://example.com/").append(item.getKey())
                    .append("</link><pubDate>").append(RFC_822.format(Instant.now().minus(item.getValue())))
                    .append("</pubDate><description><![CDATA[").append(parts[3].strip()).append("]]></description></item>\n");
        }
        return rss.append("</channel></rss>\n").toString();
    }

    @BeforeEach
    void serve() throws IOException {
        web = new WireMockServer(wireMockConfig().dynamicPort());
        web.start();
        Map<String, Duration> harbour = new HashMap<>();
        harbour.put("flood-guardian.txt", Duration.ofHours(3));
        harbour.put("rates-ft.txt", Duration.ofHours(2));
        Map<String, Duration> courier = new HashMap<>();
        courier.put("flood-bbc.txt", Duration.ofHours(4));
        courier.put("rates-bloomberg.txt", Duration.ofHours(1));
        courier.put("museum-dw.txt", Duration.ofHours(5));
        web.stubFor(get("/harbour.rss").willReturn(aResponse().withHeader("Content-Type", "application/rss+xml").withBody(feed("Harbour Post", harbour))));
        web.stubFor(get("/courier.rss").willReturn(aResponse().withHeader("Content-Type", "application/rss+xml").withBody(feed("Northern Courier", courier))));
        web.stubFor(get("/gazette.rss").willReturn(aResponse().withHeader("Content-Type", "application/rss+xml")
                .withBody(feed("Old Gazette", Map.of("flood-reuters.txt", Duration.ofDays(3))))));
        web.stubFor(get("/world.rss").willReturn(aResponse().withStatus(503)));
        String base = "http://127.0.0.1:" + web.port();
        list = dir.resolve("feeds.txt");
        Files.writeString(list, "# my morning feeds\n" + base + "/harbour.rss\n" + base + "/courier.rss\n" + base + "/gazette.rss\n" + base + "/world.rss\n");
    }

    @AfterEach
    void stop() {
        web.stop();
    }

    private CliRun daily(String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("daily", list.toString(), "--engine", "extractive", "--no-fetch", "--exclude", "museum"));
        args.addAll(List.of(more));
        return CliRun.of(args.toArray(String[]::new));
    }

    private static Map<String, String> statuses(JsonNode coverage) {
        Map<String, String> out = new HashMap<>();
        coverage.path("inputs").forEach(i -> out.put(i.path("input").asText().replaceAll(".*/", ""), i.path("status").asText()));
        return out;
    }

    @Test
    void oneCommandTurnsAListOfFeedsIntoASiteWithAnHonestCoverage() throws Exception {
        Path site = dir.resolve("site");
        CliRun run = daily("--site", site.toString(), "-q");

        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.out(), "with --site, stdout stays empty for cron");
        assertEquals("", run.err(), "-q: nothing on stderr");
        Path json;
        try (Stream<Path> s = Files.list(site)) {
            json = s.filter(p -> p.getFileName().toString().matches("\\d{4}-\\d{2}-\\d{2}\\.json")).findFirst().orElseThrow();
        }
        String day = json.getFileName().toString().replace(".json", "");
        for (String f : List.of(day + ".html", "index.html", "feed.atom")) {
            assertTrue(Files.isRegularFile(site.resolve(f)), f);
        }
        JsonNode doc = new ObjectMapper().readTree(json.toFile());
        JsonNode coverage = doc.path("coverage");
        assertEquals(Map.of("harbour.rss", "ok", "courier.rss", "ok", "gazette.rss", "stale", "world.rss", "failed"), statuses(coverage));
        assertTrue(coverage.path("inputs").get(3).path("error").asText().contains("503"), coverage.toString());
        assertEquals("Halvik art museum reopens after five-year renovation", coverage.path("excluded").get(0).path("label").asText());
        assertEquals(List.of(), doc.path("events").findValuesAsText("label").stream().filter(l -> l.contains("museum")).toList(),
                "the excluded event is not briefed");
        assertTrue(coverage.path("events").get(0).path("reports").get(0).hasNonNull("time"), "feed items keep their time");

        SyndFeed feed = new SyndFeedInput().build(new StringReader(Files.readString(site.resolve("feed.atom"))));
        assertEquals(doc.path("events").size(), feed.getEntries().size());
        for (SyndEntry e : feed.getEntries()) {
            assertTrue(e.getLink().startsWith(day + ".html#e"), e.getLink());
        }
        String page = Files.readString(site.resolve(day + ".html"));
        assertTrue(page.contains("<strong>stale</strong>") && page.contains("<strong>failed</strong>"), "the day page says which feeds failed");
    }

    @Test
    void theMarkdownDocumentCarriesTheSameCoverage() {
        CliRun run = daily("-q", "--stale-after", "96h");

        assertEquals(0, run.exitCode(), run.err());
        String doc = run.out();
        assertTrue(doc.contains("[Coverage](#coverage) — 4 inputs: 3 read, 1 failed · 1 event left out by topic\n"), doc);
        assertTrue(doc.contains("/world.rss>: page · **failed**: HTTP 503"), doc);
        assertTrue(doc.contains("/gazette.rss>: feed · 1 article, newest item "), "--stale-after 96h: a 3-day-old feed is not stale: " + doc);
        assertTrue(doc.contains("### Left out by topic\n\n- Halvik art museum reopens after five-year renovation — 1 outlet — excluded: \"museum\" is in 1 of its 1 article\n"),
                doc);
        assertTrue(doc.contains("### Who reported each event\n\n- [Velmora"), doc);
    }

    @Test
    void formatAtomPrintsTheDayAsAFeed() throws Exception {
        CliRun run = CliRun.of("daily", DAY, "--engine", "extractive", "--format", "atom", "-q");

        assertEquals(0, run.exitCode(), run.err());
        SyndFeed feed = new SyndFeedInput().build(new StringReader(run.out()));
        assertEquals(2, feed.getEntries().size(), "the flood and the rates; the museum has one outlet");
        assertEquals("Daily briefing 2025-03-14", feed.getTitle());
    }

    @Test
    void usageMistakesStopTheRunBeforeAnyInputIsRead() {
        CliRun atom = CliRun.of("event", "no-such-file", "--format", "atom", "--engine", "extractive");
        assertEquals(2, atom.exitCode(), atom.err());
        assertEquals("brief: --format atom is for brief daily; choose markdown, json or html (see: brief event --help)\n", atom.err());

        CliRun keep = CliRun.of("daily", "no-such-file", "--keep-days", "7", "--engine", "extractive");
        assertEquals(2, keep.exitCode(), keep.err());
        assertEquals("brief: --keep-days is for a site folder; add --site DIR (see: brief daily --help)\n", keep.err());
    }

    @Test
    void aSecondRunWaitsForTheFirstThenFailsWithOneLineAndAKilledRunHoldsNothing() throws Exception {
        Path site = dir.resolve("site");
        String java = ProcessHandle.current().info().command().orElse("java");
        Process holder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), HoldSiteLock.class.getName(), site.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            assertEquals("locked", out.readLine(), "the other run holds the folder");

            long start = System.nanoTime();
            CliRun second = daily("--site", site.toString(), "--lock-wait", "2s", "-q");
            long waited = (System.nanoTime() - start) / 1_000_000;

            assertEquals(9, second.exitCode(), second.err());
            assertEquals(1, second.err().lines().count(), second.err());
            assertTrue(second.err().startsWith("brief: another brief run is writing " + site + " (pid " + holder.pid() + " since "), second.err());
            assertTrue(second.err().strip().endsWith("gave up after 2s; let it finish, or wait longer with --lock-wait"), second.err());
            assertTrue(waited >= 2000, "it waited " + waited + " ms");
            try (Stream<Path> s = Files.list(site)) {
                assertEquals(List.of(".brief.lock"), s.map(p -> p.getFileName().toString()).toList(), "the second run wrote nothing");
            }
        } finally {
            holder.destroyForcibly().waitFor();
        }
        CliRun after = daily("--site", site.toString(), "--lock-wait", "2s", "-q");
        assertEquals(0, after.exitCode(), "a killed run's lock is gone with it: " + after.err());
    }
}
