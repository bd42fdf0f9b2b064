package dev.brief.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.brief.group.ArticleSignals;
import dev.brief.group.GroupingWeights;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StoryLinkerTest {
    private static final LocalDate DAY = LocalDate.of(2025, 3, 15);

    private static ArticleSignals signals(float x, Map<String, Float> words, Map<String, Float> names) {
        float y = (float) Math.sqrt(1 - x * x);
        return new ArticleSignals(new float[] {x, y}, words, names);
    }

    private static final ArticleSignals VELMORA = signals(1f, Map.of("flood", 0.8f, "river", 0.6f), Map.of("velmora", 0.8f, "hollis", 0.6f));
    private static final ArticleSignals VELMORA_LATER = signals(0.95f, Map.of("flood", 0.6f, "found", 0.8f), Map.of("velmora", 0.8f, "hollis", 0.6f));
    private static final ArticleSignals KORSUND = signals(0.9f, Map.of("flood", 0.8f, "river", 0.6f), Map.of("korsund", 0.8f, "ek", 0.6f));

    private static HistoryStore.Candidate stored(String story, ArticleSignals... articles) {
        return new HistoryStore.Candidate(story, DAY.minusDays(1), "e-" + story, java.util.Collections.nCopies(articles.length, DAY.minusDays(1)),
                List.of(articles));
    }

    private static StoryLinker.Today today(String id, ArticleSignals... articles) {
        return new StoryLinker.Today(id, java.util.Collections.nCopies(articles.length, DAY), List.of(articles));
    }

    @Test
    void anEventContinuesTheStoryOfTheSameHappeningAndAnotherOfTheSameTopicStartsItsOwn() {
        var links = new StoryLinker().link(List.of(today("velmora", VELMORA_LATER, VELMORA_LATER), today("korsund", KORSUND, KORSUND)),
                List.of(stored("s-velmora", VELMORA, VELMORA)), DAY);

        assertEquals("s-velmora", links.get("velmora").storyId());
        assertFalse(links.containsKey("korsund"), "a flood elsewhere is not the Velmora story: " + links);
    }

    @Test
    void twoOfTodaysEventsNeverContinueOneStory() {
        StoryLinker lenient = new StoryLinker(GroupingWeights.DEFAULT, 0.0);
        var links = lenient.link(List.of(today("a", VELMORA_LATER), today("b", VELMORA)), List.of(stored("s1", VELMORA)), DAY);

        assertEquals(1, links.size(), links.toString());
        assertEquals("b", links.keySet().iterator().next(), "the closer event takes the story");
    }

    @Test
    void averageLinkageOnMeansIsTheMeanOverEveryPairOfArticles() {
        StoryLinker lenient = new StoryLinker(GroupingWeights.DEFAULT, -10);
        List<ArticleSignals> now = List.of(VELMORA_LATER, KORSUND);
        List<ArticleSignals> before = List.of(VELMORA, KORSUND, VELMORA_LATER);
        double pairs = 0;
        for (ArticleSignals a : now) {
            for (ArticleSignals b : before) {
                pairs += a.similarity(b, 1, GroupingWeights.DEFAULT);
            }
        }
        double score = lenient.link(List.of(today("t", now.toArray(ArticleSignals[]::new))),
                List.of(stored("s", before.toArray(ArticleSignals[]::new))), DAY).get("t").score();
        assertEquals(pairs / 6, score, 1e-6);
        assertTrue(score < 1);
    }
}
