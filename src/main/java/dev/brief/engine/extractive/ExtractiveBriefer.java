package dev.brief.engine.extractive;

import dev.brief.domain.Article;
import dev.brief.domain.Briefing;
import dev.brief.domain.Briefing.Difference;
import dev.brief.domain.Briefing.Item;
import dev.brief.domain.Engine;
import dev.brief.domain.Event;
import dev.brief.domain.IndependentSources;
import dev.brief.domain.Source;
import dev.brief.domain.Story;
import dev.brief.engine.Briefer;
import dev.brief.text.Passages;
import dev.brief.text.PromptInjection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The engine that needs no model. Every statement it makes is a sentence copied from a source and
 * cited. Salience is centrality over sentence embeddings plus a bonus for lead sentences, picked with
 * maximal marginal relevance so the summary does not repeat itself. Sentences from independent
 * outlets that say the same thing become agreements citing all of them; aligned sentences whose
 * figures, dates or quotations conflict, a name spelled two ways, and differing report dates become
 * differences; salient sentences nothing else matches are reported as single-source details.
 *
 * <p>The event's {@link SentenceGraph} is computed once; each section of the briefing is a class
 * that reads it and is told what the sections before it said.
 */
public final class ExtractiveBriefer implements Briefer {

    /**
     * The tunable weights; {@link #DEFAULT} was chosen on the NeuS/AllSides validation split (see the
     * README's benchmark section).
     *
     * @param summarySentences how many sentences the summary takes
     * @param leadWeight       bonus for a sentence's early place in its article: leadWeight / (1 + index)
     * @param supportWeight    weight of how well other outlets echo a sentence
     * @param mmrLambda        relevance against novelty when picking sentences: 1 ignores redundancy
     */
    public record Settings(int summarySentences, double leadWeight, double supportWeight, double mmrLambda) {
        public static final Settings DEFAULT = new Settings(2, 0.3, 0.5, 0.7);
    }

    private final Settings settings;

    public ExtractiveBriefer() {
        this(Settings.DEFAULT);
    }

    public ExtractiveBriefer(Settings settings) {
        this.settings = settings;
    }

    /**
     * The summary says the most salient sentences; agreements leave out what it said; differences
     * quote whichever sentences conflict, said or not; single-source details repeat none of them; the
     * headline is the title closest to the summary.
     */
    @Override
    public Briefing brief(Event event) {
        SentenceGraph graph = new SentenceGraph(event, settings);
        Written<Difference> differences = new DifferenceSection(graph).write();
        Written<Item> summary = new SummarySection(graph, settings).write(Said.NOTHING);
        Written<Item> agreements = new AgreementSection(graph).write(summary.said());
        Said beforeDetails = summary.said().and(agreements.said()).and(differences.said());
        Written<Item> single = new SingleSourceSection(graph, settings).write(beforeDetails);
        String headline = new HeadlineSection(graph).write(summary.said());
        return new Briefing(headline, Engine.EXTRACTIVE, null, null, null, sources(event.articles()), summary.items(),
                agreements.items(), differences.items(), single.items(), Briefing.Usage.NONE, Briefing.Verification.NONE);
    }

    /**
     * What is new in a continuing story: the briefing made of today's sentences that restate nothing
     * the story's earlier briefings said. When the sentences the summary would pick today all restate
     * them, the story has nothing new, and the briefing has no statement at all.
     */
    @Override
    public Briefing update(Event event, Story story) {
        SentenceGraph graph = new SentenceGraph(event, settings);
        List<Sentence> all = graph.sentences();
        boolean[] restated = Restatement.restated(all.stream().map(Sentence::text).toList(), story.said());
        List<Sentence> old = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            if (restated[i]) {
                old.add(all.get(i));
            }
        }
        Said before = Said.of(old);
        List<Sentence> leading = new SummarySection(graph, settings).write(Said.NOTHING).said().sentences().stream().map(graph::sentence).toList();
        if (before.sentences().containsAll(leading.stream().map(Sentence::index).toList())) {
            return new Briefing(story.headline() == null ? new HeadlineSection(graph).write(Said.NOTHING) : story.headline(), Engine.EXTRACTIVE,
                    null, null, null, sources(event.articles()), List.of(), List.of(), List.of(), List.of(), Briefing.Usage.NONE,
                    Briefing.Verification.NONE);
        }
        Written<Item> summary = new SummarySection(graph, settings).write(before);
        Written<Item> agreements = new AgreementSection(graph).write(before.and(summary.said()));
        Written<Difference> differences = new DifferenceSection(graph).write();
        Said beforeDetails = before.and(summary.said()).and(agreements.said()).and(differences.said());
        Written<Item> single = new SingleSourceSection(graph, settings).write(beforeDetails);
        String headline = new HeadlineSection(graph).write(summary.said());
        List<Difference> newDifferences = differences.items().stream()
                .filter(d -> d.positions().stream().anyMatch(p -> !Restatement.restated(List.of(p.text()), story.said())[0])).toList();
        return new Briefing(headline, Engine.EXTRACTIVE, null, null, null, sources(event.articles()), summary.items(),
                agreements.items(), newDifferences, single.items(), Briefing.Usage.NONE, Briefing.Verification.NONE);
    }

    private static List<Source> sources(List<Article> articles) {
        List<Source> sources = new ArrayList<>();
        for (int a = 0; a < articles.size(); a++) {
            sources.add(Source.of(articles.get(a), a + 1));
        }
        return sources;
    }

    /**
     * Every statement is one source's own sentence, cited to that source; other outlets are cited when
     * they seem to say the same. When the checks dispute one of those extra citations, it goes, and so
     * does one that the citation gone now outdoes: the statement keeps its own source, and an agreement
     * left with one outlet becomes a single-source detail.
     */
    @Override
    public Briefing repair(Event event, Briefing checked) {
        IndependentSources independent = IndependentSources.among(event.articles());
        Map<String, Passages.Text> texts = new LinkedHashMap<>();
        for (Article a : event.articles()) {
            texts.put(a.id(), Passages.of(a.title(), PromptInjection.reportingText(a.text()), a.outlet(), a.agency(), a.author()));
        }
        List<Item> summary = checked.summary().stream().map(i -> withoutDisputedCitations(i, event, texts)).toList();
        List<Item> agreements = new ArrayList<>();
        List<Item> single = new ArrayList<>(checked.singleSource());
        for (Item item : checked.agreements()) {
            Item kept = withoutDisputedCitations(item, event, texts);
            if (independent.keysOf(kept.sources()).size() >= 2) {
                agreements.add(kept);
            } else {
                single.add(Item.of(kept.text(), List.of(own(item, event))));
            }
        }
        return checked.withContent(checked.headline(), summary, agreements, checked.differences(), single);
    }

    /** @param texts the passages of each article of the event, by id, as the verifier reads them */
    private static Item withoutDisputedCitations(Item item, Event event, Map<String, Passages.Text> texts) {
        if (item.verified() || item.sources().size() < 2) {
            return item;
        }
        String own = own(item, event);
        List<String> kept = new ArrayList<>();
        for (String id : item.sources()) {
            if (id.equals(own) || item.problems().stream().noneMatch(p -> p.disputes(id))) {
                kept.add(id);
            }
        }
        // an undisputed citation can still fail with the others gone (a problem about them all): the sentence's own source stays
        if (kept.size() == item.sources().size()) {
            return Item.of(item.text(), List.of(own));
        }
        // a citation dropped is uncited now, and may outdo one that stays
        return Item.of(item.text(), Passages.settle(item.text(), own, kept, texts));
    }

    /** The article the statement was copied from: the first cited one whose text has it word for word. */
    private static String own(Item item, Event event) {
        for (String id : item.sources()) {
            for (Article a : event.articles()) {
                if (a.id().equals(id) && (a.text().contains(item.text()) || a.title() != null && a.title().contains(item.text()))) {
                    return id;
                }
            }
        }
        return item.sources().get(0);
    }
}
