package dev.brief.render;

import com.fasterxml.jackson.databind.JsonNode;
import dev.brief.text.Counted;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** The index page of a site folder: the days, newest first, each with its top headlines and its coverage. */
final class SiteIndex {
    /** Headlines shown per day; the day page has the rest. */
    static final int HEADLINES = 5;
    /** The links every page of a site starts with. */
    static final String NAV = "<nav class=\"site\"><a href=\"index.html\">All days</a> · <a href=\"feed.atom\" type=\"application/atom+xml\">Atom feed</a></nav>\n";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);

    private SiteIndex() {}

    /** A day of the site: its date and its daily document's JSON. */
    record Day(LocalDate date, JsonNode json) {}

    /** @param days newest first */
    static String render(List<Day> days) {
        StringBuilder out = new StringBuilder(HtmlRenderer.pageStart("Daily briefings"));
        out.append(NAV).append("<h1>Daily briefings</h1>\n");
        if (days.isEmpty()) {
            out.append("<p>No day has been briefed yet.</p>\n");
        }
        for (Day d : days) {
            String page = SiteWriter.dayFile(d.date(), "html");
            JsonNode counts = d.json().path("counts");
            out.append("<section id=\"day-").append(d.date()).append("\">\n<h2><a href=\"").append(page).append("\">")
                    .append(DAY.format(d.date())).append("</a></h2>\n<p class=\"meta\">")
                    .append(Counted.of(counts.path("briefed").asInt(), "event")).append(" briefed · ").append(Counted.of(counts.path("articles").asInt(), "article"));
            String coverage = coverage(d.json().path("coverage"));
            if (coverage != null) {
                out.append(" · ").append(HtmlRenderer.esc(coverage));
            }
            out.append("</p>\n");
            List<JsonNode> briefed = new java.util.ArrayList<>();
            d.json().path("events").forEach(e -> {
                if (e.path("briefing").isObject()) {
                    briefed.add(e);
                }
            });
            if (!briefed.isEmpty()) {
                out.append("<ol>\n");
                for (JsonNode e : briefed.subList(0, Math.min(HEADLINES, briefed.size()))) {
                    out.append("<li><a href=\"").append(page).append('#').append(HtmlRenderer.esc(e.path("id").asText())).append("\">")
                            .append(HtmlRenderer.esc(oneLine(e.path("briefing").path("headline").asText()))).append("</a> — ")
                            .append(Counted.of(e.path("outlets").asInt(), "outlet")).append("</li>\n");
                }
                out.append("</ol>\n");
                if (briefed.size() > HEADLINES) {
                    out.append("<p><a href=\"").append(page).append("\">and ").append(briefed.size() - HEADLINES).append(" more</a></p>\n");
                }
            }
            out.append("</section>\n");
        }
        out.append("</body>\n</html>\n");
        return out.toString();
    }

    /** "12 inputs, 1 failed, 1 stale", from a day's JSON coverage; null when the day has none. */
    private static String coverage(JsonNode c) {
        if (!c.path("inputs").isArray()) {
            return null;
        }
        int n = c.path("inputs").size();
        StringBuilder s = new StringBuilder().append(n).append(n == 1 ? " input" : " inputs");
        for (String status : List.of("empty", "failed", "stale")) {
            long k = 0;
            for (JsonNode i : c.path("inputs")) {
                k += status.equals(i.path("status").asText()) ? 1 : 0;
            }
            if (k > 0) {
                s.append(", ").append(k).append(' ').append(status);
            }
        }
        int excluded = c.path("excluded").size();
        if (excluded > 0) {
            s.append(", ").append(excluded).append(excluded == 1 ? " event" : " events").append(" left out by topic");
        }
        return s.toString();
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").strip();
    }
}
