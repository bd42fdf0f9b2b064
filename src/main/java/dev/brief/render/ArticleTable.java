package dev.brief.render;

import dev.brief.text.Words;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.brief.domain.Article;
import java.util.List;

/** What {@code brief read} prints: one row per article, as a table or as JSON. */
public final class ArticleTable {
    public enum Style { TABLE, JSON }

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Style style;
    private final boolean withText;

    public ArticleTable(Style style, boolean withText) {
        this.style = style;
        this.withText = withText;
    }

    public String render(List<Article> articles) {
        return style == Style.JSON ? json(articles) : table(articles);
    }

    private String json(List<Article> articles) {
        ArrayNode rows = JSON.createArrayNode();
        for (Article a : articles) {
            ObjectNode n = rows.addObject();
            n.put("id", a.id());
            n.put("outlet", a.outlet());
            n.put("agency", a.agency());
            n.put("title", a.title());
            n.put("author", a.author());
            n.put("published", a.published() == null ? null : a.published().toString());
            n.put("url", a.url());
            n.put("path", a.path());
            n.put("words", Words.count(a.text()));
            n.put("duplicateOf", a.duplicateOf());
            n.put("headlineOnly", a.headlineOnly());
            if (withText) {
                n.put("text", a.text());
            }
        }
        try {
            return JSON.writeValueAsString(rows) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String table(List<Article> articles) {
        int idWidth = Math.max(2, articles.stream().mapToInt(a -> a.id().length()).max().orElse(2));
        int outletWidth = Math.min(28, Math.max(6, articles.stream().mapToInt(a -> outlet(a).length()).max().orElse(6)));
        String fmt = "%-" + idWidth + "s  %-" + outletWidth + "s  %-10s  %6s  %-" + idWidth + "s  %s%n";
        StringBuilder out = new StringBuilder();
        out.append(String.format(fmt, "ID", "OUTLET", "PUBLISHED", "WORDS", dupHeader(idWidth), "TITLE / SOURCE"));
        for (Article a : articles) {
            out.append(String.format(fmt, a.id(), clip(outlet(a), outletWidth),
                    a.published() == null ? "-" : a.published().toString(), Words.count(a.text()),
                    a.duplicateOf() == null ? "-" : a.duplicateOf(), clip(a.title() == null ? "-" : a.title(), 70)));
            out.append(String.format(fmt, "", "", "", "", "", (a.headlineOnly() ? "headline only · " : "") + a.where()));
        }
        return out.toString();
    }

    private static String dupHeader(int width) {
        return width >= 4 ? "COPY" : "CP";
    }

    private static String outlet(Article a) {
        if (a.outlet() != null && a.agency() != null) {
            return a.outlet() + " (" + a.agency() + ")";
        }
        return a.outlet() != null ? a.outlet() : a.agency() != null ? a.agency() : "-";
    }

    private static String clip(String s, int max) {
        String one = s.replaceAll("\\s+", " ");
        return one.length() <= max ? one : one.substring(0, max - 1) + "…";
    }
}
