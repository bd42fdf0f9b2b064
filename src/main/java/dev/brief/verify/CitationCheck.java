package dev.brief.verify;

import dev.brief.domain.Problem;
import dev.brief.domain.Problem.Kind;
import dev.brief.text.Normal;
import dev.brief.domain.Briefing.Difference;
import dev.brief.domain.Briefing.Item;
import dev.brief.domain.Briefing.Position;
import dev.brief.domain.Article;
import dev.brief.domain.IndependentSources;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Every citation names a real source; agreements and differences span independent outlets. */
final class CitationCheck {
    private final Map<String, Article> byId;
    private final IndependentSources independent;

    CitationCheck(Map<String, Article> byId) {
        this.byId = byId;
        this.independent = IndependentSources.among(byId.values());
    }

    List<Problem> item(Item item, boolean agreement) {
        List<Problem> problems = new ArrayList<>();
        if (item.sources().isEmpty()) {
            problems.add(Problem.of(Kind.CITATION, "cites no source"));
        }
        for (String id : item.sources()) {
            if (!byId.containsKey(id)) {
                problems.add(Problem.about(Kind.CITATION, List.of(id), "cites unknown source '" + id + "'"));
            }
        }
        if (agreement) {
            Set<String> outlets = independent.keysOf(item.sources());
            if (outlets.size() < 2) {
                problems.add(Problem.of(Kind.CITATION, "an agreement needs at least two independent outlets, but it cites "
                        + (outlets.isEmpty() ? "none" : "only one (" + names(item.sources()) + ")")));
            }
        }
        return problems;
    }

    List<Problem> difference(Difference d) {
        List<Problem> problems = new ArrayList<>();
        List<String> cited = new ArrayList<>();
        for (Position p : d.positions()) {
            if (!byId.containsKey(p.source())) {
                problems.add(Problem.about(Kind.CITATION, List.of(p.source()), "cites unknown source '" + p.source() + "'"));
            } else {
                cited.add(p.source());
            }
        }
        if (new LinkedHashSet<>(cited).size() < 2) {
            problems.add(Problem.of(Kind.CITATION, "a difference needs the positions of at least two sources"));
        }
        Set<String> positions = new LinkedHashSet<>();
        for (Position p : d.positions()) {
            positions.add(Normal.text(p.text() + " " + (p.quote() == null ? "" : p.quote())));
        }
        if (d.positions().size() >= 2 && positions.size() < 2) {
            problems.add(Problem.of(Kind.CITATION, "its positions say the same thing; a difference needs sources that report different things"));
        }
        return problems;
    }

    private String names(List<String> ids) {
        Set<String> names = new LinkedHashSet<>();
        for (String id : ids) {
            Article a = byId.get(id);
            if (a != null) {
                names.add(a.outlet() != null ? a.outlet() : a.agency() != null ? a.agency() : id);
            }
        }
        return String.join(", ", names);
    }
}
