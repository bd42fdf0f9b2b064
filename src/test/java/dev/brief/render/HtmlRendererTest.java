package dev.brief.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.brief.CliRun;
import dev.brief.FakeOllama;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlRendererTest {
    @TempDir
    Path dir;

    private static CliRun briefWithScriptTitle() {
        try (FakeOllama ollama = new FakeOllama()) {
            ollama.stub(FakeOllama.chat().willReturn(FakeOllama.streamed(FakeOllama.fixture("seeds-answer.json"))));
            return CliRun.of("event", "seeds/rubio-lavrov-asean-2025", "src/test/resources/events/script-title",
                    "--engine", "ollama", "--ollama-url", ollama.url(), "--no-cache", "--format", "html");
        }
    }

    @Test
    void markupInAnArticleTitleIsEscaped() {
        CliRun run = briefWithScriptTitle();
        assertEquals(0, run.exitCode(), run.err());
        String html = run.out();
        assertFalse(html.contains("<script"), "no script element, from the article or anywhere");
        assertFalse(html.contains("<b>meet</b>"));
        assertTrue(html.contains("&lt;script&gt;alert(&quot;pwned&quot;)&lt;/script&gt; Rubio &amp; Lavrov &lt;b&gt;meet&lt;/b&gt;"), html);
    }

    @Test
    void thePageIsSelfContainedAndCitationsLinkToTheSourceList() {
        String html = briefWithScriptTitle().out();
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertTrue(html.contains("<style>"));
        for (String external : new String[] {"<link", "<img", "<iframe", "@import", "url(", " src="}) {
            assertFalse(html.contains(external), external);
        }
        // Every citation points at an entry of the source list.
        Matcher cite = Pattern.compile("href=\"#source-(\\d+)\"").matcher(html);
        int citations = 0;
        while (cite.find()) {
            citations++;
            assertTrue(html.contains("<li id=\"source-" + cite.group(1) + "\">"), cite.group());
        }
        assertTrue(citations >= 14, "citations: " + citations);
        assertTrue(html.contains("<li id=\"source-3\">The Daily Ledger — <cite>&lt;script&gt;"));
        assertTrue(html.contains("Verification: 14 claims, 14 verified, 0 unverified, 0 repaired."));
    }

    /** brief daily on a day of the history in dir, through the extractive engine (no model). */
    private CliRun daily(String day, String... more) {
        List<String> args = new ArrayList<>(List.of("daily", day, "--engine", "extractive", "--history", dir.resolve("history.db").toString(),
                "--cache-dir", dir.resolve("cache").toString(), "-q"));
        args.addAll(List.of(more));
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertEquals(0, run.exitCode(), run.err());
        return run;
    }

    /** The continuing story's section of a day page: the one with a story line. */
    private static Element developing(String page) {
        Element story = Jsoup.parse(page).selectFirst("section:has(p.story)");
        assertTrue(story != null, "a section with a story line: " + page);
        return story;
    }

    @Test
    void aContinuingStorysHtmlSaysWhereTodaysSourcesDifferAsItsMarkdownDoes() throws IOException {
        // Day 2's reports of day 1's flood give the damage as 55 and 40 million euros.
        daily("src/test/resources/daily/day");
        String day2 = "src/test/resources/stories/day2-figures";
        String markdown = daily(day2).out();
        String html = daily(day2, "--format", "html").out();
        daily(day2, "--site", dir.resolve("site").toString());
        String sitePage = Files.readString(dir.resolve("site/2025-03-15.html"));

        String flood = markdown.substring(markdown.indexOf("*Developing · day 2"), markdown.indexOf("## Coverage"));
        List<String> markdownSections = flood.lines().filter(l -> l.startsWith("### ")).map(l -> l.substring(4)).toList();
        assertEquals(List.of("New since 14 Mar", "Where the sources differ", "Sources"), markdownSections, flood);
        assertTrue(flood.contains("- **Different figures: 55 million euros / 40 million euros**\n"), flood);
        for (String page : List.of(html, sitePage)) {
            Element story = developing(page);
            assertEquals(markdownSections, story.select("h3").eachText(), story.outerHtml());
            Element difference = story.selectFirst("h3:containsOwn(Where the sources differ) + ul > li");
            assertEquals("Different figures: 55 million euros / 40 million euros", difference.selectFirst("strong").text());
            assertEquals(List.of("BBC [1]: Insurers Hale & Orme put the damage at 55 million euros. “55 million euros”",
                    "Reuters [2]: Early estimates by insurers put the damage at 40 million euros. “40 million euros”"),
                    difference.select("ul > li").eachText());
            // Escaped in the page as written, as all article text is (the parsed DOM would hide it).
            assertTrue(page.contains("Insurers Hale &amp; Orme put the damage"), story.outerHtml());
            assertFalse(page.contains("Hale & Orme"), story.outerHtml());
        }
    }
}
