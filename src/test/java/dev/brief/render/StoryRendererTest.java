package dev.brief.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.brief.domain.Briefing.Item;
import dev.brief.history.Recorded;
import dev.brief.history.StoryRecord;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class StoryRendererTest {
    private static final LocalDate DAY1 = LocalDate.of(2021, 10, 12);
    private static final LocalDate DAY2 = LocalDate.of(2021, 10, 13);

    /** Two days of a story; its sources have a web address, a script address, and a file, and a title with markup. */
    private static StoryRecord story() {
        StoryRecord.Source standard = new StoryRecord.Source("a1", "Evening Standard Wire", null, "Blast at a bank", DAY1,
                "https://www.eveningstandardwire.com/2021/10/12/an-explosion?x=1&y=2", null);
        StoryRecord.Source harbor = new StoryRecord.Source("a2", "Harbor Times", null, "<b>Bomb</b> & bank", DAY1, "javascript:alert(1)",
                "news/harbor.txt");
        StoryRecord.Source valley = new StoryRecord.Source("a3", "Valley Herald", null, "Officer killed", DAY2, null, "news/<valley>.txt");
        return new StoryRecord("sbda0667", "Officer killed in <bank> blast", DAY1, DAY2, List.of(
                new StoryRecord.Day(DAY1, "e1", "Explosion at a bank", Recorded.Status.NEW,
                        List.of(Item.of("An explosion at a bank killed an officer <script>.", List.of("a1", "a2"))), List.of(standard, harbor)),
                new StoryRecord.Day(DAY2, "e2", "Bomb squad named", Recorded.Status.DEVELOPING,
                        List.of(Item.of("The bomb squad was named.", List.of("a3", "zz"))), List.of(valley))));
    }

    @Test
    void theHtmlTimelineLinksCitationsToItsSourcesAndWebAddressesOnly() {
        String html = new StoryRenderer().story(story(), Format.HTML);

        // Citations link to an entry of their own day's source list.
        Matcher cite = Pattern.compile("<a class=\"cite\" href=\"#([^\"]+)\">\\[(\\d+)]</a>").matcher(html);
        int citations = 0;
        while (cite.find()) {
            citations++;
            assertTrue(html.contains("<li id=\"" + cite.group(1) + "\">"), cite.group());
        }
        assertEquals(3, citations, html);
        assertTrue(html.contains("killed an officer &lt;script&gt;. <a class=\"cite\" href=\"#2021-10-12-e1-source-1\">[1]</a>"
                + "<a class=\"cite\" href=\"#2021-10-12-e1-source-2\">[2]</a></li>"), html);
        assertTrue(html.contains("The bomb squad was named. <a class=\"cite\" href=\"#2021-10-13-e2-source-1\">[1]</a>[?zz]</li>"), html);

        // A web address is a link, escaped; not Markdown's <...> as text.
        assertTrue(html.contains("<li id=\"2021-10-12-e1-source-1\">Evening Standard Wire — <cite>Blast at a bank</cite>, 2021-10-12. "
                + "<a href=\"https://www.eveningstandardwire.com/2021/10/12/an-explosion?x=1&amp;y=2\" rel=\"noopener noreferrer\">"
                + "https://www.eveningstandardwire.com/2021/10/12/an-explosion?x=1&amp;y=2</a></li>"), html);
        assertFalse(html.contains("&lt;https://"), html);
        // Any other address is not a link: the source shows its file instead.
        assertFalse(html.contains("javascript:"), html);
        assertTrue(html.contains("<li id=\"2021-10-12-e1-source-2\">Harbor Times — <cite>&lt;b&gt;Bomb&lt;/b&gt; &amp; bank</cite>, 2021-10-12. "
                + "<code>news/harbor.txt</code></li>"), html);
        assertTrue(html.contains("<code>news/&lt;valley&gt;.txt</code>"), html);
        assertFalse(html.contains("<b>") || html.contains("<script") || html.contains("<bank>"), html);
        assertEquals(1, html.split("<a href=", -1).length - 1, "one web address, one link: " + html);
    }

    @Test
    void theMarkdownTimelineKeepsItsAutolinks() {
        String md = new StoryRenderer().story(story(), Format.MARKDOWN);
        assertTrue(md.contains("1. Evening Standard Wire — Blast at a bank, 2021-10-12. <https://www.eveningstandardwire.com/2021/10/12/an-explosion?x=1&y=2>"), md);
        assertTrue(md.contains("- An explosion at a bank killed an officer \\<script\\>. [1] [2]"), md);
    }
}
