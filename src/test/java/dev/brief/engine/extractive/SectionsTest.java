package dev.brief.engine.extractive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.brief.Console;
import dev.brief.domain.Article;
import dev.brief.domain.Briefing;
import dev.brief.domain.Briefing.Item;
import dev.brief.domain.Event;
import dev.brief.engine.extractive.ExtractiveBriefer.Settings;
import dev.brief.read.ArticleReader;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Each section run on its own, on the seeds' sentence graph, with a given "already said". */
class SectionsTest {
    static List<Article> seeds;
    static SentenceGraph graph;

    @BeforeAll
    static void buildTheSeedsGraph() {
        seeds = new ArticleReader(Console.silent(), new ByteArrayInputStream(new byte[0]))
                .read(List.of("seeds/rubio-lavrov-asean-2025")).articles();
        graph = new SentenceGraph(Event.of(seeds), Settings.DEFAULT);
    }

    @Test
    void theSummaryGivenItsOwnSentencesAsSaidPicksOthers() {
        SummarySection summary = new SummarySection(graph, Settings.DEFAULT);
        Written<Item> first = summary.write(Said.NOTHING);
        assertEquals(Settings.DEFAULT.summarySentences(), first.items().size());
        Written<Item> second = summary.write(first.said());
        assertEquals(Settings.DEFAULT.summarySentences(), second.items().size());
        assertRepeatsNothing(second, first.said());
    }

    @Test
    void agreementsGivenTheirOwnMembersAsSaidRepeatNone() {
        AgreementSection agreements = new AgreementSection(graph);
        Written<Item> first = agreements.write(Said.NOTHING);
        assertFalse(first.items().isEmpty());
        assertTrue(first.said().sentences().size() >= 2 * first.items().size(), "an agreement says all its members");
        assertRepeatsNothing(agreements.write(first.said()), first.said());
    }

    @Test
    void agreementsGivenTheSummaryLeaveItOut() {
        Said summary = new SummarySection(graph, Settings.DEFAULT).write(Said.NOTHING).said();
        Written<Item> agreements = new AgreementSection(graph).write(summary);
        assertFalse(agreements.items().isEmpty());
        assertRepeatsNothing(agreements, summary);
    }

    @Test
    void singleSourceDetailsGivenEverySentenceOfOneArticleCiteOnlyTheOther() {
        Said wholeFirstArticle = Said.of(graph.sentences().stream().filter(s -> s.article() == 0).toList());
        Written<Item> single = new SingleSourceSection(graph, Settings.DEFAULT).write(wholeFirstArticle);
        assertFalse(single.items().isEmpty());
        assertRepeatsNothing(single, wholeFirstArticle);
        String other = seeds.get(1).id();
        single.items().forEach(i -> assertEquals(List.of(other), i.sources(), i.text()));
    }

    @Test
    void aQuoteWhoseSpeakerIsOnlyAPronounIsNoDetail() {
        assertTrue(SingleSourceSection.speakerUnnamed("\"This is the worst flood in fifty years,\" she told reporters."));
        assertTrue(SingleSourceSection.speakerUnnamed("“The water came in minutes,” he said on Friday."));
        assertFalse(SingleSourceSection.speakerUnnamed("\"The water came in minutes,\" said a shopkeeper, Piet Dahl, 54."));
        assertFalse(SingleSourceSection.speakerUnnamed("\"This is the worst flood in fifty years,\" Governor Anja Hollis told reporters."));
    }

    @Test
    void sectionsRunInAnyOrderGivenTheirInputs() {
        // Single-source details first, then a summary and agreements told what they said.
        Written<Item> single = new SingleSourceSection(graph, Settings.DEFAULT).write(Said.NOTHING);
        Written<Item> summary = new SummarySection(graph, Settings.DEFAULT).write(single.said());
        assertRepeatsNothing(summary, single.said());
        Said both = single.said().and(summary.said());
        assertRepeatsNothing(new AgreementSection(graph).write(both), both);
    }

    @Test
    void aSectionKeepsNoStateBetweenRuns() {
        AgreementSection agreements = new AgreementSection(graph);
        SingleSourceSection single = new SingleSourceSection(graph, Settings.DEFAULT);
        Written<Item> before = agreements.write(Said.NOTHING);
        Written<Item> details = single.write(before.said());
        new SummarySection(graph, Settings.DEFAULT).write(details.said());
        new DifferenceSection(graph).write();
        assertEquals(before, agreements.write(Said.NOTHING));
        assertEquals(details, single.write(before.said()));
    }

    @Test
    void theDifferencesSayTheSentencesTheirPositionsQuote() {
        Written<Briefing.Difference> differences = new DifferenceSection(graph).write();
        assertFalse(differences.items().isEmpty());
        Set<String> quoted = differences.items().stream().flatMap(d -> d.positions().stream())
                .map(Briefing.Position::text).collect(Collectors.toSet());
        Set<String> said = differences.said().sentences().stream().map(i -> graph.sentence(i).text()).collect(Collectors.toSet());
        assertFalse(said.isEmpty());
        assertTrue(quoted.containsAll(said), said.toString());
        // The report dates are positions too, but no sentence: "dated 11 July 2025".
        assertTrue(quoted.stream().filter(t -> !t.startsWith("dated ")).allMatch(said::contains), quoted.toString());
    }

    @Test
    void theHeadlineIsTheTitleClosestToWhatTheSummarySaid() {
        Said summary = new SummarySection(graph, Settings.DEFAULT).write(Said.NOTHING).said();
        assertEquals("Rubio and Lavrov Held ‘Frank Exchange’ on Sidelines of ASEAN Summit, Moscow Says",
                new HeadlineSection(graph).write(summary));
    }

    @Test
    void theSectionsComposedInOrderAreTheBriefing() {
        Briefing briefing = new ExtractiveBriefer().brief(Event.of(seeds));
        Written<Briefing.Difference> differences = new DifferenceSection(graph).write();
        Written<Item> summary = new SummarySection(graph, Settings.DEFAULT).write(Said.NOTHING);
        Written<Item> agreements = new AgreementSection(graph).write(summary.said());
        Written<Item> single = new SingleSourceSection(graph, Settings.DEFAULT)
                .write(summary.said().and(agreements.said()).and(differences.said()));
        assertEquals(briefing.summary(), summary.items());
        assertEquals(briefing.agreements(), agreements.items());
        assertEquals(briefing.differences(), differences.items());
        assertEquals(briefing.singleSource(), single.items());
        // Told nothing, single-source details would repeat what the briefing already says.
        assertNotEquals(single.items(), new SingleSourceSection(graph, Settings.DEFAULT).write(Said.NOTHING).items());
    }

    @Test
    void saidKeepsEachSentenceOnceInTheOrderSaidAndCannotBeChanged() {
        Said said = new Said(List.of(3, 1, 3)).and(new Said(List.of(2, 1)));
        assertEquals(List.of(3, 1, 2), said.sentences());
        assertThrows(UnsupportedOperationException.class, () -> said.sentences().add(4));
    }

    @Test
    void theGraphCannotBeChanged() {
        assertThrows(UnsupportedOperationException.class, () -> graph.sentences().remove(0));
        assertThrows(UnsupportedOperationException.class, () -> graph.articles().remove(0));
        assertThrows(UnsupportedOperationException.class, () -> graph.textStems(0).clear());
        assertThrows(UnsupportedOperationException.class, () -> graph.nameVariants().clear());
        assertThrows(UnsupportedOperationException.class, () -> graph.sentence(0).facts().stems().clear());
        assertThrows(UnsupportedOperationException.class, () -> graph.sentence(0).facts().capitalised().clear());
    }

    /** No sentence said before is said again, in its own words or as an item's text. */
    private static void assertRepeatsNothing(Written<Item> written, Said before) {
        List<Integer> again = new ArrayList<>(written.said().sentences());
        again.retainAll(before.sentences());
        assertEquals(List.of(), again, "said again");
        Set<String> beforeTexts = before.sentences().stream().map(i -> graph.sentence(i).text()).collect(Collectors.toSet());
        written.items().forEach(i -> assertFalse(beforeTexts.contains(i.text()), "said again: " + i.text()));
    }
}
