package dev.brief.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.brief.BriefException;
import dev.brief.ExitCode;
import dev.brief.domain.DailyBriefing;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteWriterTest {
    static final LocalDate DAY = LocalDate.of(2025, 7, 11);
    static final Instant NOW = Instant.parse("2025-07-11T07:00:00Z");

    @TempDir
    Path dir;

    private SiteWriter.Written write(LocalDate day, int keepDays, DailyBriefing.Section... sections) {
        Instant now = NOW.plusSeconds(86400L * (day.toEpochDay() - DAY.toEpochDay()));
        return new SiteWriter(dir).write(day, Days.day(sections), Days.renderer(now), keepDays, now);
    }

    private static DailyBriefing.Section story(String key, LocalDate day) {
        return Days.event(key + day.getDayOfMonth(), "Story " + key + " of " + day, "Something happened on " + day + ".", day);
    }

    private List<String> files() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aDayIsItsPageItsJsonTheIndexAndTheFeed() throws IOException {
        write(DAY, 0, story("a", DAY));

        assertEquals(List.of("2025-07-11.html", "2025-07-11.json", "feed.atom", "index.html"), files());
        String page = Files.readString(dir.resolve("2025-07-11.html"));
        assertTrue(page.contains("<a href=\"index.html\">All days</a>"), "a day page links back to the index");
        assertTrue(page.contains("<li><a href=\"#coverage\">Coverage</a>"), "and has its coverage");
        JsonNode json = new ObjectMapper().readTree(dir.resolve("2025-07-11.json").toFile());
        assertEquals("2025-07-11", json.path("date").asText());
        assertEquals("Story a of 2025-07-11", json.path("events").get(0).path("briefing").path("headline").asText());
        assertEquals("feed", json.path("coverage").path("inputs").get(0).path("kind").asText());
        assertTrue(json.path("feed").path("entries").get(0).path("id").asText().startsWith("urn:uuid:"), json.path("feed").toString());
    }

    private JsonNode feedEntries(LocalDate day) throws IOException {
        return new ObjectMapper().readTree(dir.resolve(day + ".json").toFile()).path("feed").path("entries");
    }

    /** The flood, whose first report (dated DAY) every later day also has: each day's briefing of it is the same feed entry. */
    private static DailyBriefing.Section flood(String summary) {
        return Days.event("flood", "Darra river floods Velmora", summary, DAY);
    }

    @Test
    void rerunningAnEarlierDayWithTheSameBriefingKeepsItsEntriesDatesThoughLaterDaysShareTheEntry() throws IOException {
        for (int i = 0; i < 3; i++) {
            LocalDate day = DAY.plusDays(i);
            write(day, 0, flood("The river rose on day " + (i + 1) + "."), story("a", day));
        }
        JsonNode before = feedEntries(DAY);
        assertEquals(before.get(0).path("id"), feedEntries(DAY.plusDays(2)).get(0).path("id"), "the story is one entry across the days");
        assertEquals(NOW.toString(), before.get(0).path("updated").asText());

        Instant rerun = NOW.plusSeconds(86400L * 10);
        new SiteWriter(dir).write(DAY, Days.day(flood("The river rose on day 1."), story("a", DAY)), Days.renderer(rerun), 0, rerun);
        assertEquals(before, feedEntries(DAY), "the same briefing: same hashes, same dates");

        new SiteWriter(dir).write(DAY, Days.day(flood("The river rose and a bridge fell on day 1."), story("a", DAY)), Days.renderer(rerun), 0,
                rerun);
        JsonNode changed = feedEntries(DAY);
        assertEquals(rerun.toString(), changed.get(0).path("updated").asText(), "a changed briefing is dated by the run that changed it");
        assertEquals(before.get(1), changed.get(1), "the unchanged entry keeps its date");
    }

    @Test
    void writingADayLeavesTheOtherDaysAsTheyWere() throws IOException {
        write(DAY, 0, story("a", DAY));
        Path earlier = dir.resolve("2025-07-11.html");
        byte[] before = Files.readAllBytes(earlier);
        FileTime stamp = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(earlier, stamp);

        write(DAY.plusDays(1), 0, story("b", DAY.plusDays(1)));

        assertArrayEquals(before, Files.readAllBytes(earlier));
        assertEquals(stamp, Files.getLastModifiedTime(earlier), "not even rewritten");
        Document index = Jsoup.parse(Files.readString(dir.resolve("index.html")));
        assertEquals(List.of("Saturday 12 July 2025", "Friday 11 July 2025"), index.select("section > h2").eachText(), "newest first");
        assertEquals("1 event briefed · 2 articles · 1 input, 1 empty", index.selectFirst("section > p.meta").text());
    }

    @Test
    void theIndexShowsTheTopFiveHeadlinesOfADayAndLinksTheRest() throws IOException {
        List<DailyBriefing.Section> many = new ArrayList<>();
        for (String k : List.of("a", "b", "c", "d", "e", "f", "g")) {
            many.add(story(k, DAY));
        }
        write(DAY, 0, many.toArray(DailyBriefing.Section[]::new));

        Document index = Jsoup.parse(Files.readString(dir.resolve("index.html")));
        assertEquals(List.of("Story a of 2025-07-11", "Story b of 2025-07-11", "Story c of 2025-07-11", "Story d of 2025-07-11",
                "Story e of 2025-07-11"), index.select("ol li a").eachText());
        assertEquals("and 2 more", index.selectFirst("section > p > a").text());
    }

    @Test
    void keepDaysRemovesTheOlderDaysOnly() throws IOException {
        for (int d = 0; d < 4; d++) {
            write(DAY.plusDays(d), 0, story("s", DAY.plusDays(d)));
        }
        SiteWriter.Written w = write(DAY.plusDays(4), 2, story("s", DAY.plusDays(4)));

        assertEquals(List.of("2025-07-14.html", "2025-07-14.json", "2025-07-15.html", "2025-07-15.json", "feed.atom", "index.html"), files());
        assertEquals(6, w.removed().size());
        assertEquals(2, Jsoup.parse(Files.readString(dir.resolve("index.html"))).select("section").size());
    }

    @Test
    void whatAKilledRunLeftBehindIsRemovedAndOtherFilesAreNot() throws IOException {
        Files.writeString(dir.resolve(".index.html.0123456789abcdef.tmp"), "<html>half");
        Files.writeString(dir.resolve(".my-notes.tmp"), "mine");

        SiteWriter.Written w = write(DAY, 0, story("a", DAY));

        assertFalse(Files.exists(dir.resolve(".index.html.0123456789abcdef.tmp")));
        assertTrue(Files.exists(dir.resolve(".my-notes.tmp")), "only the temporary files brief itself writes");
        assertTrue(w.notices().get(0).contains("left by an interrupted run"), w.notices().toString());
    }

    @Test
    void aDayFileThatCannotBeReadIsNamedAndLeftAlone() throws IOException {
        Files.writeString(dir.resolve("2025-07-01.json"), "{ not json");
        Files.writeString(dir.resolve("2025-07-02.json"), "{\"date\": \"2025-07-02\", \"events\": [{\"id\": \"e1\", \"briefing\": {\"headline\": \"x\"}}]}");

        SiteWriter.Written w = write(DAY, 0, story("a", DAY));

        assertTrue(w.notices().stream().anyMatch(n -> n.contains("2025-07-01.json could not be read")), w.notices().toString());
        assertTrue(w.notices().stream().anyMatch(n -> n.startsWith("2025-07-02.json has an event that cannot be read")), w.notices().toString());
        assertTrue(Files.readString(dir.resolve("feed.atom")).contains("Story a of 2025-07-11"), "the other days are in the feed");
        assertEquals("{ not json", Files.readString(dir.resolve("2025-07-01.json")));
        assertEquals(2, Jsoup.parse(Files.readString(dir.resolve("index.html"))).select("section").size(), "the unreadable day is not listed");
    }

    @Test
    void aFailedWriteKeepsEveryFileWholeAndTheNextRunMendsTheIndexAndFeed() throws IOException {
        write(DAY, 0, story("a", DAY));
        String feedBefore = Files.readString(dir.resolve("feed.atom"));
        Files.delete(dir.resolve("index.html"));
        Files.createDirectory(dir.resolve("index.html")); // in the way of the last file a run writes

        BriefException e = assertThrows(BriefException.class, () -> write(DAY.plusDays(1), 0, story("b", DAY.plusDays(1))));

        assertEquals(ExitCode.OUTPUT, e.exitCode());
        assertTrue(e.getMessage().startsWith("cannot write " + dir.resolve("index.html")), e.getMessage());
        new ObjectMapper().readTree(dir.resolve("2025-07-12.json").toFile());
        assertTrue(Files.readString(dir.resolve("2025-07-12.html")).endsWith("</html>\n"), "the new day is whole");
        assertTrue(Files.readString(dir.resolve("feed.atom")).contains("Story b of 2025-07-12"), "the feed was written before the index");
        assertFalse(feedBefore.contains("Story b"));
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(List.of(), s.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList(), "no temporary file is left");
        }

        Files.delete(dir.resolve("index.html"));
        write(DAY.plusDays(1), 0, story("b", DAY.plusDays(1)));
        assertEquals(2, Jsoup.parse(Files.readString(dir.resolve("index.html"))).select("section").size(), "the next run lists both days");
    }
}
