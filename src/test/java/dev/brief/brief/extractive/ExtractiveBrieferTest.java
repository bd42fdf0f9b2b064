package dev.brief.brief.extractive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.brief.Console;
import dev.brief.brief.Briefing;
import dev.brief.brief.Briefing.Difference;
import dev.brief.brief.Briefing.Item;
import dev.brief.brief.Briefing.Position;
import dev.brief.group.Event;
import dev.brief.read.Article;
import dev.brief.read.ArticleReader;
import dev.brief.render.JsonRenderer;
import dev.brief.verify.Verifier;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The extractive engine on the seeds event: what it copies, what it cites, and the differences it finds. */
class ExtractiveBrieferTest {
    static final String EUROPE_TODAY = "470704";
    static final String MOSCOW_TIMES = "41fbe3";

    static List<Article> seeds;
    static Map<String, Article> byId;
    static Briefing briefing;

    @BeforeAll
    static void briefTheSeeds() {
        seeds = new ArticleReader(Console.silent(), new ByteArrayInputStream(new byte[0]))
                .read(List.of("seeds/rubio-lavrov-asean-2025")).articles();
        byId = seeds.stream().collect(Collectors.toMap(Article::id, Function.identity()));
        briefing = new ExtractiveBriefer().brief(Event.of(seeds));
    }

    @Test
    void namesTheEngineAndNoModel() {
        assertEquals("extractive", briefing.engine());
        assertNull(briefing.model());
        assertNull(briefing.options());
        assertNull(briefing.promptHash());
        assertEquals(List.of(EUROPE_TODAY, MOSCOW_TIMES), briefing.sources().stream().map(s -> s.id()).toList());
    }

    @Test
    void headlineIsASourceTitle() {
        // The Europe Today has no title line; its title is a cut first sentence, so the real one wins.
        assertEquals("Rubio and Lavrov Held ‘Frank Exchange’ on Sidelines of ASEAN Summit, Moscow Says", briefing.headline());
    }

    @Test
    void everyStatementIsCopiedFromACitedSourceAndPassesVerification() {
        List<Item> items = new ArrayList<>();
        items.addAll(briefing.summary());
        items.addAll(briefing.agreements());
        items.addAll(briefing.singleSource());
        assertFalse(briefing.summary().isEmpty());
        for (Item i : items) {
            assertFalse(i.sources().isEmpty(), i.text());
            assertTrue(i.sources().stream().anyMatch(id -> byId.get(id).text().contains(i.text())), "not copied from a cited source: " + i.text());
        }
        for (Difference d : briefing.differences()) {
            for (Position p : d.positions()) {
                Article cited = byId.get(p.source());
                assertNotNull(cited, p.source());
                if (p.quote() != null) {
                    assertTrue(cited.text().contains(p.text()), p.text());
                    assertTrue(cited.text().contains(p.quote()), p.quote());
                }
            }
        }
        Briefing checked = new Verifier().check(briefing, seeds);
        assertEquals(0, checked.verification().unverified(), new JsonRenderer().render(checked));
    }

    @Test
    void agreementsCiteBothOutletsAndSingleSourceItemsOne() {
        assertFalse(briefing.agreements().isEmpty());
        for (Item i : briefing.agreements()) {
            assertEquals(List.of(EUROPE_TODAY, MOSCOW_TIMES), i.sources(), i.text());
        }
        assertTrue(briefing.agreements().stream().anyMatch(i -> i.text().contains("substantive and frank exchange of views")),
                "the Foreign Ministry's statement is in both");
        assertFalse(briefing.singleSource().isEmpty());
        briefing.singleSource().forEach(i -> assertEquals(1, i.sources().size(), i.text()));
        assertTrue(briefing.singleSource().stream().anyMatch(i -> i.text().contains("strikes on Kyiv") && i.sources().equals(List.of(MOSCOW_TIMES))));
    }

    @Test
    void findsTheTwoNewApproachQuotes() {
        Difference d = briefing.differences().stream()
                .filter(x -> x.positions().stream().anyMatch(p -> "a new and different approach".equals(p.quote())))
                .findFirst().orElseThrow(() -> new AssertionError("no quote difference in " + briefing.differences()));
        Position moscow = d.positions().stream().filter(p -> p.source().equals(MOSCOW_TIMES)).findFirst().orElseThrow();
        assertTrue(moscow.quote().startsWith("It’s not a new approach. It’s a new idea or a new concept"), moscow.quote());
        assertTrue(d.positions().stream().anyMatch(p -> p.source().equals(EUROPE_TODAY) && p.quote().equals("a new and different approach")));
    }

    @Test
    void findsTheDifferentDatesOfTheReports() {
        Difference d = briefing.differences().stream().filter(x -> x.topic().startsWith("Date of the reports")).findFirst().orElseThrow();
        assertEquals(List.of(new Position(EUROPE_TODAY, "dated 11 July 2025", null), new Position(MOSCOW_TIMES, "dated 10 July 2025", null)),
                d.positions());
    }

    @Test
    void findsTheTwoSpellingsOfSergey() {
        Difference d = briefing.differences().stream().filter(x -> x.topic().startsWith("Spelling of a name")).findFirst().orElseThrow();
        assertEquals("Spelling of a name: Sergey / Sergei", d.topic());
        assertEquals(EUROPE_TODAY, d.positions().get(0).source());
        assertEquals("Sergey Lavrov", d.positions().get(0).quote());
        assertEquals(MOSCOW_TIMES, d.positions().get(1).source());
        assertEquals("Sergei Lavrov", d.positions().get(1).quote());
    }

    @Test
    void sameInputGivesTheSameBriefing() {
        Briefing again = new ExtractiveBriefer().brief(Event.of(seeds));
        assertEquals(new JsonRenderer().render(briefing), new JsonRenderer().render(again));
    }

    @Test
    void oneArticleGivesASummaryAndDetailsButNothingToCompare() {
        Briefing one = new ExtractiveBriefer().brief(Event.of(List.of(byId.get(MOSCOW_TIMES))));
        assertEquals(List.of(), one.agreements());
        assertEquals(List.of(), one.differences());
        assertFalse(one.summary().isEmpty());
        assertEquals("Rubio and Lavrov Held ‘Frank Exchange’ on Sidelines of ASEAN Summit, Moscow Says", one.headline());
        for (Item i : one.summary()) {
            assertEquals(List.of(MOSCOW_TIMES), i.sources());
        }
    }

    @Test
    void aWireCopyIsNotASecondSourceToAgreeWith() {
        Article original = byId.get(MOSCOW_TIMES);
        Article copy = new Article("c0ffee", "Another Paper", "AFP", original.title(), null, original.published(), null, null,
                original.text(), original.contentHash(), null);
        Briefing b = new ExtractiveBriefer().brief(Event.of(List.of(original, copy)));
        assertEquals(List.of(), b.agreements(), "one AFP story printed twice is one source");
        assertEquals(List.of(), b.differences());
    }
}
