package dev.brief.render;

import dev.brief.domain.Article;
import dev.brief.domain.Event;
import dev.brief.domain.Source;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A small inline SVG of who reported an event and when: one row per outlet, time across (UTC). A
 * report with a time is a mark; a report dated by its day only is a bar over that day. An outlet's own
 * report is filled; a wire story or a copy is hollow. Shapes and words carry the meaning, never colour
 * alone, and every mark has a title. No script, no font, nothing fetched.
 */
final class CoverageSvg {
    static final int WIDTH = 640;
    private static final int LABEL_WIDTH = 200;
    private static final int PLOT_LEFT = LABEL_WIDTH + 10;
    private static final int PLOT_RIGHT = WIDTH - 16;
    private static final int ROW = 22;
    private static final int TOP = 28;
    private static final int LEGEND = 34;
    private static final int MAX_LABEL = 30;
    private static final Duration[] STEPS = {Duration.ofHours(1), Duration.ofHours(2), Duration.ofHours(3), Duration.ofHours(6),
        Duration.ofHours(12), Duration.ofDays(1), Duration.ofDays(2), Duration.ofDays(7), Duration.ofDays(14), Duration.ofDays(30),
        Duration.ofDays(91), Duration.ofDays(365)};
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter FULL = DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm 'UTC'", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private CoverageSvg() {}

    /** One article as the chart places it: from..to is one instant for a time, or a whole day for a date. */
    record Report(Article article, String outlet, Instant from, Instant to, boolean wireOrCopy) {
        boolean timed() {
            return from.equals(to);
        }

        String when() {
            return timed() ? FULL.format(from) : "on " + article.published() + " (no time given)";
        }
    }

    /** The articles of an event that have a date, earliest first; undated ones cannot be placed. */
    static List<Report> reports(Event event, Coverage coverage) {
        List<Report> out = new ArrayList<>();
        for (Article a : event.articles()) {
            Instant at = coverage.timeOf(a);
            String outlet = Source.of(a, 0).displayName();
            if (at != null) {
                out.add(new Report(a, outlet, at, at, Coverage.wireOrCopy(a)));
            } else if (a.published() != null) {
                Instant start = a.published().atStartOfDay(ZoneOffset.UTC).toInstant();
                out.add(new Report(a, outlet, start, start.plus(Duration.ofDays(1)), Coverage.wireOrCopy(a)));
            }
        }
        out.sort(Comparator.comparing(Report::from).thenComparing(r -> r.article().id()));
        return out;
    }

    /** The chart, or null when no article of the event is dated. idPrefix keeps ids apart on one page. */
    static String render(Event event, Coverage coverage, String headline, String idPrefix) {
        List<Report> reports = reports(event, coverage);
        if (reports.isEmpty()) {
            return null;
        }
        Map<String, List<Report>> rows = new LinkedHashMap<>();
        reports.forEach(r -> rows.computeIfAbsent(r.outlet(), k -> new ArrayList<>()).add(r));
        Instant start = reports.stream().map(Report::from).min(Comparator.naturalOrder()).orElseThrow();
        Instant end = reports.stream().map(Report::to).max(Comparator.naturalOrder()).orElseThrow();
        if (Duration.between(start, end).compareTo(Duration.ofHours(2)) < 0) {
            start = start.minus(Duration.ofHours(1));
            end = end.plus(Duration.ofHours(1));
        }
        Scale x = new Scale(start, end);
        int height = TOP + rows.size() * ROW + LEGEND;
        String title = idPrefix + "coverage-title";
        String desc = idPrefix + "coverage-desc";

        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"coverage\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
                .append("\" width=\"").append(WIDTH).append("\" height=\"").append(height)
                .append("\" style=\"max-width:100%;height:auto\" role=\"img\" aria-labelledby=\"").append(title).append(' ').append(desc)
                .append("\" font-family=\"system-ui, sans-serif\" font-size=\"12\">\n");
        svg.append("<title id=\"").append(title).append("\">Who reported it, and when: ").append(HtmlRenderer.esc(headline)).append("</title>\n");
        svg.append("<desc id=\"").append(desc).append("\">");
        for (int i = 0; i < reports.size(); i++) {
            Report r = reports.get(i);
            svg.append(i == 0 ? "" : "; ").append(HtmlRenderer.esc(r.outlet())).append(' ').append(HtmlRenderer.esc(r.when()))
                    .append(r.wireOrCopy() ? ", wire story or copy" : "");
        }
        svg.append(".</desc>\n");
        axis(svg, x, height);
        int y = TOP;
        for (Map.Entry<String, List<Report>> row : rows.entrySet()) {
            int mid = y + ROW / 2;
            svg.append("<text x=\"").append(LABEL_WIDTH).append("\" y=\"").append(mid + 4).append("\" text-anchor=\"end\" fill=\"currentColor\">")
                    .append(HtmlRenderer.esc(shorten(row.getKey()))).append("</text>\n");
            svg.append("<line x1=\"").append(PLOT_LEFT).append("\" y1=\"").append(mid).append("\" x2=\"").append(PLOT_RIGHT).append("\" y2=\"")
                    .append(mid).append("\" stroke=\"currentColor\" stroke-opacity=\"0.15\"/>\n");
            for (Report r : row.getValue()) {
                mark(svg, x, r, mid);
            }
            y += ROW;
        }
        legend(svg, height);
        svg.append("</svg>");
        return svg.toString();
    }

    private static void mark(StringBuilder svg, Scale x, Report r, int mid) {
        String tip = "<title>" + HtmlRenderer.esc(r.outlet() + ", " + r.when() + (r.wireOrCopy() ? ": a wire story or a copy" : ": its own report"))
                + "</title>";
        String fill = r.wireOrCopy() ? "none" : "currentColor";
        if (r.timed()) {
            double cx = x.at(r.from());
            if (r.wireOrCopy()) {
                svg.append("<path d=\"M").append(fmt(cx)).append(' ').append(mid - 6).append(" l6 6 l-6 6 l-6 -6 z\" fill=\"none\" stroke=\"currentColor\" stroke-width=\"1.5\">")
                        .append(tip).append("</path>\n");
            } else {
                svg.append("<circle cx=\"").append(fmt(cx)).append("\" cy=\"").append(mid).append("\" r=\"5\" fill=\"currentColor\">").append(tip).append("</circle>\n");
            }
            return;
        }
        double x1 = x.at(r.from());
        double x2 = x.at(r.to());
        svg.append("<rect x=\"").append(fmt(x1 + 1)).append("\" y=\"").append(mid - 4).append("\" width=\"").append(fmt(Math.max(2, x2 - x1 - 2)))
                .append("\" height=\"8\" fill=\"").append(fill).append("\" fill-opacity=\"0.55\" stroke=\"currentColor\"")
                .append(r.wireOrCopy() ? " stroke-dasharray=\"3 2\"" : "").append('>').append(tip).append("</rect>\n");
    }

    private static void axis(StringBuilder svg, Scale x, int height) {
        Duration step = x.step();
        long stepSeconds = step.getSeconds();
        long first = Math.floorDiv(x.start.getEpochSecond(), stepSeconds) * stepSeconds;
        boolean daily = step.compareTo(Duration.ofDays(1)) >= 0;
        LocalDate lastDay = null;
        for (long s = first; s <= x.end.getEpochSecond(); s += stepSeconds) {
            Instant t = Instant.ofEpochSecond(s);
            if (t.isBefore(x.start)) {
                continue;
            }
            double px = x.at(t);
            LocalDate day = t.atOffset(ZoneOffset.UTC).toLocalDate();
            String label = daily || !day.equals(lastDay) ? DAY.format(t) + (daily ? "" : " " + HOUR.format(t)) : HOUR.format(t);
            lastDay = day;
            svg.append("<line x1=\"").append(fmt(px)).append("\" y1=\"").append(TOP - 6).append("\" x2=\"").append(fmt(px)).append("\" y2=\"")
                    .append(height - LEGEND).append("\" stroke=\"currentColor\" stroke-opacity=\"0.25\" stroke-dasharray=\"2 3\"/>\n");
            String anchor = px > PLOT_RIGHT - 40 ? "end" : "middle"; // the last label stays inside the chart
            svg.append("<text x=\"").append(fmt(px)).append("\" y=\"").append(TOP - 10).append("\" text-anchor=\"").append(anchor)
                    .append("\" fill=\"currentColor\">").append(label).append("</text>\n");
        }
    }

    private static void legend(StringBuilder svg, int height) {
        int y = height - 12;
        svg.append("<g fill=\"currentColor\">\n");
        svg.append("<circle cx=\"").append(PLOT_LEFT).append("\" cy=\"").append(y - 4).append("\" r=\"5\"/>")
                .append("<text x=\"").append(PLOT_LEFT + 10).append("\" y=\"").append(y).append("\">own report</text>\n");
        int x2 = PLOT_LEFT + 90;
        svg.append("<path d=\"M").append(x2).append(' ').append(y - 10).append(" l6 6 l-6 6 l-6 -6 z\" fill=\"none\" stroke=\"currentColor\" stroke-width=\"1.5\"/>")
                .append("<text x=\"").append(x2 + 10).append("\" y=\"").append(y).append("\">wire or copy (hollow)</text>\n");
        int x3 = PLOT_LEFT + 250;
        svg.append("<rect x=\"").append(x3 - 8).append("\" y=\"").append(y - 8).append("\" width=\"16\" height=\"8\" fill-opacity=\"0.55\" stroke=\"currentColor\"/>")
                .append("<text x=\"").append(x3 + 12).append("\" y=\"").append(y).append("\">dated by day, no time</text>\n");
        svg.append("</g>\n");
    }

    private static String shorten(String s) {
        return s.length() <= MAX_LABEL ? s : s.substring(0, MAX_LABEL - 1) + "…";
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    /** Time across the plot, with a tick step that gives at most six ticks. */
    private record Scale(Instant start, Instant end) {
        double at(Instant t) {
            double span = Math.max(1, Duration.between(start, end).getSeconds());
            return PLOT_LEFT + (PLOT_RIGHT - PLOT_LEFT) * Duration.between(start, t).getSeconds() / span;
        }

        Duration step() {
            Duration span = Duration.between(start, end);
            for (Duration s : STEPS) {
                if (span.dividedBy(s) <= 6) {
                    return s;
                }
            }
            return STEPS[STEPS.length - 1];
        }
    }
}
