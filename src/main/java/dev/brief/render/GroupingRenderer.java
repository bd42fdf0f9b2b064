package dev.brief.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.brief.domain.Source;
import dev.brief.domain.Event;
import dev.brief.group.Grouping;
import dev.brief.domain.Article;
import java.util.Locale;

/** What {@code brief group} prints: the events found, as text for people or JSON for pipelines. */
public final class GroupingRenderer {
    public enum Style { TEXT, JSON }

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private GroupingRenderer() {}

    public static String render(Grouping grouping, Style style) {
        return style == Style.JSON ? json(grouping) : text(grouping);
    }

    /** {"events":[{"id","label","articles":[ids]}]}: the contract; fields are added, never renamed. */
    static String json(Grouping grouping) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode events = root.putArray("events");
        for (Event e : grouping.events()) {
            ObjectNode n = events.addObject();
            n.put("id", e.id());
            n.put("label", e.label());
            ArrayNode ids = n.putArray("articles");
            e.articles().forEach(a -> ids.add(a.id()));
        }
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String text(Grouping grouping) {
        StringBuilder out = new StringBuilder();
        int number = 1;
        for (Event e : grouping.events()) {
            int n = e.articles().size();
            out.append(number++).append(". ").append(e.label()).append('\n');
            out.append("   ").append(e.id()).append(" · ").append(n).append(n == 1 ? " article" : " articles")
                    .append(" · ").append(e.independentSources()).append(e.independentSources() == 1 ? " independent source" : " independent sources");
            Double cohesion = grouping.cohesion().get(e.id());
            if (cohesion != null && !cohesion.isNaN()) {
                out.append(" · mean similarity ").append(twoDigits(cohesion));
            }
            out.append('\n');
            for (Article a : e.articles()) {
                out.append("   - ").append(a.id()).append("  ").append(Source.of(a, 0).displayName())
                        .append(" · ").append(a.published() == null ? "no date" : a.published().toString())
                        .append(" · ").append(a.title() == null ? "(no title)" : a.title().replaceAll("\\s+", " ").strip());
                Double affinity = grouping.affinity().get(a.id());
                if (affinity != null && !affinity.isNaN()) {
                    out.append("  [similarity to the others ").append(twoDigits(affinity)).append(']');
                }
                if (a.duplicateOf() != null) {
                    out.append("  [copy of ").append(a.duplicateOf()).append(']');
                }
                out.append('\n');
            }
            out.append('\n');
        }
        out.append(grouping.events().size()).append(grouping.events().size() == 1 ? " event" : " events").append(" from ")
                .append(grouping.events().stream().mapToInt(e -> e.articles().size()).sum()).append(" articles\n");
        return out.toString();
    }

    private static String twoDigits(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }
}
