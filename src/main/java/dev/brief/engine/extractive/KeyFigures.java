package dev.brief.engine.extractive;

import dev.brief.engine.extractive.Facts.Amount;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The figures an event is told by, as each outlet gives them, compared even when the sentences are too
 * unlike to align: its tolls ("Twelve people were killed when the river burst its banks" against "The
 * death toll has risen to 15") and its score or vote ("beat Kestrel City 3-2 on Friday" against "beat
 * Kestrel City 3-1 on Friday night to reach the final for the first time since 1998"). A toll is a count
 * of people with one role (dead, injured, missing, evacuated, arrested). Each independent outlet's figure
 * of a kind is compared only when the outlet gives one value for it: an outlet that gives two (today's
 * five dead and the 2004 tsunami's 168,000, two matches' scores) says nothing certain about which is the
 * event's.
 */
final class KeyFigures {
    /** Units that count people, as stems: "12 people", "3,000 residents", "15 civilians". A toll without its unit counts people too. */
    private static final Set<String> PEOPLE = Set.of("peopl", "perso", "resid", "civil", "victi");

    /** One outlet's figure, and the sentence that gives it. */
    record Figure(Sentence sentence, Amount amount) {}

    private KeyFigures() {}

    /** Pairs of figures of one kind from two outlets that cannot both be true, each outlet's once. */
    static List<Figure[]> conflicts(SentenceGraph graph) {
        Map<String, Map<String, List<Figure>>> byKind = new LinkedHashMap<>();
        for (Sentence s : graph.sentences()) {
            for (Amount a : s.facts().amounts()) {
                String kind = kind(a);
                if (kind != null) {
                    byKind.computeIfAbsent(kind, k -> new LinkedHashMap<>()).computeIfAbsent(graph.source(s.article()), k -> new ArrayList<>())
                            .add(new Figure(s, a));
                }
            }
        }
        List<Figure[]> out = new ArrayList<>();
        for (Map<String, List<Figure>> bySource : byKind.values()) {
            List<Figure> single = new ArrayList<>();
            for (List<Figure> figures : bySource.values()) {
                if (figures.stream().allMatch(f -> f.amount().sameValue(figures.get(0).amount()))) {
                    single.add(figures.get(0));
                }
            }
            for (int i = 0; i < single.size(); i++) {
                for (int j = i + 1; j < single.size(); j++) {
                    Figure x = single.get(i);
                    Figure y = single.get(j);
                    if (x.amount().contradicts(y.amount()) && x.amount().frame().meets(y.amount().frame())) {
                        out.add(new Figure[] {x, y});
                    }
                }
            }
        }
        return out;
    }

    /** "dead", "injured", … for a toll, "tally" for a score or a vote, or null for any other figure. */
    private static String kind(Amount a) {
        if (a.year() || a.frame().forecast() || a.frame().increment()) {
            return null;
        }
        if (a.unit().equals(Facts.TALLY_UNIT)) {
            return a.unit();
        }
        Set<String> roles = Facts.rolesOf(a.context());
        return PEOPLE.contains(a.unit()) && roles.size() == 1 ? roles.iterator().next() : null;
    }
}
