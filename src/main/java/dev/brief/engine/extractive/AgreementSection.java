package dev.brief.engine.extractive;

import dev.brief.domain.Briefing.Item;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Where the sources agree: sentences of independent outlets that say the same thing and do not
 * conflict, each printed in the one member's words that most outlets can be cited for.
 */
final class AgreementSection {
    private static final int MAX_AGREEMENTS = 4;

    private final SentenceGraph graph;
    private final Citations citations;

    AgreementSection(SentenceGraph graph) {
        this.graph = graph;
        this.citations = new Citations(graph);
    }

    /**
     * Statements echoed by independent outlets, best supported first. No member of an agreement was
     * said before or belongs to an earlier agreement; what it says is every member, not only the
     * sentence printed, so that a later section does not repeat the agreement in another outlet's words.
     */
    Written<Item> write(Said before) {
        if (graph.sourceCount() < 2) {
            return new Written<>(List.of(), Said.NOTHING);
        }
        List<Sentence> bySalience = new ArrayList<>(graph.sentences());
        bySalience.sort(Comparator.comparingDouble((Sentence s) -> -graph.salience(s)).thenComparingInt(Sentence::index));
        Set<Integer> taken = new LinkedHashSet<>(before.sentences());
        List<Sentence> said = new ArrayList<>();
        List<Item> out = new ArrayList<>();
        for (Sentence s : bySalience) {
            if (out.size() >= MAX_AGREEMENTS) {
                break;
            }
            if (taken.contains(s.same())) {
                continue;
            }
            List<Sentence> members = new ArrayList<>(List.of(s));
            for (Sentence match : graph.agreeingPerOtherSource(s)) {
                if (!taken.contains(match.same()) && !Conflicts.any(s.facts(), match.facts())) {
                    members.add(match);
                }
            }
            if (members.size() < 2) {
                continue;
            }
            // Say it in the member's words that most outlets can be cited for: all of them print its
            // quotations, most of its names and figures, and enough of its words.
            Sentence printed = null;
            List<Integer> cited = List.of();
            for (Sentence candidate : members) {
                List<Integer> citing = new ArrayList<>(List.of(candidate.article()));
                for (Sentence m : members) {
                    if (m != candidate && citations.citable(m.article(), candidate)) {
                        citing.add(m.article());
                    }
                }
                citing = citations.settle(candidate, citing);
                if (printed == null || better(candidate, citing, printed, cited, members)) {
                    printed = candidate;
                    cited = citing;
                }
            }
            if (cited.stream().map(graph::source).distinct().count() >= 2) {
                members.forEach(m -> taken.add(m.same()));
                said.addAll(members);
                out.add(Item.of(printed.text(), graph.ids(cited)));
            }
        }
        return new Written<>(out, Said.of(said));
    }

    /** More independent outlets cited, then fewer outlets lacking a name or figure, then salience. */
    private boolean better(Sentence a, List<Integer> citedA, Sentence b, List<Integer> citedB, List<Sentence> members) {
        long ka = citedA.stream().map(graph::source).distinct().count();
        long kb = citedB.stream().map(graph::source).distinct().count();
        if (ka != kb) {
            return ka > kb;
        }
        int ua = unbacked(a, members);
        int ub = unbacked(b, members);
        if (ua != ub) {
            return ua < ub;
        }
        return graph.salience(a) > graph.salience(b) + 1e-12;
    }

    /** How many of the other members would not back this sentence's wording. */
    private int unbacked(Sentence candidate, List<Sentence> members) {
        int n = 0;
        for (Sentence m : members) {
            if (m != candidate && !citations.backs(m.article(), candidate)) {
                n++;
            }
        }
        return n;
    }
}
