package dev.brief.engine.extractive;

import dev.brief.domain.Briefing.Item;
import dev.brief.engine.extractive.ExtractiveBriefer.Settings;
import java.util.ArrayList;
import java.util.List;

/** The summary: the most salient sentences, picked so that they do not say the same thing twice. */
final class SummarySection {
    private final SentenceGraph graph;
    private final Settings settings;
    private final Citations citations;

    SummarySection(SentenceGraph graph, Settings settings) {
        this.graph = graph;
        this.settings = settings;
        this.citations = new Citations(graph);
    }

    /**
     * The top sentences by salience, none of them already said, picked with MMR; each cites the other
     * outlets that say the same and back all its details.
     */
    Written<Item> write(Said before) {
        // A headline is a title, not a statement of the story: it sums up an event only when no article has more.
        boolean someText = graph.articles().stream().anyMatch(a -> !a.headlineOnly());
        List<Sentence> pool = graph.sentences().stream()
                .filter(s -> !before.has(s) && !(someText && graph.articles().get(s.article()).headlineOnly())).toList();
        List<Sentence> picked = pick(pool, settings.summarySentences());
        List<Item> out = new ArrayList<>();
        for (Sentence s : picked) {
            List<Integer> backers = new ArrayList<>(List.of(s.article()));
            for (Sentence match : graph.agreeingPerOtherSource(s)) {
                if (!Conflicts.any(s.facts(), match.facts()) && citations.backs(match.article(), s)) {
                    backers.add(match.article());
                }
            }
            out.add(Item.of(s.text(), graph.ids(citations.settle(s, backers))));
        }
        return new Written<>(out, Said.of(picked));
    }

    /**
     * Maximal marginal relevance over salience, with alignment as the
     * redundancy: deterministic, ties go to the earlier sentence.
     */
    private List<Sentence> pick(List<Sentence> pool, int k) {
        List<Sentence> chosen = new ArrayList<>();
        List<Sentence> left = new ArrayList<>(pool);
        double lambda = settings.mmrLambda();
        while (chosen.size() < k && !left.isEmpty()) {
            Sentence best = null;
            double bestScore = Double.NEGATIVE_INFINITY;
            for (Sentence s : left) {
                if (chosen.stream().anyMatch(c -> c.same() == s.same())) {
                    continue; // the same words from another article: said already
                }
                double redundancy = 0;
                for (Sentence c : chosen) {
                    redundancy = Math.max(redundancy, graph.alignment(s, c));
                }
                double score = lambda * graph.salience(s) - (1 - lambda) * redundancy;
                if (score > bestScore + 1e-12) {
                    bestScore = score;
                    best = s;
                }
            }
            if (best == null) {
                break;
            }
            chosen.add(best);
            left.remove(best);
        }
        return chosen;
    }
}
