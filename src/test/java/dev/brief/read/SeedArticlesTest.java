package dev.brief.read;

import dev.brief.domain.Article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.brief.Console;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The example event's two articles, as every later stage sees them. */
class SeedArticlesTest {
    private final List<Article> articles = new ArticleReader(Console.silent(), new ByteArrayInputStream(new byte[0]))
            .read(List.of("seeds/rubio-lavrov-asean-2025")).articles();

    @Test
    void theEuropeTodayFromItsDateline() {
        Article a = articles.get(0);
        assertEquals("470704", a.id());
        assertEquals("The Europe Today", a.outlet());
        assertNull(a.agency());
        assertEquals(LocalDate.of(2025, 7, 11), a.published());
        assertNull(a.url());
        assertEquals("seeds/rubio-lavrov-asean-2025/the-europe-today.txt", a.path());
        assertTrue(a.text().startsWith("U.S. Secretary of State Marco Rubio confirmed on Thursday"), a.text());
        assertTrue(a.text().endsWith("dialogue on regional and global security challenges."), a.text());
        assertTrue(a.title().startsWith("U.S. Secretary of State Marco Rubio confirmed on Thursday"), a.title());
    }

    @Test
    void theMoscowTimesFromTitleBylineDateAndUrl() {
        Article a = articles.get(1);
        assertEquals("41fbe3", a.id());
        assertEquals("Rubio and Lavrov Held ‘Frank Exchange’ on Sidelines of ASEAN Summit, Moscow Says", a.title());
        assertEquals("The Moscow Times", a.outlet());
        assertEquals("AFP", a.agency());
        assertNull(a.author());
        assertEquals(LocalDate.of(2025, 7, 10), a.published());
        assertEquals("https://www.themoscowtimes.com/2025/07/10/rubio-and-lavrov-held-frank-exchange-on-sidelines-of-a-sean-summit-moscow-says-a89757", a.url());
        assertTrue(a.text().startsWith("Russian and American top diplomats held a “frank exchange”"), a.text());
        assertTrue(a.text().endsWith("as Moscow and Pyongyang expand their military cooperation."), a.text());
        assertTrue(a.text().contains("the settlement of the situation in Ukraine,” Russia’s Foreign Ministry said"), "a paragraph broken by a blank line is joined");
        assertTrue(!a.text().contains("Related article") && !a.text().contains("Original url"), "boilerplate stays out of the text");
    }

    @Test
    void twoIndependentSources() {
        assertEquals(2, articles.size());
        assertEquals(2, dev.brief.domain.IndependentSources.count(articles));
    }
}
