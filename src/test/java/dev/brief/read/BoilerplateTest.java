package dev.brief.read;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BoilerplateTest {
    @Test
    void navigationAndLinkSentencesAreFurniture() {
        for (String s : new String[] {"Click here for more.", "See [x](http://evil.example) for details.", "Sign up for our newsletter.",
                "Subscribe now", "Follow us on X.", "Share this article", "ADVERTISEMENT", "Related: Top 10 beaches",
                "Read more: Chile's worst quakes", "[Full coverage](https://news.example/chile)", "https://news.example/chile"}) {
            assertTrue(Boilerplate.isSentence(s), s);
        }
    }

    @Test
    void reportingThatStartsLikeFurnitureIsKept() {
        for (String s : new String[] {"Subscribers to the service lost access on Monday.", "See-through plastic bags were banned in 2020.",
                "Clicks on the site doubled.", "Related companies saw their shares fall.",
                "Read more than 400 pages of the report and you find that the ministry knew of the risk as early as 2019, officials said.",
                "Share prices fell 3 percent."}) {
            assertFalse(Boilerplate.isSentence(s), s);
        }
        assertFalse(Boilerplate.isParagraph("Click here for more. The quake killed 13 people."), "a paragraph with reporting stays");
        assertTrue(Boilerplate.isParagraph("Click here for more. See [x](http://evil.example) for details."));
    }
}
