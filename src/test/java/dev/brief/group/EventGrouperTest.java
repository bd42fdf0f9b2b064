package dev.brief.group;

import dev.brief.domain.Event;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.brief.Console;
import dev.brief.domain.Article;
import dev.brief.read.ArticleReader;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class EventGrouperTest {
    private static final String FIXTURES = "src/test/resources/daily/";

    private static List<Article> read(String... inputs) {
        return new ArticleReader(Console.silent(), new ByteArrayInputStream(new byte[0])).read(List.of(inputs)).articles();
    }

    private static Set<Set<String>> titles(Grouping g) {
        return g.events().stream().map(e -> e.articles().stream().map(Article::title).collect(Collectors.toSet()))
                .collect(Collectors.toSet());
    }

    private static Event eventOf(Grouping g, String id) {
        return g.events().stream().filter(e -> e.articles().stream().anyMatch(a -> a.id().equals(id))).findFirst().orElseThrow();
    }

    @Test
    void clearlyDifferentEventsAreSeparateAndEachIsWhole() {
        Grouping g = new EventGrouper().group(read(FIXTURES + "day"));
        assertEquals(Set.of(
                Set.of("Floods force thousands from homes in Velmora", "Velmora evacuates 4,000 as Darra river floods old town",
                        "Velmora floods: missing pair sought as Darra river recedes slowly"),
                Set.of("Central Bank of Norland raises rates to 4.5% to curb inflation", "Norland central bank surprises with half-point hike to 4.5%"),
                Set.of("Halvik art museum reopens after five-year renovation")), titles(g));
        // Most independent outlets first.
        assertEquals(List.of(3L, 2L, 1L), g.events().stream().map(Event::independentSources).toList());
    }

    @Test
    void similarEventsMonthsApartAreNotMerged() {
        List<Article> quakes = read(FIXTURES + "quake-march.txt", FIXTURES + "quake-september.txt");
        Grouping g = new EventGrouper().group(quakes);
        assertEquals(2, g.events().size(), "two earthquakes in one province, March and September, are two events");
    }

    @Test
    void aWireCopyStaysWithItsOriginal() {
        List<Article> day = read(FIXTURES + "day");
        Article reuters = day.stream().filter(a -> "Reuters".equals(a.outlet())).findFirst().orElseThrow();
        // A regional paper reprints the Reuters story under its own headline, cut to one line and padded
        // with its own local notes: little text in common, but a copy all the same.
        Article copy = new Article("c0ffee", "Velmora Courier", null, "Our town under water", null, reuters.published(), null, null,
                "Local bus lines 4 and 9 are suspended until further notice. The Courier's office is closed on Friday. "
                        + reuters.text().substring(0, reuters.text().indexOf('.') + 1),
                "c0ffee", reuters.id());
        List<Article> all = new ArrayList<>(day);
        all.add(copy);
        Grouping g = new EventGrouper().group(all);
        assertEquals(eventOf(g, reuters.id()).id(), eventOf(g, "c0ffee").id());
        assertEquals(3L, eventOf(g, "c0ffee").independentSources(), "the copy adds no independent source");
    }

    @Test
    void sameArticlesInAnyOrderGiveTheSameEventsInTheSameOrder() {
        List<Article> articles = read(FIXTURES + "day", FIXTURES + "quake-march.txt", FIXTURES + "quake-september.txt");
        Grouping first = new EventGrouper().group(articles);
        List<Article> shuffled = new ArrayList<>(articles);
        Collections.shuffle(shuffled, new Random(7));
        assertNotEquals(articles, shuffled);
        Grouping second = new EventGrouper().group(shuffled);
        assertEquals(first.events(), second.events());
        assertEquals(first.events().stream().map(Event::id).toList(), second.events().stream().map(Event::id).toList());
    }

    @Test
    void headlinesJoinTheirStoriesAndTheStoriesStayApart() {
        List<Article> all = read(FIXTURES + "day", FIXTURES + "headlines.jsonl");
        assertEquals(13, all.size());
        Grouping g = new EventGrouper().group(all);
        Set<Set<String>> ids = g.events().stream().map(e -> e.articles().stream().map(Article::id).collect(Collectors.toSet()))
                .collect(Collectors.toSet());
        String flood = idOf(all, "Floods force thousands from homes in Velmora");
        String rates = idOf(all, "Central Bank of Norland raises rates to 4.5% to curb inflation");
        Set<String> floodEvent = eventOf(g, flood).articles().stream().map(Article::id).collect(Collectors.toSet());
        Set<String> ratesEvent = eventOf(g, rates).articles().stream().map(Article::id).collect(Collectors.toSet());
        assertTrue(floodEvent.containsAll(Set.of("h-flood-1", "h-flood-2", "h-flood-3")), floodEvent.toString());
        assertTrue(ratesEvent.containsAll(Set.of("h-rates-1", "h-rates-2")), ratesEvent.toString());
        assertEquals(6, floodEvent.size(), "three articles and three headlines on the flood: " + ids);
        assertEquals(4, ratesEvent.size(), "two articles and two headlines on the rates: " + ids);
        // Two headlines share little but their names: weighed as headlines, they are one story.
        assertTrue(ids.contains(Set.of("h-ferry-1", "h-ferry-2")), ids.toString());
        assertEquals(4, g.events().size(), "flood, rates, the ferry strike, the museum alone: " + ids);
    }

    @Test
    void aWindowKeepsEachEventWithinItsDays() {
        List<Article> flood = read(FIXTURES + "day").stream().filter(a -> a.title().contains("Velmora")).toList();
        assertEquals(3, flood.size());
        List<Article> spread = new ArrayList<>();
        for (int i = 0; i < flood.size(); i++) {
            Article a = flood.get(i);
            // The same story reported on 14, 15 and 17 March.
            spread.add(new Article(a.id(), a.outlet(), a.agency(), a.title(), a.author(), LocalDate.of(2025, 3, new int[] {14, 15, 17}[i]),
                    a.url(), a.path(), a.text(), a.contentHash(), a.duplicateOf()));
        }
        assertEquals(1, new EventGrouper().group(spread).events().size(), "one story, whatever its days");
        Grouping twoDays = new EventGrouper(2).group(spread);
        assertEquals(Set.of(List.of(LocalDate.of(2025, 3, 14), LocalDate.of(2025, 3, 15)), List.of(LocalDate.of(2025, 3, 17))),
                twoDays.events().stream().map(e -> e.articles().stream().map(Article::published).toList()).collect(Collectors.toSet()));
    }

    private static String idOf(List<Article> articles, String title) {
        return articles.stream().filter(a -> title.equals(a.title())).findFirst().orElseThrow().id();
    }
}
