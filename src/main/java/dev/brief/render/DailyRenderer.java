package dev.brief.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.brief.domain.DailyBriefing;
import dev.brief.domain.DailyBriefing.Section;
import dev.brief.domain.DailyBriefing.StoryMark;
import dev.brief.domain.Source;
import dev.brief.domain.Event;
import dev.brief.domain.Article;
import dev.brief.text.Counted;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.Locale;
import java.util.Objects;

/** The daily document: contents, one section per briefed event, "Also reported", and the counts. */
public final class DailyRenderer {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    /** What the run saw and did not see, or null for a document without a coverage report. */
    private final Coverage coverage;
    /** Whether the page is a day of a site folder, with links to the index and the feed. */
    private final boolean inSite;

    public DailyRenderer() {
        this(null, false);
    }

    private DailyRenderer(Coverage coverage, boolean inSite) {
        this.coverage = coverage;
        this.inSite = inSite;
    }

    /** The same documents with a coverage report: a line in the contents, a section at the end, a chart per event (HTML). */
    public DailyRenderer withCoverage(Coverage c) {
        return new DailyRenderer(c, inSite);
    }

    /** The same HTML page with links to the site's index and feed. */
    public DailyRenderer inSite() {
        return new DailyRenderer(coverage, true);
    }

    public String render(DailyBriefing d, Format format) {
        return switch (format) {
            case MARKDOWN -> markdown(d);
            case JSON -> json(d);
            case HTML -> html(d);
            case ATOM -> AtomFeed.ofDay(json(d), coverage != null ? coverage.generated() : java.time.Instant.now());
        };
    }

    String markdown(DailyBriefing d) {
        StringBuilder out = new StringBuilder();
        LocalDate day = latest(d);
        out.append("# Daily briefing").append(day == null ? "" : " — " + DAY.format(day)).append("\n\n");
        out.append("## Contents\n\n");
        int n = 1;
        for (Section s : d.briefed()) {
            out.append(n++).append(". [").append(MarkdownRenderer.inline(title(s))).append("](#").append(s.event().id()).append(") — ")
                    .append(outlets(s.event())).append(s.failed() ? " — **not briefed**" : "").append(mark(s)).append('\n');
        }
        if (!d.alsoReported().isEmpty()) {
            out.append(n).append(". [Also reported](#also-reported) — ").append(d.alsoReported().size())
                    .append(d.alsoReported().size() == 1 ? " story" : " stories").append(" from a single source\n");
        }
        if (coverage != null) {
            out.append(n + (d.alsoReported().isEmpty() ? 0 : 1)).append(". [Coverage](#coverage) — ").append(MarkdownRenderer.inline(CoverageRenderer.summary(coverage))).append('\n');
        }
        out.append('\n');
        MarkdownRenderer single = new MarkdownRenderer();
        for (Section s : d.briefed()) {
            out.append("<a id=\"").append(s.event().id()).append("\"></a>\n\n");
            if (s.collapsed()) {
                out.append(MarkdownRenderer.text(StoryText.collapsed(s))).append("\n\n");
                continue;
            }
            if (!s.failed()) {
                out.append(single.render(s.briefing(), "##", s.story())).append('\n');
                continue;
            }
            out.append("## ").append(MarkdownRenderer.heading(s.event().label())).append("\n\n");
            out.append("**Not briefed:** ").append(MarkdownRenderer.inline(s.failure()))
                    .append(". Rerun `brief daily` to try again; the events already briefed come from the cache.\n\n");
            out.append("### Sources\n\n");
            int k = 1;
            for (Article a : s.event().articles()) {
                out.append(k++).append(". ").append(sourceLine(a)).append('\n');
            }
            out.append('\n');
        }
        if (!d.alsoReported().isEmpty()) {
            out.append("<a id=\"also-reported\"></a>\n\n## Also reported\n\n");
            for (Event e : d.alsoReported()) {
                Article a = e.articles().get(0);
                out.append("- ").append(sourceLine(a));
                if (e.articles().size() > 1) {
                    out.append(" (and ").append(e.articles().size() - 1).append(e.articles().size() == 2 ? " copy" : " copies").append(')');
                }
                out.append('\n');
            }
            out.append('\n');
        }
        if (coverage != null) {
            CoverageRenderer.markdown(out, coverage, d);
        }
        out.append("---\n\n").append(footer(d)).append('\n');
        return out.toString();
    }

    /** One self-contained page, as {@link HtmlRenderer} writes one briefing; every article or model text is escaped. */
    String html(DailyBriefing d) {
        LocalDate day = latest(d);
        String title = "Daily briefing" + (day == null ? "" : " — " + DAY.format(day));
        StringBuilder out = new StringBuilder(HtmlRenderer.pageStart(title));
        out.append(inSite ? SiteIndex.NAV : "").append("<h1>").append(HtmlRenderer.esc(title)).append("</h1>\n<nav>\n<h2>Contents</h2>\n<ol>\n");
        for (Section s : d.briefed()) {
            out.append("<li><a href=\"#").append(s.event().id()).append("\">").append(HtmlRenderer.esc(title(s))).append("</a> — ")
                    .append(outlets(s.event())).append(s.failed() ? " — <strong>not briefed</strong>" : "").append(HtmlRenderer.esc(mark(s)))
                    .append("</li>\n");
        }
        if (!d.alsoReported().isEmpty()) {
            out.append("<li><a href=\"#also-reported\">Also reported</a> — ").append(d.alsoReported().size())
                    .append(d.alsoReported().size() == 1 ? " story" : " stories").append(" from a single source</li>\n");
        }
        if (coverage != null) {
            out.append("<li><a href=\"#coverage\">Coverage</a> — ").append(HtmlRenderer.esc(CoverageRenderer.summary(coverage))).append("</li>\n");
        }
        out.append("</ol>\n</nav>\n");
        for (Section s : d.briefed()) {
            out.append("<section id=\"").append(s.event().id()).append("\">\n");
            if (s.collapsed()) {
                out.append("<p>").append(HtmlRenderer.esc(StoryText.collapsed(s))).append("</p>\n");
            } else if (s.failed()) {
                out.append("<h2>").append(HtmlRenderer.esc(oneLine(s.event().label()))).append("</h2>\n<p><strong>Not briefed:</strong> ")
                        .append(HtmlRenderer.esc(oneLine(s.failure())))
                        .append(". Rerun <code>brief daily</code> to try again; the events already briefed come from the cache.</p>\n<h3>Sources</h3>\n<ol>\n");
                s.event().articles().forEach(a -> out.append("<li>").append(htmlSourceLine(a)).append("</li>\n"));
                out.append("</ol>\n");
            } else {
                HtmlRenderer.section(out, s.briefing(), s.event().id() + "-", 2, s.story());
            }
            if (coverage != null) {
                CoverageRenderer.eventHtml(out, coverage, s.event(), title(s));
            }
            out.append("</section>\n");
        }
        if (!d.alsoReported().isEmpty()) {
            out.append("<section id=\"also-reported\">\n<h2>Also reported</h2>\n<ul>\n");
            for (Event e : d.alsoReported()) {
                out.append("<li>").append(htmlSourceLine(e.articles().get(0))).append("</li>\n");
            }
            out.append("</ul>\n</section>\n");
        }
        if (coverage != null) {
            CoverageRenderer.html(out, coverage, d);
        }
        out.append("<footer>").append(HtmlRenderer.esc(footer(d))).append("</footer>\n</body>\n</html>\n");
        return out.toString();
    }

    private static String htmlSourceLine(Article a) {
        StringBuilder s = new StringBuilder(HtmlRenderer.esc(Source.of(a, 0).displayName()));
        if (a.title() != null) {
            s.append(" — <cite>").append(HtmlRenderer.esc(oneLine(a.title()))).append("</cite>");
        }
        if (a.published() != null) {
            s.append(", ").append(a.published());
        }
        if (a.url() != null && (a.url().startsWith("https://") || a.url().startsWith("http://"))) {
            s.append(". <a href=\"").append(HtmlRenderer.esc(a.url())).append("\" rel=\"noopener noreferrer\">")
                    .append(HtmlRenderer.esc(a.url())).append("</a>");
        } else if (a.path() != null) {
            s.append(". <code>").append(HtmlRenderer.esc(a.path())).append("</code>");
        }
        return s.toString();
    }

    String json(DailyBriefing d) {
        JsonRenderer single = new JsonRenderer();
        ObjectNode root = JSON.createObjectNode();
        LocalDate day = latest(d);
        root.put("date", day == null ? null : day.toString());
        ArrayNode events = root.putArray("events");
        for (Section s : d.briefed()) {
            ObjectNode e = events.addObject();
            e.put("id", s.event().id());
            e.put("label", s.event().label());
            e.put("outlets", s.event().independentSources());
            e.put("status", s.failed() ? "failed" : s.collapsed() ? "unchanged" : "briefed");
            if (s.story() != null) {
                e.set("story", story(s.story()));
            }
            ArrayNode ids = e.putArray("articles");
            s.event().articles().forEach(a -> ids.add(a.id()));
            ArrayNode servers = e.putArray("servers");
            s.servers().forEach(servers::add);
            if (s.failed()) {
                e.put("error", s.failure());
                e.putNull("briefing");
            } else if (s.collapsed()) {
                e.putNull("briefing");
                e.putNull("error");
            } else {
                e.set("briefing", briefingTree(s));
                e.putNull("error");
            }
        }
        ArrayNode also = root.putArray("alsoReported");
        for (Event e : d.alsoReported()) {
            Article a = e.articles().get(0);
            ObjectNode n = also.addObject();
            n.put("id", e.id());
            n.put("article", a.id());
            n.put("title", a.title());
            // null when unknown, the agency apart: as brief event's sources give them
            n.put("outlet", a.outlet());
            n.put("agency", a.agency());
            n.put("published", a.published() == null ? null : a.published().toString());
            n.put("url", a.url());
            n.put("path", a.path());
        }
        if (coverage != null) {
            root.set("coverage", CoverageRenderer.json(coverage, d));
        }
        ObjectNode counts = root.putObject("counts");
        counts.put("articles", d.articles());
        counts.put("events", d.events());
        counts.put("briefed", d.briefed().size() - d.failedEvents() - d.collapsedEvents());
        counts.put("failedEvents", d.failedEvents());
        counts.put("unchanged", d.collapsedEvents());
        counts.put("alsoReported", d.alsoReported().size());
        counts.put("calls", d.calls().calls());
        counts.put("cachedCalls", d.calls().cached());
        counts.put("failedCalls", d.calls().failed());
        counts.put("servers", d.servers().count());
        counts.put("serversTakenOut", d.servers().takenOut().size());
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * One event's briefing as the JSON contract has it, with its story ({@code story}: id, firstSeen,
     * day, previousDate) and what is new since the story's previous day ({@code newSince}: date, items),
     * both null without a history: what a pipeline reads, and what the history keeps.
     */
    public String briefingJson(Section s) {
        return briefingTree(s).toString();
    }

    private static ObjectNode briefingTree(Section s) {
        ObjectNode b = new JsonRenderer().tree(s.briefing());
        StoryMark mark = s.story();
        if (mark == null) {
            return b;
        }
        ObjectNode story = b.putObject("story");
        story.put("id", mark.story().id());
        story.put("firstSeen", mark.story().firstSeen().toString());
        story.put("day", mark.story().day());
        story.put("previousDate", mark.story().previousDate() == null ? null : mark.story().previousDate().toString());
        if (mark.story().continues()) {
            ObjectNode n = b.putObject("newSince");
            n.put("date", mark.story().previousDate().toString());
            n.set("items", JsonRenderer.items(mark.newSince()));
        } else {
            b.putNull("newSince");
        }
        return b;
    }

    /** An event's place among the stories: the briefing's story, and whether it is new, developing or unchanged. */
    private static ObjectNode story(StoryMark mark) {
        ObjectNode n = JSON.createObjectNode();
        n.put("id", mark.story().id());
        n.put("status", mark.status().name().toLowerCase(Locale.ROOT));
        n.put("firstSeen", mark.story().firstSeen().toString());
        n.put("day", mark.story().day());
        n.put("previousDate", mark.story().previousDate() == null ? null : mark.story().previousDate().toString());
        return n;
    }

    /** " — New", " — Developing", " — Unchanged" after an event in the contents; nothing without a history. */
    private static String mark(Section s) {
        String status = StoryText.status(s.story());
        return status == null ? "" : " — " + status;
    }

    static String footer(DailyBriefing d) {
        String unchanged = d.collapsedEvents() > 0 ? d.collapsedEvents() + " unchanged, " : "";
        return Counted.of(d.articles(), "article") + " · " + Counted.of(d.events(), "event") + " (" + (d.briefed().size() - d.failedEvents() - d.collapsedEvents()) + " briefed, "
                + unchanged + d.failedEvents() + " failed, " + d.alsoReported().size() + " also reported) · model calls: " + d.calls().calls()
                + " · cached calls: " + d.calls().cached() + " · failed calls: " + d.calls().failed()
                + (d.servers().count() > 1 ? " · servers: " + d.servers().count() + " (" + d.servers().takenOut().size() + " taken out)" : "");
    }

    private static String title(Section s) {
        if (s.collapsed()) {
            return oneLine(s.story().story().headline() != null ? s.story().story().headline() : s.event().label());
        }
        return oneLine(s.failed() ? s.event().label() : s.briefing().headline());
    }

    private static String outlets(Event e) {
        long n = e.independentSources();
        return n + (n == 1 ? " outlet" : " outlets");
    }

    private static String sourceLine(Article a) {
        return MarkdownRenderer.sourceLine(Source.of(a, 0));
    }

    private static LocalDate latest(DailyBriefing d) {
        return DailyBriefing.dayOf(java.util.stream.Stream.concat(d.briefed().stream().map(Section::event), d.alsoReported().stream())
                .flatMap(e -> e.articles().stream()).toList());
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").strip();
    }
}
