package dev.brief.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.brief.CliRun;
import dev.brief.domain.Briefing;
import dev.brief.domain.Briefing.Difference;
import dev.brief.domain.Briefing.Item;
import dev.brief.domain.Briefing.Position;
import dev.brief.domain.Source;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Editors turn brief's Markdown into HTML: what came from an article or the model must come out as the same text. */
class MarkdownRendererTest {
    static final Path INJECTION = Path.of("src/test/resources/events/markdown-injection/records.jsonl");

    @TempDir
    Path tmp;

    private static String toHtml(String markdown) {
        return HtmlRenderer.builder().build().render(Parser.builder().build().parse(markdown));
    }

    /** Text as CommonMark's HTML renderer prints a text node. */
    private static String asHtmlText(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    @Test
    void articleMarkupStaysTextWhenTheMarkdownBecomesHtml() {
        CliRun run = CliRun.of("event", INJECTION.toString(), "--engine", "extractive", "--no-cache", "-q");
        assertEquals(0, run.exitCode(), run.err());
        String html = toHtml(run.out());

        assertFalse(html.contains("<script"), html);
        assertFalse(html.contains("<b>"), html);
        assertFalse(html.contains("href=\"javascript:"), html);
        assertFalse(html.contains("evil.example\""), "no link to the outlet's smuggled address: " + html);
        assertFalse(html.contains("<h1>Elm Street bridge:"), "a title starting with # is no heading");
        assertTrue(html.contains("<li>City News — Bridge closed after crack found &lt;script&gt;alert(&quot;owned&quot;)&lt;/script&gt;, 2025-04-02. javascript:alert(1)</li>"), html);
        assertTrue(html.contains("<li>Daily [Herald](http://evil.example) — Elm Street bridge shut for repairs, 2025-04-02. "
                + "https://herald.example/bridge&quot; onmouseover=&quot;x</li>"), html);
        assertTrue(html.contains("<li>The Courier — # Elm Street bridge: *three weeks* of detours, 2025-04-03. "
                + "<a href=\"https://courier.example/elm-bridge\">https://courier.example/elm-bridge</a></li>"), html);
        assertTrue(html.contains("said `Oak Avenue` would take the traffic."), html);
        assertTrue(html.contains("Engineers said the &lt;b&gt;crack&lt;/b&gt; was 40 cm long."), html);
    }

    @Test
    void everyModelTextComesOutAsWritten() {
        List<String> texts = List.of(
                "# Not a heading, and *not* emphasis or __strong__",
                "- not a nested list",
                "+ nor this",
                "1. nor an ordered one",
                "2025) neither",
                "> no quote block, no <img src=x onerror=alert(1)> and no [link](http://evil.example)",
                "`no code`, no ~~strike~~, no &lt;entity&gt; or &#60;, a \\ backslash and a [1]: http://x reference",
                "![no image](http://evil.example/x.png) and no <http://evil.example> autolink");
        List<Item> items = texts.stream().map(t -> Item.of(t, List.of("a"))).toList();
        Source a = new Source("a", 1, "Outlet", null, "Title", LocalDate.of(2025, 7, 11), "https://outlet.example/a", null, null);
        Source b = new Source("b", 2, "Other", null, "Other title", LocalDate.of(2025, 7, 11), null, "/tmp/b.txt", null);
        Briefing briefing = new Briefing("# Headline with *stars* #", dev.brief.domain.Engine.OLLAMA, "qwen2.5:7b", null, null, List.of(a, b), items, List.of(), List.of(
                Difference.of("The _topic_", List.of(new Position("a", "*one*", "quoted <b>"), new Position("b", "`two`", null)))),
                List.of(), Briefing.Usage.NONE, new Briefing.Verification(0, 0, 0, 0));

        String md = new MarkdownRenderer().render(briefing);
        String html = toHtml(md);

        assertTrue(html.startsWith("<h1>" + asHtmlText("# Headline with *stars* #") + "</h1>"), html);
        for (String t : texts) {
            assertTrue(html.contains("<li>" + asHtmlText(t) + " [1]</li>"), t + "\n" + html);
        }
        assertTrue(html.contains("<li><strong>The _topic_</strong>"), html);
        assertTrue(html.contains("<li>Outlet [1]: *one* — “quoted &lt;b&gt;”</li>"), html);
        assertTrue(html.contains("<li>Other [2]: `two`</li>"), html);
        assertTrue(html.contains("<li>Other — Other title, 2025-07-11. <code>/tmp/b.txt</code></li>"), html);
        assertFalse(html.contains("<img"), html);
        String otherThanTheSourceLink = html.replace("<a href=\"https://outlet.example/a\">https://outlet.example/a</a>", "");
        assertFalse(otherThanTheSourceLink.contains("<a "), "the only link is the source's own address: " + html);
    }

    @Test
    void ordinaryTextStaysReadable() {
        String text = "Rubio said the Russians had “a new idea” — he'd take it back; talks were \"frank\" (Lavrov's word), 10–11 July, 3.7 million & 1,000 people.";
        Source a = new Source("a", 1, "Outlet", null, null, null, null, null, null);
        Briefing briefing = new Briefing("Rubio & Lavrov: a “frank” talk", dev.brief.domain.Engine.EXTRACTIVE, null, null, null, List.of(a),
                List.of(Item.of(text, List.of("a"))), List.of(), List.of(), List.of(), Briefing.Usage.NONE, new Briefing.Verification(1, 1, 0, 0));

        String md = new MarkdownRenderer().render(briefing);

        assertTrue(md.startsWith("# Rubio & Lavrov: a “frank” talk\n"), md);
        assertTrue(md.contains("- " + text + " [1]\n"), md);
    }

    @Test
    void theDailyDocumentEscapesTitlesOutletsAndAddresses() throws IOException {
        Path day = Files.createDirectories(tmp.resolve("day"));
        Files.copy(INJECTION, day.resolve("records.jsonl"));
        CliRun run = CliRun.of("daily", day.toString(), "--engine", "extractive", "--no-cache", "-q");
        assertEquals(0, run.exitCode(), run.err());
        String html = toHtml(run.out());

        assertFalse(html.contains("<script"), html);
        assertFalse(html.contains("href=\"javascript:"), html);
        assertFalse(html.contains("evil.example\""), html);
        assertTrue(html.contains("Daily [Herald](http://evil.example)"), html);
        assertTrue(html.contains("<a href=\"https://courier.example/elm-bridge\">"), html);
    }

    @Test
    void theHeaderSaysHowManySourcesAreIndependentWhenWireCopiesAreAmongThem() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("wire"));
        Path seeds = Path.of("seeds/rubio-lavrov-asean-2025");
        Files.copy(seeds.resolve("the-europe-today.txt"), dir.resolve("the-europe-today.txt"));
        Files.copy(seeds.resolve("the-moscow-times-afp.txt"), dir.resolve("the-moscow-times-afp.txt"));
        // a reprint that changed a word: a copy of the same AFP story, not an exact duplicate that reading drops
        Files.writeString(dir.resolve("yahoo-afp.md"), "---\noutlet: Yahoo News\n---\n"
                + Files.readString(seeds.resolve("the-moscow-times-afp.txt")).replace("top diplomats", "chief diplomats"));

        CliRun md = CliRun.of("event", dir.toString(), "--engine", "extractive", "--no-cache", "-q");
        CliRun html = CliRun.of("event", dir.toString(), "--engine", "extractive", "--no-cache", "-q", "--format", "html");
        CliRun json = CliRun.of("event", dir.toString(), "--engine", "extractive", "--no-cache", "-q", "--format", "json");

        assertEquals(0, md.exitCode(), md.err());
        assertTrue(md.out().contains("\n*3 sources (2 independent) · 10–11 July 2025 · engine: extractive*\n"), md.out());
        assertTrue(html.out().contains("<p class=\"meta\">3 sources (2 independent) · "), html.out());
        assertTrue(json.out().contains("\"duplicateOf\" : \""), "the JSON keeps which source copies which: " + json.out());
        CliRun two = CliRun.of("event", seeds.toString(), "--engine", "extractive", "--no-cache", "-q");
        assertTrue(two.out().contains("\n*2 sources · 10–11 July 2025 · engine: extractive*\n"), "no count when all are independent: " + two.out());
    }
}
