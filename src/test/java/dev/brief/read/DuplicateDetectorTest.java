package dev.brief.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.brief.domain.Article;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Exact duplicates merged, wire copies and near-duplicates linked to the earliest one. Each article's
 * duplicateOf is what decides whether it counts as a source of its own.
 */
class DuplicateDetectorTest {
    static final String P1 = "The storm reached the northern coast late on Sunday night and brought winds of more than one hundred "
            + "kilometres an hour to the fishing towns along the bay.";
    static final String P2 = "Power lines fell across three districts, and the regional utility said that about forty thousand homes "
            + "were still without electricity on Monday morning.";
    static final String P3 = "Rescue teams from the capital arrived by helicopter after the main road to the coast was cut by a "
            + "landslide near the old stone bridge.";
    static final String P4 = "The mayor of the largest town asked residents to stay indoors and to boil their water until engineers "
            + "had checked the damaged reservoir.";
    static final String P5 = "Forecasters warned that a second band of heavy rain could reach the same coast by Wednesday, bringing a "
            + "fresh risk of flooding in the river valleys.";
    static final String STORY = String.join("\n\n", P1, P2, P3, P4);

    static Article article(String id, LocalDate published, String text) {
        return new Article(id, "Outlet " + id, null, null, null, published, null, id + ".txt", text, Intake.contentHash(text), null);
    }

    static final LocalDate JULY_10 = LocalDate.of(2025, 7, 10);
    static final LocalDate JULY_11 = LocalDate.of(2025, 7, 11);

    /** Each article's duplicateOf after linking, in input order. */
    static List<String> links(Article... articles) {
        return DuplicateDetector.linkNear(Arrays.asList(articles)).stream().map(Article::duplicateOf).toList();
    }

    // --- exact duplicates ---

    @Test
    void anExactDuplicateIsMergedIntoTheFirstWithItsGapsFilledAndSaidSo() {
        Article first = article("a", null, STORY);
        Article copy = new Article(null, "Coastal Times", null, "Storm hits the north", "Ana Ruiz", JULY_10, null, "copy.txt",
                STORY.toUpperCase().replace("\n\n", "\n"), Intake.contentHash(STORY.toUpperCase().replace("\n\n", "\n")), null);
        Intake intake = new Intake();
        List<Article> merged = DuplicateDetector.mergeExact(List.of(first, copy), intake);
        assertEquals(1, merged.size(), "case and line breaks do not make another text");
        Article m = merged.get(0);
        assertEquals("a.txt", m.path());
        assertEquals("Outlet a", m.outlet(), "what the first says is kept");
        assertEquals("Ana Ruiz", m.author(), "what only the copy says fills the gap");
        assertEquals(JULY_10, m.published());
        assertEquals(STORY, m.text());
        assertEquals(List.of(new Skipped("copy.txt", "exact duplicate of a.txt; merged", true)), intake.skipped);
    }

    @Test
    void theSameFileReadTwiceIsMergedWithoutANotice() {
        Intake intake = new Intake();
        List<Article> merged = DuplicateDetector.mergeExact(List.of(article("a", null, STORY), article("a", JULY_10, STORY)), intake);
        assertEquals(1, merged.size());
        assertEquals(JULY_10, merged.get(0).published());
        assertEquals(List.of(), intake.skipped);
    }

    // --- wire copies and near-duplicates ---

    @Test
    void aLightlyEditedWireCopyIsLinkedToTheEarlierArticle() {
        String edited = "VALMORA (AFP) - " + STORY.replace("Sunday night", "Sunday evening").replace("forty thousand", "40,000")
                .replace("old stone bridge", "old bridge") + "\n\nAdditional reporting by the Coastal Times newsroom.";
        assertEquals(Arrays.asList(null, "agency"), links(article("agency", JULY_10, STORY), article("copy", JULY_11, edited)));
        // read in the other order, the copy still points to the earlier-dated one
        assertEquals(Arrays.asList("agency", null), links(article("copy", JULY_11, edited), article("agency", JULY_10, STORY)));
    }

    @Test
    void withTheSameOrNoDateTheFirstReadIsTheOriginalAndADatedOneComesBeforeAnUndatedOne() {
        String copy = STORY + "\n\nMore to follow.";
        assertEquals(Arrays.asList(null, "first"), links(article("first", JULY_10, STORY), article("second", JULY_10, copy)));
        assertEquals(Arrays.asList("dated", null), links(article("undated", null, STORY), article("dated", JULY_11, copy)));
    }

    @Test
    void aShortenedReprintIsACopyOfTheLongStory() {
        // half the story, word for word: all of the shorter one is in the longer
        assertEquals(Arrays.asList(null, "full"), links(article("full", JULY_10, STORY), article("short", JULY_10, P2 + " " + P3)));
    }

    @Test
    void twoReportsThatShareAQuoteAreNotCopies() {
        String own = "Fishing towns on the northern coast counted the damage on Monday. " + P2 + " Officials in the capital promised "
                + "emergency funds, and the army sent trucks with drinking water and generators to the worst hit villages by the bay.";
        assertEquals(Arrays.asList(null, null), links(article("one", JULY_10, STORY), article("other", JULY_10, own)),
                "one paragraph in common is less than half of either report");
    }

    @Test
    void shortItemsThatAgreeWordForWordAreNotCopiesBelowEightSharedRuns() {
        // eleven words: seven runs of five words, of which six are shared
        String a = "Storm cuts power to forty thousand homes on the northern coast";
        String b = "Storm cuts power to forty thousand homes on the northern shore";
        assertEquals(Arrays.asList(null, null), links(article("a", JULY_10, a), article("b", JULY_10, b)));
        // one more word, and both go on alike: eight shared runs
        assertEquals(Arrays.asList(null, "a"), links(article("a", JULY_10, a + " late"), article("b", JULY_10, b.replace("shore", "coast late") + " night")));
    }

    @Test
    void aChainOfCopiesCountsAsOneSourceNamedByTheEarliest() {
        Article early = article("early", JULY_10, String.join(" ", P3, P4, P5));
        Article middle = article("middle", JULY_11, String.join(" ", P2, P3, P4));
        Article late = article("late", JULY_11, String.join(" ", P1, P2, P3));
        assertEquals(Arrays.asList(null, null), links(late, early), "the two ends share one paragraph in three: no copies of each other");
        assertEquals(Arrays.asList("early", "early", null), links(late, middle, early), "but each shares two with the middle one");
    }
}
