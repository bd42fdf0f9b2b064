package dev.brief.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.brief.CliRun;
import dev.brief.FakeOllama;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class HtmlRendererTest {
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
}
