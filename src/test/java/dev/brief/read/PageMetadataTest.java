package dev.brief.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Title, outlet, author and date of web pages that write them in the awkward ways real pages do. */
class PageMetadataTest {
    private static TextArticleParser.Parsed parse(String html) {
        return HtmlArticleParser.parse(html, null);
    }

    private static String page(String head, String body) {
        return "<html><head>" + head + "</head><body>" + body + "</body></html>";
    }

    @Test
    void jsonLdInCdataGivesTheDateAndThePublisherNamesTheOutlet() {
        TextArticleParser.Parsed p = HtmlArticleParser.parse(Reading.resource("cdata-jsonld-page.html"), null);
        assertEquals(LocalDate.of(2025, 9, 14), p.published(), "the JSON-LD date in its own offset, not the 15th in UTC");
        assertEquals("Riverbend News", p.outlet(), "the publisher the page names, not its domain");
        assertEquals("https://www.riverbend-news.example/2025/09/14/harvest-festival", p.url());
        assertEquals("Priya Natarajan", p.author(), "the byline without its date and handle");
        assertFalse(p.text().contains("@priyanews"), p.text());
    }

    @Test
    void bylinesLoseTheDatesHandlesAndWordsAroundTheNames() {
        assertEquals("Dan Goodin", Byline.names("Dan Goodin - Apr 16, 2015 8:02 pm UTC"));
        assertEquals("Steven Musil", Byline.names("Steven Musil January 18, 2017 11:00 PM PST @stevenmusil"));
        assertEquals("Lucas Nolan", Byline.names("by Lucas Nolan22 Dec 2016651"));
        assertEquals("Sébastien Farcis", Byline.names("Par Sébastien Farcis"));
        assertEquals("James Akinaka", Byline.names("James Akinaka • 8h"));
        assertEquals("Ben Silverman", Byline.names("Ben Silverman Games Editor"));
        assertEquals("Jane Doe, John Roe", Byline.names("By Jane Doe, John Roe"));
        assertNull(Byline.names("Follow Author"));
        assertNull(Byline.names("April 28, 2019 at 6:01 am Updated April 29, 2019 at 3:33 pm"));
        assertNull(Byline.names("Last Updated: January 7, 2025"));
    }

    @Test
    void theTitleIsTheHeadlineWithoutTheSiteName() {
        String body = "<h1>Weekly roundup</h1><p>Text.</p>";
        assertEquals("Bridge reopens after two years of repairs", parse(page("<title>Bridge reopens after two years of repairs | Lakeside Daily</title>", body)).title(),
                "the <title> without the site, not a heading of the page");
        assertEquals("Bridge reopens after two years of repairs", parse(page("<title>x</title><meta property=\"og:site_name\" content=\"BBC News\">"
                + "<meta property=\"og:title\" content=\"Bridge reopens after two years of repairs - BBC News\">", body)).title(),
                "a declared title loses the outlet's name too");
        assertEquals("Lakeside Daily", parse(page("<title>Bridge reopens after two years of repairs | Lakeside Daily</title>", body)).outlet());
    }

    @Test
    void aJsonLdNameCloserToThePageTitleWinsOverAHeadlineThatDescribesIt() {
        String ld = "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"Article\","
                + "\"name\":\"Hermitian matrix\",\"headline\":\"matrix equal to its conjugate-transpose\"}</script>";
        assertEquals("Hermitian matrix", parse(page("<title>Hermitian matrix - Wikipedia</title>" + ld, "<p>Text.</p>")).title());
    }

    @Test
    void aTaglineAfterTheSiteNameIsNotTheOutlet() {
        String ld = "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\","
                + "\"headline\":\"H\",\"publisher\":{\"@type\":\"Organization\",\"name\":\"Aktuálně.cz\"}}</script>";
        assertEquals("Aktuálně.cz", parse(page("<meta property=\"og:site_name\" content=\"Aktuálně.cz - Víte, co se právě děje\">" + ld,
                "<p>Text.</p>")).outlet());
    }
}
