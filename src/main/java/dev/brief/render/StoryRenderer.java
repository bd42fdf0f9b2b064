package dev.brief.render;

import dev.brief.ExitCode;
import dev.brief.BriefException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.brief.domain.Briefing.Item;
import dev.brief.history.StoryRecord;
import dev.brief.history.StoryRecord.Day;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** {@code brief stories} (a table or JSON) and {@code brief story ID} (a timeline in Markdown, JSON or HTML). */
public final class StoryRenderer {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** One line a story: id, first and last day, days, articles, outlets, title. */
    public String table(List<StoryRecord> stories) {
        StringBuilder out = new StringBuilder(String.format("%-8s  %-10s  %-10s  %4s  %8s  %-30s  %s%n", "id", "first", "last", "days",
                "articles", "outlets", "title"));
        for (StoryRecord s : stories) {
            String outlets = String.join(", ", s.outlets());
            if (outlets.length() > 30) {
                outlets = outlets.substring(0, 29) + "…";
            }
            out.append(String.format("%-8s  %-10s  %-10s  %4d  %8d  %-30s  %s%n", s.id(), s.firstSeen(), s.lastSeen(), s.dayCount(),
                    s.articleIds().size(), plain(outlets), plain(s.title())));
        }
        return out.toString();
    }

    /** {@code {"stories":[{"id","title","firstSeen","lastSeen","days","events":[{"date","eventId","headline"}],"articles":[ids]}]}}. */
    public String json(List<StoryRecord> stories) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode list = root.putArray("stories");
        for (StoryRecord s : stories) {
            ObjectNode n = list.addObject();
            n.put("id", s.id());
            n.put("title", s.title());
            n.put("firstSeen", s.firstSeen().toString());
            n.put("lastSeen", s.lastSeen().toString());
            n.put("days", s.dayCount());
            ArrayNode events = n.putArray("events");
            for (Day d : s.days()) {
                ObjectNode e = events.addObject();
                e.put("date", d.date().toString());
                e.put("eventId", d.eventId());
                e.put("headline", d.headline());
            }
            ArrayNode ids = n.putArray("articles");
            s.articleIds().forEach(ids::add);
            ArrayNode outlets = n.putArray("outlets");
            s.outlets().forEach(outlets::add);
        }
        return write(root);
    }

    public String story(StoryRecord s, Format format) {
        return switch (format) {
            case MARKDOWN -> markdown(s);
            case JSON -> storyJson(s);
            case HTML -> html(s);
            case ATOM -> throw new BriefException(ExitCode.USAGE, "--format atom is for brief daily; choose markdown, json or html");
        };
    }

    String markdown(StoryRecord s) {
        StringBuilder out = new StringBuilder("# ").append(MarkdownRenderer.heading(s.title())).append("\n\n");
        out.append("*story ").append(s.id()).append(" · ").append(s.dayCount()).append(s.dayCount() == 1 ? " day" : " days").append(" · ")
                .append(s.firstSeen()).append(s.firstSeen().equals(s.lastSeen()) ? "" : " to " + s.lastSeen()).append("*\n\n");
        for (Day d : s.days()) {
            out.append("## ").append(d.date()).append(" — ").append(MarkdownRenderer.heading(d.headline())).append("\n\n");
            out.append('*').append(status(d)).append("*\n\n");
            Map<String, Integer> numbers = numbers(d);
            for (Item i : d.newItems()) {
                out.append("- ").append(MarkdownRenderer.text(i.text())).append(' ').append(cites(i, numbers)).append('\n');
            }
            if (!d.newItems().isEmpty()) {
                out.append('\n');
            }
            int k = 1;
            for (StoryRecord.Source src : d.sources()) {
                out.append(k++).append(". ").append(MarkdownRenderer.sourceLine(source(src, 0))).append('\n');
            }
            out.append('\n');
        }
        return out.toString();
    }

    String storyJson(StoryRecord s) {
        ObjectNode root = JSON.createObjectNode();
        root.put("id", s.id());
        root.put("title", s.title());
        root.put("firstSeen", s.firstSeen().toString());
        root.put("lastSeen", s.lastSeen().toString());
        root.put("days", s.dayCount());
        ArrayNode timeline = root.putArray("timeline");
        for (Day d : s.days()) {
            ObjectNode n = timeline.addObject();
            n.put("date", d.date().toString());
            n.put("eventId", d.eventId());
            n.put("headline", d.headline());
            n.put("status", d.status().name().toLowerCase(Locale.ROOT));
            n.set("newItems", JsonRenderer.items(d.newItems()));
            ArrayNode sources = n.putArray("sources");
            for (StoryRecord.Source src : d.sources()) {
                ObjectNode o = sources.addObject();
                o.put("id", src.id());
                o.put("outlet", src.outlet());
                o.put("agency", src.agency());
                o.put("title", src.title());
                o.put("published", src.published() == null ? null : src.published().toString());
                o.put("url", src.url());
                o.put("path", src.path());
            }
        }
        return write(root);
    }

    String html(StoryRecord s) {
        StringBuilder out = new StringBuilder(HtmlRenderer.pageStart(s.title()));
        out.append("<h1>").append(HtmlRenderer.esc(s.title())).append("</h1>\n<p class=\"meta\">story ").append(HtmlRenderer.esc(s.id()))
                .append(" · ").append(s.dayCount()).append(s.dayCount() == 1 ? " day" : " days").append("</p>\n");
        for (Day d : s.days()) {
            out.append("<section>\n<h2>").append(d.date()).append(" — ").append(HtmlRenderer.esc(d.headline())).append("</h2>\n<p class=\"meta\">")
                    .append(HtmlRenderer.esc(status(d))).append("</p>\n");
            // As a day page: citations link to this day's source list, web addresses are links, all text escaped.
            String anchorPrefix = d.date() + "-" + d.eventId() + "-";
            Map<String, dev.brief.domain.Source> byId = new LinkedHashMap<>();
            for (StoryRecord.Source src : d.sources()) {
                byId.putIfAbsent(src.id(), source(src, byId.size() + 1));
            }
            if (!d.newItems().isEmpty()) {
                out.append("<ul>\n");
                d.newItems().forEach(i -> out.append("<li>").append(HtmlRenderer.esc(i.text())).append(' ')
                        .append(HtmlRenderer.cite(i.sources(), byId, anchorPrefix)).append("</li>\n"));
                out.append("</ul>\n");
            }
            out.append("<ol class=\"sources\">\n");
            byId.values().forEach(src -> HtmlRenderer.sourceItem(out, src, anchorPrefix));
            out.append("</ol>\n</section>\n");
        }
        return out.append("</body>\n</html>\n").toString();
    }

    private static String status(Day d) {
        return switch (d.status()) {
            case NEW -> "first reported";
            case DEVELOPING -> d.newItems().isEmpty() ? "developing" : "developing: what was new";
            case UNCHANGED -> "no new developments";
            case FAILED -> "not briefed (the briefing failed)";
            case SINGLE -> "reported by one source";
        };
    }

    private static Map<String, Integer> numbers(Day d) {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (StoryRecord.Source s : d.sources()) {
            out.put(s.id(), out.size() + 1);
        }
        return out;
    }

    private static String cites(Item i, Map<String, Integer> numbers) {
        StringBuilder c = new StringBuilder();
        for (String id : i.sources()) {
            Integer n = numbers.get(id);
            c.append(c.length() == 0 ? "" : " ").append('[').append(n == null ? "?" : n.toString()).append(']');
        }
        return c.toString();
    }

    private static dev.brief.domain.Source source(StoryRecord.Source s, int number) {
        return new dev.brief.domain.Source(s.id(), number, s.outlet(), s.agency(), s.title(), s.published(), s.url(), s.path(), null);
    }

    /** Article text on one line of a terminal: no control character (an escape sequence starts with one) gets through. */
    private static String plain(String s) {
        return s == null ? "" : s.replaceAll("[\\p{Cntrl}\\p{Zl}\\p{Zp}\\u200e\\u200f\\u202a-\\u202e\\u2066-\\u2069]", " ").replaceAll("\\s+", " ").strip();
    }

    private static String write(ObjectNode root) {
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
