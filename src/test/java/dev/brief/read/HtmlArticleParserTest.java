package dev.brief.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class HtmlArticleParserTest {
    @Test
    void newsPageGivesItsArticleTextAndEveryMetadataValue() {
        TextArticleParser.Parsed p = HtmlArticleParser.parse(Reading.resource("news-page.html"), null);

        assertEquals("Rubio says Lavrov offered a 'new idea' on Ukraine", p.title());
        assertEquals("Harbour Post", p.outlet(), "og:site_name wins over the JSON-LD publisher");
        assertEquals("Dana Whitfield", p.author());
        assertEquals(LocalDate.of(2025, 7, 11), p.published(), "the day in the page's own offset, not UTC's 10th");
        assertEquals("https://www.harbourpost.example/world/2025/07/11/rubio-lavrov-new-idea", p.url());
        assertNull(p.agency());

        assertTrue(p.text().startsWith("U.S. Secretary of State Marco Rubio said on Thursday that his Russian counterpart"), p.text());
        assertTrue(p.text().endsWith("\"We need to see a roadmap moving forward about how this conflict can conclude,\" Rubio said before leaving the meeting."), p.text());
        assertEquals(5, p.text().split("\n\n").length);
        for (String furniture : new String[] {"ADVERTISEMENT", "Skip to content", "Business", "Related", "ASEAN ministers open forum",
                "Reader42", "Comments", "Most read", "Heatwave", "Share on", "newsletter", "inbox", "All rights reserved",
                "dataLayer", "querySelectorAll", "Photo: Pool", "Dana Whitfield"}) {
            assertFalse(p.text().contains(furniture), furniture + " leaked into the text: " + p.text());
        }
    }

    @Test
    void pageWithoutMarkupForItsArticleIsFoundByReadability() {
        TextArticleParser.Parsed p = HtmlArticleParser.parse(Reading.resource("plain-layout-page.html"), null);

        assertEquals("Moscow says talks with Washington were frank", p.title());
        assertEquals("Northern Ledger", p.outlet(), "taken from the <title> suffix when nothing else names the site");
        assertEquals("AFP", p.agency(), "an agency named as author is the agency");
        assertNull(p.author());
        assertEquals(LocalDate.of(2025, 7, 10), p.published());
        assertNull(p.url());
        assertTrue(p.text().startsWith("KUALA LUMPUR (AFP) - Russian and American top diplomats"), p.text());
        assertTrue(p.text().endsWith("Lavrov is expected to travel to North Korea later this week."), p.text());
        for (String furniture : new String[] {"About us", "Popular", "gadgets", "guest:", "Quay Street", "print edition"}) {
            assertFalse(p.text().contains(furniture), furniture + " leaked into the text: " + p.text());
        }
    }

    @Test
    void agencyInTheDatelineIsTheAgencyWhenNoAuthorSaysSo() {
        String html = "<html><head><title>T</title></head><body><article><p>KUALA LUMPUR (Reuters) - Ministers met on Thursday in the Malaysian capital "
                + "for talks that lasted well into the evening, officials said, and agreed to meet again next year.</p>"
                + "<p>The talks covered trade, security and the situation at sea, and ended with a joint statement read by the host.</p></article></body></html>";
        assertEquals("Reuters", HtmlArticleParser.parse(html, "https://example.org/a").agency());
    }

    @Test
    void paragraphsOfLinksAndNavigationAreNotArticleText() {
        String html = "<html><head><title>Quake</title></head><body><article><h1>Quake</h1>"
                + "<p>At least 13 people have died after a magnitude 7.1 earthquake struck central Chile, officials say.</p>"
                + "<p>Click <a href=\"javascript:alert(1)\">here</a> for more. See [x](http://evil.example) for details.</p>"
                + "<p>Sign up for our daily newsletter.</p>"
                + "<p>Chile is one of the most earthquake-prone countries in the world. Click here for more.</p></article></body></html>";
        String text = HtmlArticleParser.parse(html, "https://example.org/quake").text();
        assertEquals("At least 13 people have died after a magnitude 7.1 earthquake struck central Chile, officials say.\n\n"
                + "Chile is one of the most earthquake-prone countries in the world. Click here for more.", text,
                "a paragraph of furniture goes; one with reporting in it stays whole");
    }
}
