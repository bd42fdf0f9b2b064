package dev.brief.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.brief.CliRun;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class GroupCommandTest {
    private static final String DAY = "src/test/resources/daily/day";

    @Test
    void jsonListsEveryArticleOnceByTheIdsReadShows() throws Exception {
        CliRun group = CliRun.of("group", "--format", "json", DAY);
        assertEquals(0, group.exitCode(), group.err());
        JsonNode events = new ObjectMapper().readTree(group.out()).get("events");
        assertEquals(3, events.size());
        List<String> grouped = new ArrayList<>();
        for (JsonNode e : events) {
            assertTrue(e.get("id").asText().matches("e[0-9a-f]{7}"), e.toString());
            assertTrue(!e.get("label").asText().isBlank());
            e.get("articles").forEach(a -> grouped.add(a.asText()));
        }
        assertEquals(List.of("2e4275", "42d036", "fa0491"), ids(events.get(0)));
        assertEquals(List.of("0b4e74", "2ee79d"), ids(events.get(1)));

        Set<String> read = new TreeSet<>();
        new ObjectMapper().readTree(CliRun.of("read", "--format", "json", DAY).out()).forEach(a -> read.add(a.get("id").asText()));
        assertEquals(read, new TreeSet<>(grouped));
        assertEquals(read.size(), grouped.size());
    }

    @Test
    void textShowsOutletDateTitleAndSimilarity() {
        CliRun group = CliRun.of("group", DAY);
        assertEquals(0, group.exitCode(), group.err());
        assertTrue(group.out().contains("The Guardian · 2025-03-14 · Velmora floods: missing pair sought as Darra river recedes slowly  [similarity to the others 0."),
                group.out());
        assertTrue(group.out().contains("3 articles · 3 independent sources · mean similarity 0."), group.out());
        assertTrue(group.out().contains("DW · 2025-03-14 · Halvik art museum reopens after five-year renovation"), group.out());
        assertTrue(group.out().endsWith("3 events from 6 articles\n"), group.out());
    }

    @Test
    void noReadableInputIsExitCode3() {
        CliRun group = CliRun.of("group", "src/test/resources/daily/no-such-folder");
        assertEquals(3, group.exitCode());
        assertTrue(group.err().contains("brief: no article could be read"), group.err());
    }

    @Test
    void aWindowSplitsAStoryReportedDaysApartAndABadWindowIsAUsageError(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path dump = java.nio.file.Files.writeString(dir.resolve("market.jsonl"), """
                {"id": "m1", "title": "Norland stocks close higher as exporters rally", "outlet": "Market Wire", "published": "2025-03-10"}
                {"id": "m2", "title": "Norland stocks close higher as exporters rally again", "outlet": "Harbour Post", "published": "2025-03-10"}
                {"id": "m3", "title": "Norland stocks close higher as exporters extend their rally", "outlet": "Market Wire", "published": "2025-03-14"}
                """);
        JsonNode all = new ObjectMapper().readTree(CliRun.of("group", "--format", "json", dump.toString()).out()).get("events");
        assertEquals(1, all.size(), "without a window, the same headline four days later is the same story: " + all);
        CliRun windowed = CliRun.of("group", "--format", "json", "--window", "2d", dump.toString());
        assertEquals(0, windowed.exitCode(), windowed.err());
        JsonNode events = new ObjectMapper().readTree(windowed.out()).get("events");
        assertEquals(List.of(List.of("m1", "m2"), List.of("m3")), List.of(ids(events.get(0)), ids(events.get(1))));

        CliRun bad = CliRun.of("group", "--window", "0d", dump.toString());
        assertEquals(2, bad.exitCode());
        assertEquals("brief: Invalid value for option '--window': '0d' is not a window; use a number of days such as 2d (see: brief group --help)",
                bad.err().strip());
    }

    private static List<String> ids(JsonNode event) {
        List<String> out = new ArrayList<>();
        event.get("articles").forEach(a -> out.add(a.asText()));
        return out;
    }
}
