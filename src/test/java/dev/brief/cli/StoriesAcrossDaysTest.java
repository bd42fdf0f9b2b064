package dev.brief.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.brief.CliRun;
import dev.brief.FakeOllama;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** brief daily on two and three days with one history, through the extractive engine (no model). */
class StoriesAcrossDaysTest {
    static final String DAY1 = "src/test/resources/daily/day";
    static final String DAY2 = "src/test/resources/stories/day2";
    static final String DAY3 = "src/test/resources/stories/day3";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private Path history() {
        return dir.resolve("history.db");
    }

    private CliRun daily(String day, String... more) {
        List<String> args = new ArrayList<>(List.of("daily", day));
        args.addAll(List.of(more));
        args.addAll(List.of("--engine", "extractive", "--history", history().toString(), "--cache-dir", dir.resolve("cache").toString()));
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertEquals(0, run.exitCode(), run.err());
        return run;
    }

    static String sha(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    @Test
    void aFolderMadeForTheHistoryIsSaidOnce() {
        Path nested = dir.resolve("new-folder").resolve("history.db");
        List<String> args = List.of("daily", DAY1, "--engine", "extractive", "--history", nested.toString(), "--cache-dir", dir.resolve("cache").toString());
        CliRun first = CliRun.of(args.toArray(String[]::new));
        assertEquals(0, first.exitCode(), first.err());
        assertTrue(first.err().contains("brief: created the folder " + nested.getParent() + " for the history"), first.err());
        CliRun second = CliRun.of(args.toArray(String[]::new));
        assertFalse(second.err().contains("created the folder"), second.err());
    }

    @Test
    void theHistoryReusesTheEmbeddingsGroupingMadeInsteadOfEmbeddingEachArticleAgain() {
        List<String> offline = List.of("--engine", "extractive", "--cache-dir", dir.resolve("cache").toString());
        long before = dev.brief.group.SentenceEmbedder.textsEmbedded();
        List<String> args = new ArrayList<>(List.of("daily", DAY1, "--no-history"));
        args.addAll(offline);
        assertEquals(0, CliRun.of(args.toArray(String[]::new)).exitCode());
        long withoutHistory = dev.brief.group.SentenceEmbedder.textsEmbedded() - before;

        before = dev.brief.group.SentenceEmbedder.textsEmbedded();
        daily(DAY1);
        long withHistory = dev.brief.group.SentenceEmbedder.textsEmbedded() - before;

        assertTrue(withoutHistory > 0);
        assertEquals(withoutHistory, withHistory, "remembering the day embeds no article a second time");
    }

    @Test
    void theSecondDayMarksAContinuingStoryDevelopingWithOnlyWhatIsNewAndCollapsesAnUnchangedOne() {
        String first = daily(DAY1).out();
        assertTrue(first.contains("(#e2e08886) — 3 outlets — New\n"), first);

        String doc = daily(DAY2).out();

        assertTrue(doc.contains("— 2 outlets — Developing\n"), doc);
        assertTrue(doc.contains("(#ec4df852) — 2 outlets — Unchanged\n"), doc);
        assertTrue(doc.contains("[Lenna river floods Korsund; 1,200 leave their homes](#e1e2762c) — 2 outlets — New\n"),
                "a flood in another town is another story: " + doc);
        String flood = doc.substring(doc.indexOf("<a id=\"e3febed1\">"), doc.indexOf("<a id=\"ec4df852\">"));
        assertTrue(flood.contains("*Developing · day 2 · first reported 14 Mar*\n\n### New since 14 Mar\n\n"), flood);
        assertTrue(flood.contains("- Rescuers found the two people who had been missing in the Velmora flood alive"), flood);
        assertTrue(flood.contains("- Early estimates by insurers put the damage at 40 million euros. [1] [2]\n"), flood);
        // Nothing of day 1 again, and no full briefing: what is new, and today's sources.
        assertFalse(flood.contains("4,000"), flood);
        assertFalse(flood.contains("### Summary"), flood);
        assertTrue(flood.contains("### Sources\n\n1. Reuters — Velmora's two missing found safe; army joins flood clean-up, 2025-03-15."), flood);
        assertTrue(doc.contains("<a id=\"ec4df852\"></a>\n\nNo new developments: Central Bank of Norland raises rates to 4.5% to curb inflation"
                + " — 2 more reports, from Financial Times, Bloomberg\n"), doc);
        assertTrue(doc.endsWith("6 articles · 3 events (2 briefed, 1 unchanged, 0 failed, 0 also reported) · model calls: 0"
                + " · cached calls: 0 · failed calls: 0\n"), doc);
    }

    @Test
    void theThirdDayCountsItsDayAndSaysOnlyWhatTheSecondDidNot() {
        daily(DAY1);
        String second = daily(DAY2).out();
        String doc = daily(DAY3).out();

        assertTrue(doc.contains("*Developing · day 3 · first reported 14 Mar*\n\n### New since 15 Mar\n\n"), doc);
        assertTrue(doc.contains("- Some 300 homes were damaged in Velmora"), doc);
        assertTrue(doc.contains("emergency fund of 5 million euros"), doc);
        for (String said : List.of("found the two people", "40 million euros", "200 soldiers")) {
            assertTrue(second.contains(said), second);
            assertFalse(doc.contains(said), "day 2 said it already: " + said);
        }
    }

    @Test
    void jsonCarriesEachBriefingsStoryAndWhatIsNewSince() throws Exception {
        daily(DAY1);
        JsonNode doc = JSON.readTree(daily(DAY2, "--format", "json").out());

        JsonNode flood = null;
        JsonNode korsund = null;
        JsonNode rates = null;
        for (JsonNode e : doc.get("events")) {
            switch (e.get("id").asText()) {
                case "e3febed1" -> flood = e;
                case "e1e2762c" -> korsund = e;
                case "ec4df852" -> rates = e;
                default -> throw new AssertionError("unexpected event " + e);
            }
        }
        JsonNode story = flood.get("briefing").get("story");
        assertEquals("2025-03-14", story.get("firstSeen").asText());
        assertEquals(2, story.get("day").asInt());
        assertEquals("2025-03-14", story.get("previousDate").asText());
        assertEquals("developing", flood.get("story").get("status").asText());
        JsonNode newSince = flood.get("briefing").get("newSince");
        assertEquals("2025-03-14", newSince.get("date").asText());
        assertEquals(3, newSince.get("items").size(), newSince.toString());
        for (JsonNode item : newSince.get("items")) {
            for (JsonNode source : item.get("sources")) {
                assertTrue(List.of("780923", "493940").contains(source.asText()), "cited to today's articles: " + item);
            }
        }
        assertEquals("new", korsund.get("story").get("status").asText());
        assertTrue(korsund.get("briefing").get("newSince").isNull());
        assertEquals(1, korsund.get("briefing").get("story").get("day").asInt());
        assertNotEquals(story.get("id").asText(), korsund.get("story").get("id").asText(), "the decoy of the same topic stays apart");
        assertEquals("unchanged", rates.get("status").asText());
        assertTrue(rates.get("briefing").isNull());
        assertEquals(1, doc.get("counts").get("unchanged").asInt());
        assertEquals(2, doc.get("counts").get("briefed").asInt());
    }

    @Test
    void htmlShowsTheStoryLineTheNewSinceSectionAndTheCollapsedLine() {
        daily(DAY1);
        String page = daily(DAY2, "--format", "html").out();

        assertTrue(page.contains("— 2 outlets — Developing</li>"), page);
        assertTrue(page.contains("<p class=\"story\">Developing · day 2 · first reported 14 Mar</p>\n<h3>New since 14 Mar</h3>\n<ul>\n<li>Rescuers found"), page);
        assertTrue(page.contains("<section id=\"ec4df852\">\n<p>No new developments: Central Bank of Norland raises rates to 4.5% to curb inflation"
                + " — 2 more reports, from Financial Times, Bloomberg</p>\n"), page);
        String collapsed = page.substring(page.indexOf("<section id=\"ec4df852\">"));
        collapsed = collapsed.substring(0, collapsed.indexOf("</section>"));
        assertFalse(collapsed.contains("<h3>"), "a collapsed story has no briefing, only its line and who reported it when");
    }

    @Test
    void storiesListsEachStoryWithItsDaysAndStoryShowsItsTimeline() throws Exception {
        daily(DAY1);
        daily(DAY2);
        daily(DAY3);

        CliRun list = CliRun.of("stories", "--format", "json", "--history", history().toString());
        assertEquals(0, list.exitCode(), list.err());
        JsonNode stories = JSON.readTree(list.out()).get("stories");
        assertEquals(4, stories.size(), "flood, rates, museum, Korsund: " + stories);
        JsonNode flood = stories.get(0);
        assertEquals("Velmora counts 300 damaged homes after flood", flood.get("title").asText(), "the latest day's headline");
        assertEquals("2025-03-14", flood.get("firstSeen").asText());
        assertEquals("2025-03-16", flood.get("lastSeen").asText());
        assertEquals(3, flood.get("days").asInt());
        assertEquals(List.of("2025-03-14", "2025-03-15", "2025-03-16"), flood.get("events").findValuesAsText("date"));
        assertEquals(7, flood.get("articles").size(), "3 + 2 + 2 reports");
        String id = flood.get("id").asText();

        CliRun since = CliRun.of("stories", "--since", "2025-03-16", "--history", history().toString());
        assertEquals(2, since.out().lines().count(), "a header and the one story reported on the 16th: " + since.out());
        assertTrue(since.out().lines().skip(1).findFirst().orElseThrow().startsWith(id + "  2025-03-14  2025-03-16     3         7"), since.out());

        CliRun story = CliRun.of("story", id, "--history", history().toString());
        assertEquals(0, story.exitCode(), story.err());
        String timeline = story.out();
        assertTrue(timeline.startsWith("# Velmora counts 300 damaged homes after flood\n\n*story " + id + " · 3 days · 2025-03-14 to 2025-03-16*"), timeline);
        assertTrue(timeline.contains("## 2025-03-14 — Velmora evacuates 4,000 as Darra river floods old town\n\n*first reported*\n\n- "),
                "the first day shows its summary: " + timeline);
        assertTrue(timeline.contains("## 2025-03-15 — Missing pair found alive as Velmora flood waters fall\n\n*developing: what was new*\n\n"
                + "- Rescuers found the two people"), timeline);
        assertTrue(timeline.contains("1. Reuters — Velmora's two missing found safe; army joins flood clean-up, 2025-03-15. "
                + "<https://www.reuters.com/world/velmora-missing-found-army>"), timeline);

        CliRun missing = CliRun.of("story", "s0000000", "--history", history().toString());
        assertEquals(3, missing.exitCode());
        assertTrue(Files.readString(Path.of("README.md")).contains("| 3 | no usable input: missing, unreadable, empty or binary files,"
                + " a bad prompts folder, or an unknown story id (`brief story`) |"), "the README's meaning of exit code 3 covers it");
        assertEquals("brief: no story s0000000 in the history " + history() + "; list the stories with brief stories\n", missing.err());
    }

    /** The README's daily example (fenced as ````md) is what brief prints on the second day of the fixtures, byte for byte. */
    @Test
    void theReadmeDailyExampleIsCurrent() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        int start = readme.indexOf("````md\n");
        int end = readme.indexOf("\n````\n", start);
        assertTrue(start >= 0 && end > start, "the README has a ````md daily example block");
        daily(DAY1);

        CliRun run = daily(DAY2 + "/flood-bbc.txt", DAY2 + "/flood-reuters.txt", DAY2 + "/rates-ft.txt", DAY2 + "/rates-bloomberg.txt");

        assertEquals(readme.substring(start + "````md\n".length(), end + 1), run.out(),
                "regenerate the README's daily example: the renderer, the extractive engine or the fixtures changed");
    }

    @Test
    void aRerunOfTheSameDayWithTheSameInputsChangesNothingInTheHistory() throws Exception {
        daily(DAY1);
        String first = daily(DAY2).out();
        String before = sha(history());

        CliRun rerun = daily(DAY2);

        assertEquals(first, rerun.out(), "the same document: today's stories are told against the days before, not against the first run");
        assertEquals(before, sha(history()));
        assertTrue(rerun.err().contains("history: the run of 2025-03-15 with these inputs is already stored; nothing changed"), rerun.err());
    }

    @Test
    void forgetBeforeDeletesTheEarlierDaysAndSaysWhat() throws Exception {
        daily(DAY1);
        daily(DAY2);

        CliRun forget = CliRun.of("history", "--forget-before", "2025-03-15", "--history", history().toString());

        assertEquals(0, forget.exitCode(), forget.err());
        assertEquals("deleted 1 run of the days before 2025-03-15: 3 events, 6 articles; 1 story had no later day and is gone\n", forget.out());
        JsonNode stories = JSON.readTree(CliRun.of("stories", "--format", "json", "--history", history().toString()).out()).get("stories");
        assertEquals(3, stories.size());
        for (JsonNode s : stories) {
            assertEquals("2025-03-15", s.get("firstSeen").asText(), s.toString());
        }
    }

    @Test
    void noHistoryMarksNothingAndWritesNothing() throws Exception {
        daily(DAY1);
        String before = sha(history());

        CliRun run = CliRun.of("daily", DAY2, "--engine", "extractive", "--history", history().toString(), "--no-history");

        assertEquals(0, run.exitCode(), run.err());
        assertEquals(before, sha(history()));
        assertFalse(run.out().contains("Developing") || run.out().contains("— New"), run.out());
        assertFalse(run.err().contains("history"), run.err());
    }

    @Test
    void fullBriefsAContinuingStoryInFullWithItsNewSinceSection() {
        daily(DAY1);
        String doc = daily(DAY2, "--full").out();

        String flood = doc.substring(doc.indexOf("<a id=\"e3febed1\">"), doc.indexOf("<a id=\"ec4df852\">"));
        assertTrue(flood.contains("*Developing · day 2 · first reported 14 Mar*\n\n### New since 14 Mar\n\n"), flood);
        assertTrue(flood.contains("### Summary"), flood);
        assertTrue(doc.contains("— 2 outlets — Unchanged\n"), doc);
        assertFalse(doc.contains("No new developments"), "--full collapses nothing: " + doc);
    }

    @Test
    void aRunThatStopsBeforeTheEndLeavesTheHistoryAsItWas() throws Exception {
        daily(DAY1);
        String before = sha(history());
        String url;
        try (FakeOllama ollama = new FakeOllama()) {
            url = ollama.url();
        }

        CliRun crashed = CliRun.of("daily", DAY2, "--engine", "ollama", "--ollama-url", url, "--history", history().toString(),
                "--cache-dir", dir.resolve("cache").toString(), "-q");

        assertEquals(4, crashed.exitCode(), crashed.err());
        assertEquals(before, sha(history()));
        String doc = daily(DAY2).out();
        assertTrue(doc.contains("— Developing\n"), "day 1 is still there to continue: " + doc);
    }
}
