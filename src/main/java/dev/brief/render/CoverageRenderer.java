package dev.brief.render;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.brief.domain.Article;
import dev.brief.domain.DailyBriefing;
import dev.brief.domain.Event;
import dev.brief.read.InputReport;
import dev.brief.read.Skipped;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The coverage report of a daily document in each format: the inputs and what each gave, the events
 * left out by topic, and who reported each briefed event when. Every text from an input is escaped.
 */
final class CoverageRenderer {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm 'UTC'", Locale.ENGLISH).withZone(ZoneOffset.UTC);
    /** Skipped items listed per input; the rest are counted. */
    private static final int MAX_SKIPPED = 10;

    private CoverageRenderer() {}

    /**
     * "12 inputs: 9 read, 1 empty, 1 failed, 1 stale · 3 files or records skipped · 1 event left out by topic". What is
     * skipped is named apart from the inputs: a folder read is one input, and its broken files are skipped within it.
     */
    static String summary(Coverage c) {
        StringBuilder s = new StringBuilder();
        int n = c.inputs().size();
        s.append(n).append(n == 1 ? " input: " : " inputs: ").append(c.count(Coverage.Status.OK)).append(" read");
        for (Coverage.Status st : List.of(Coverage.Status.EMPTY, Coverage.Status.FAILED, Coverage.Status.STALE)) {
            if (c.count(st) > 0) {
                s.append(", ").append(c.count(st)).append(' ').append(st.label());
            }
        }
        long skipped = c.inputs().stream().mapToLong(r -> skipped(r).size()).sum();
        long leftOut = c.inputs().stream().mapToLong(InputReport::leftOut).sum();
        if (skipped > 0) {
            s.append(" · ").append(skipped).append(skipped == 1 ? " file or record skipped" : " files or records skipped");
        }
        if (leftOut > 0) {
            s.append(" · ").append(leftOut).append(" left out for their date");
        }
        if (!c.excluded().isEmpty()) {
            s.append(" · ").append(c.excluded().size()).append(c.excluded().size() == 1 ? " event" : " events").append(" left out by topic");
        }
        return s.toString();
    }

    /**
     * What an input gave, after its kind and status: "newest item 10 March 2025 06:00 UTC, 4 days old ·
     * 3 articles" for a stale feed, the reason for a failed fetch.
     */
    static String detail(Coverage c, InputReport r) {
        Coverage.Status status = c.status(r);
        if (status == Coverage.Status.FAILED) {
            return r.fetchFailure();
        }
        StringBuilder s = new StringBuilder();
        if (status == Coverage.Status.STALE) {
            s.append("newest item ").append(WHEN.format(r.newestItem())).append(", ").append(age(c.age(r))).append(" old · ");
        }
        s.append(r.articles().size()).append(r.articles().size() == 1 ? " article" : " articles");
        if (r.leftOut() > 0) {
            s.append(", ").append(r.leftOut()).append(" left out for their date");
        }
        if (status != Coverage.Status.STALE && r.kind() == InputReport.Kind.FEED) {
            s.append(r.newestItem() == null ? ", no item dated" : ", newest item " + WHEN.format(r.newestItem()));
        }
        return s.toString();
    }

    /** The skipped entries of an input other than its own fetch failure, which its state already says. */
    private static List<Skipped> skipped(InputReport r) {
        return r.skipped().stream().filter(s -> r.fetchFailure() == null || !s.reason().equals(r.fetchFailure())).toList();
    }

    static String age(Duration d) {
        long hours = d.toHours();
        if (hours < 48) {
            return hours + (hours == 1 ? " hour" : " hours");
        }
        long days = d.toDays();
        return days + " days";
    }

    /** "The Guardian 14 March 2025 06:10 UTC · Reuters (wire or copy) on 2025-03-14". */
    static String reporters(Event e, Coverage c) {
        List<String> parts = new ArrayList<>();
        for (CoverageSvg.Report r : CoverageSvg.reports(e, c)) {
            parts.add(r.outlet() + (r.wireOrCopy() ? " (wire or copy)" : "") + " " + r.when());
        }
        long undated = e.articles().stream().filter(a -> a.published() == null).count();
        if (undated > 0) {
            parts.add(undated + " undated");
        }
        return String.join(" · ", parts);
    }

    static void markdown(StringBuilder out, Coverage c, DailyBriefing d) {
        out.append("<a id=\"coverage\"></a>\n\n## Coverage\n\n").append(MarkdownRenderer.inline(summary(c))).append("\n\n### Inputs\n\n");
        for (InputReport r : c.inputs()) {
            Coverage.Status st = c.status(r);
            out.append("- ").append(inputName(r)).append(": ").append(r.kind().label()).append(" · ")
                    .append(st == Coverage.Status.OK ? "" : "**" + st.label() + "**: ").append(MarkdownRenderer.inline(detail(c, r))).append('\n');
            List<Skipped> skipped = skipped(r);
            for (Skipped s : skipped.subList(0, Math.min(MAX_SKIPPED, skipped.size()))) {
                out.append("  - skipped ").append(MarkdownRenderer.inline(s.toString())).append('\n');
            }
            if (skipped.size() > MAX_SKIPPED) {
                out.append("  - and ").append(skipped.size() - MAX_SKIPPED).append(" more skipped\n");
            }
            r.notes().forEach(n -> out.append("  - ").append(MarkdownRenderer.inline(n)).append('\n'));
        }
        out.append('\n');
        if (!c.excluded().isEmpty()) {
            out.append("### Left out by topic\n\n");
            for (Coverage.Excluded x : c.excluded()) {
                out.append("- ").append(MarkdownRenderer.text(x.event().label())).append(" — ").append(outlets(x.event())).append(" — ")
                        .append(MarkdownRenderer.inline(x.reason())).append('\n');
            }
            out.append('\n');
        }
        if (!d.briefed().isEmpty()) {
            out.append("### Who reported each event\n\n");
            for (DailyBriefing.Section s : d.briefed()) {
                out.append("- [").append(MarkdownRenderer.inline(headline(s))).append("](#").append(s.event().id()).append("): ")
                        .append(MarkdownRenderer.inline(reporters(s.event(), c))).append('\n');
            }
            out.append('\n');
        }
    }

    private static String inputName(InputReport r) {
        return r.input().matches("(?i)https?://\\S+") ? MarkdownRenderer.link(r.input()) : MarkdownRenderer.code(r.input());
    }

    static void html(StringBuilder out, Coverage c, DailyBriefing d) {
        out.append("<section id=\"coverage\">\n<h2>Coverage</h2>\n<p>").append(HtmlRenderer.esc(summary(c))).append("</p>\n");
        out.append("<h3>Inputs</h3>\n<ul class=\"inputs\">\n");
        for (InputReport r : c.inputs()) {
            Coverage.Status st = c.status(r);
            out.append("<li class=\"").append(st.label()).append("\"><code>").append(HtmlRenderer.esc(r.input())).append("</code>: ")
                    .append(r.kind().label()).append(" · ").append(st == Coverage.Status.OK ? "" : "<strong>" + st.label() + "</strong>: ")
                    .append(HtmlRenderer.esc(detail(c, r)));
            List<Skipped> skipped = skipped(r);
            if (!skipped.isEmpty() || !r.notes().isEmpty()) {
                out.append("\n<ul>\n");
                for (Skipped s : skipped.subList(0, Math.min(MAX_SKIPPED, skipped.size()))) {
                    out.append("<li>skipped ").append(HtmlRenderer.esc(s.toString())).append("</li>\n");
                }
                if (skipped.size() > MAX_SKIPPED) {
                    out.append("<li>and ").append(skipped.size() - MAX_SKIPPED).append(" more skipped</li>\n");
                }
                r.notes().forEach(n -> out.append("<li>").append(HtmlRenderer.esc(n)).append("</li>\n"));
                out.append("</ul>\n");
            }
            out.append("</li>\n");
        }
        out.append("</ul>\n");
        if (!c.excluded().isEmpty()) {
            out.append("<h3>Left out by topic</h3>\n<ul>\n");
            for (Coverage.Excluded x : c.excluded()) {
                out.append("<li>").append(HtmlRenderer.esc(oneLine(x.event().label()))).append(" — ").append(outlets(x.event())).append(" — ")
                        .append(HtmlRenderer.esc(x.reason())).append("</li>\n");
            }
            out.append("</ul>\n");
        }
        out.append("</section>\n");
    }

    /** An event's chart and its words, for the end of its section; nothing when no article is dated. */
    static void eventHtml(StringBuilder out, Coverage c, Event e, String headline) {
        String svg = CoverageSvg.render(e, c, oneLine(headline), e.id() + "-");
        if (svg == null) {
            return;
        }
        out.append("<figure class=\"coverage\" style=\"margin:1rem 0\">\n").append(svg).append("\n<figcaption class=\"meta\">Who reported it, and when: ")
                .append(HtmlRenderer.esc(reporters(e, c))).append(".</figcaption>\n</figure>\n");
    }

    static ObjectNode json(Coverage c, DailyBriefing d) {
        ObjectNode root = JSON.createObjectNode();
        root.put("generated", c.generated().toString());
        root.put("staleAfterHours", c.staleAfter().toHours());
        ArrayNode inputs = root.putArray("inputs");
        for (InputReport r : c.inputs()) {
            ObjectNode n = inputs.addObject();
            n.put("input", r.input());
            n.put("kind", r.kind().label());
            n.put("status", c.status(r).label());
            ArrayNode ids = n.putArray("articles");
            r.articles().forEach(ids::add);
            n.put("leftOut", r.leftOut());
            ArrayNode skipped = n.putArray("skipped");
            for (Skipped s : r.skipped()) {
                skipped.addObject().put("input", s.input()).put("reason", s.reason());
            }
            ArrayNode notes = n.putArray("notes");
            r.notes().forEach(notes::add);
            n.put("error", r.fetchFailure());
            n.put("newestItem", r.newestItem() == null ? null : r.newestItem().toString());
        }
        ArrayNode excluded = root.putArray("excluded");
        for (Coverage.Excluded x : c.excluded()) {
            ObjectNode n = excluded.addObject();
            n.put("id", x.event().id());
            n.put("label", x.event().label());
            n.put("outlets", x.event().independentSources());
            ArrayNode ids = n.putArray("articles");
            x.event().articles().forEach(a -> ids.add(a.id()));
            n.put("reason", x.reason());
        }
        ArrayNode events = root.putArray("events");
        for (DailyBriefing.Section s : d.briefed()) {
            ObjectNode n = events.addObject();
            n.put("id", s.event().id());
            ArrayNode reports = n.putArray("reports");
            for (Article a : s.event().articles()) {
                Instant at = c.timeOf(a);
                ObjectNode rn = reports.addObject();
                rn.put("article", a.id());
                rn.put("outlet", a.outlet());
                rn.put("agency", a.agency());
                rn.put("published", a.published() == null ? null : a.published().toString());
                rn.put("time", at == null ? null : at.toString());
                rn.put("duplicateOf", a.duplicateOf());
                rn.put("wireOrCopy", Coverage.wireOrCopy(a));
            }
        }
        return root;
    }

    /** The section's title: its briefing's headline, else its event's label. */
    private static String headline(DailyBriefing.Section s) {
        return oneLine(s.briefing() != null ? s.briefing().headline() : s.event().label());
    }

    private static String outlets(Event e) {
        long n = e.independentSources();
        return n + (n == 1 ? " outlet" : " outlets");
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").strip();
    }
}
