package dev.brief.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.brief.domain.Article;
import dev.brief.domain.DailyBriefing;
import dev.brief.domain.Event;
import dev.brief.read.InputReport;
import dev.brief.read.Skipped;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class CoverageTest {
    static final Instant NOW = Instant.parse("2025-07-11T07:00:00Z");
    static final LocalDate DAY = LocalDate.of(2025, 7, 11);

    private static InputReport feed(String name, Instant newest, String failure, List<String> articles) {
        return new InputReport(name, InputReport.Kind.FEED, articles, 0, List.of(), List.of(), failure, newest);
    }

    @Test
    void aFeedIsStaleWhenItsNewestItemIsOlderThanStaleAfter() {
        InputReport dayOld = feed("a", NOW.minus(Duration.ofHours(25)), null, List.of("x"));
        InputReport fresh = feed("b", NOW.minus(Duration.ofHours(23)), null, List.of("x"));
        InputReport undated = feed("c", null, null, List.of("x"));
        InputReport folder = new InputReport("d", InputReport.Kind.FOLDER, List.of(), 0, List.of(new Skipped("d/x.txt", "empty")), List.of(), null, null);
        Coverage c = new Coverage(NOW, Duration.ofHours(24), List.of(dayOld, fresh, undated, folder), List.of(), Map.of());

        assertEquals(Coverage.Status.STALE, c.status(dayOld));
        assertEquals(Coverage.Status.OK, c.status(fresh));
        assertEquals(Coverage.Status.OK, c.status(undated), "an undated feed cannot be judged");
        assertEquals(Coverage.Status.EMPTY, c.status(folder));
        Coverage lenient = new Coverage(NOW, Duration.ofHours(48), c.inputs(), List.of(), Map.of());
        assertEquals(Coverage.Status.OK, lenient.status(dayOld), "--stale-after decides");
        assertEquals("4 inputs: 2 read, 1 empty, 1 stale · 1 file or record skipped", CoverageRenderer.summary(c));
    }

    @Test
    void everyTextFromAnInputIsEscapedInTheChartAndTheReport() {
        String hostile = "<script>alert(1)</script>";
        Article a = new Article("a1", hostile, null, "T " + hostile, null, DAY, "https://x.example/1", null, "text", "h1", null);
        Article b = new Article("b1", "Courier & Co", "AFP", "T2", null, DAY, "https://y.example/2", null, "text", "h2", null);
        Event e = new Event("e1", "Label " + hostile, List.of(a, b));
        Coverage c = new Coverage(NOW, Duration.ofHours(24), List.of(feed("https://x.example/feed?<b>", null, "HTTP 503 " + hostile, List.of())),
                List.of(new Coverage.Excluded(new Event("e2", hostile, List.of(a)), "excluded: \"" + hostile + "\"")), Map.of("a1", NOW));
        DailyBriefing d = new DailyBriefing(2, List.of(new DailyBriefing.Section(e, null, "failed " + hostile)), List.of(), new DailyBriefing.Calls(0, 0, 0));

        String html = new DailyRenderer().withCoverage(c).render(d, Format.HTML);
        Document dom = Jsoup.parse(html);
        assertTrue(dom.select("script").isEmpty(), html);
        assertTrue(dom.selectFirst("svg title").text().contains(hostile), "shown as text");
        assertTrue(dom.selectFirst("svg desc").text().contains("Courier & Co (AFP) on 2025-07-11 (no time given), wire story or copy"));
        String md = new DailyRenderer().withCoverage(c).render(d, Format.MARKDOWN);
        assertFalse(md.contains("<script>"), md);
    }

    @Test
    void theChartPlacesATimeAsAMarkADayAsABarAndLeavesTheUndatedOut() {
        Article timed = new Article("a1", "Harbour Post", null, "T1", null, DAY, null, null, "text", "h1", null);
        Article byDay = new Article("b1", "Northern Courier", null, "T2", null, DAY, null, null, "text", "h2", null);
        Article wire = new Article("c1", "Harbour Post", "Reuters", "T3", null, DAY, null, null, "text", "h3", null);
        Article undated = new Article("d1", "Old Gazette", null, "T4", null, null, null, null, "text", "h4", null);
        Event e = new Event("e1", "Label", List.of(timed, byDay, wire, undated));
        Coverage c = new Coverage(NOW, Duration.ofHours(24), List.of(), List.of(), Map.of("a1", NOW.minus(Duration.ofHours(1)), "c1", NOW));

        Element svg = Jsoup.parse(CoverageSvg.render(e, c, "Headline", "e1-")).selectFirst("svg");
        assertEquals("Harbour Post, 11 July 2025 06:00 UTC: its own report", svg.selectFirst("circle > title").text());
        assertEquals("Harbour Post (Reuters), 11 July 2025 07:00 UTC: a wire story or a copy", svg.selectFirst("path > title").text());
        assertEquals("Northern Courier, on 2025-07-11 (no time given): its own report", svg.selectFirst("rect > title").text());
        assertEquals(3, svg.select("circle > title, path > title, rect > title").size(), "the undated report has no place on a time axis");
        assertEquals(List.of("Northern Courier", "Harbour Post", "Harbour Post (Reuters)"),
                svg.select("text[text-anchor=end]").eachText().stream().filter(t -> !t.matches(".*\\d\\d:\\d\\d.*")).toList(), "one row per outlet, earliest first");
        assertTrue(CoverageRenderer.reporters(e, c).endsWith("· 1 undated"), CoverageRenderer.reporters(e, c));
        assertNull(CoverageSvg.render(new Event("e2", "x", List.of(undated)), c, "x", "e2-"), "nothing dated, no chart");
    }
}
