package dev.brief.render;

import dev.brief.domain.Problem;
import dev.brief.domain.Briefing;
import dev.brief.domain.Briefing.Difference;
import dev.brief.domain.Briefing.Item;
import dev.brief.domain.Briefing.Position;
import dev.brief.domain.Source;
import dev.brief.domain.DailyBriefing.StoryMark;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One self-contained HTML page: inline CSS, no scripts, no external assets. Every piece of text is
 * escaped, since most of it comes from articles or from a model that read them. Citations link to
 * the source list (#source-N); unverified items are marked and say why.
 */
public final class HtmlRenderer {
    private static final String CSS = """
            body{font:16px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b}
            h1{font-size:1.6rem;line-height:1.25;margin-bottom:.25rem}
            h2{font-size:1.15rem;margin-top:1.75rem;border-bottom:1px solid #ddd}
            .meta,footer{color:#555;font-size:.9rem}
            a.cite{text-decoration:none;font-size:.8em;vertical-align:super}
            li{margin:.3rem 0}
            li.unverified{background:#fff4e5;border-left:4px solid #d9822b;padding:.2rem .5rem;list-style-position:inside}
            .flag{color:#a04e00;font-size:.85rem;display:block}
            blockquote{margin:.2rem 0 .2rem 1rem;color:#333;font-style:italic}
            ol.sources li:target{background:#eef5ff}
            footer{margin-top:2rem;border-top:1px solid #ddd;padding-top:.5rem}
            """;

    public String render(Briefing b) {
        StringBuilder out = new StringBuilder();
        out.append(pageStart(b.headline()));
        section(out, b, "", 1);
        out.append("</body>\n</html>\n");
        return out.toString();
    }

    /** The document head, with the inline CSS and a policy that forbids fetching anything. */
    static String pageStart(String title) {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n"
                + "<title>" + esc(title) + "</title>\n<style>\n" + CSS + "</style>\n</head>\n<body>\n";
    }

    /**
     * One briefing's headline, sections, sources and footer, with its title at heading level
     * {@code level}; anchorPrefix keeps source anchors apart when several briefings share a page.
     */
    static void section(StringBuilder out, Briefing b, String anchorPrefix, int level) {
        section(out, b, anchorPrefix, level, null);
    }

    /**
     * As above, with a continuing story's line and "New since" section; a briefing of only what is new
     * shows only that, any difference between today's sources, and the sources, as the Markdown does.
     */
    static void section(StringBuilder out, Briefing b, String anchorPrefix, int level, StoryMark mark) {
        Map<String, Source> byId = new LinkedHashMap<>();
        b.sources().forEach(s -> byId.put(s.id(), s));
        String h1 = "h" + level;
        String h2 = "h" + (level + 1);
        out.append("<" + h1 + ">").append(esc(b.headline())).append("</" + h1 + ">\n");
        out.append("<p class=\"meta\">").append(esc(RenderText.header(b))).append("</p>\n");
        String storyLine = StoryText.line(mark);
        boolean onlyNew = storyLine != null && !mark.inFull();
        if (storyLine != null) {
            out.append("<p class=\"story\">").append(esc(storyLine)).append("</p>\n");
            out.append("<" + h2 + ">").append(esc(StoryText.newSince(mark))).append("</" + h2 + ">\n");
            if (mark.newSince().isEmpty()) {
                out.append("<p>Nothing that the earlier briefings did not say.</p>\n");
            } else {
                items(out, mark.newSince(), byId, anchorPrefix);
            }
        }
        if (!onlyNew) {
            out.append("<" + h2 + ">Summary</" + h2 + ">\n");
            items(out, b.summary(), byId, anchorPrefix);
        }
        if (onlyNew) {
            // Today's sources can disagree about what is new; the page says so as the Markdown does.
            if (!b.differences().isEmpty()) {
                out.append("<" + h2 + ">Where the sources differ</" + h2 + ">\n");
                differences(out, b.differences(), byId, anchorPrefix);
            }
        } else if (b.sources().size() > 1) {
            out.append("<" + h2 + ">Where the sources agree</" + h2 + ">\n");
            if (b.agreements().isEmpty()) {
                out.append("<p>No point was found that two independent outlets both report.</p>\n");
            } else {
                items(out, b.agreements(), byId, anchorPrefix);
            }
            out.append("<" + h2 + ">Where the sources differ</" + h2 + ">\n");
            if (b.differences().isEmpty()) {
                out.append("<p>No difference between the sources was found.</p>\n");
            } else {
                differences(out, b.differences(), byId, anchorPrefix);
            }
        }
        if (!onlyNew && !b.singleSource().isEmpty()) {
            out.append("<" + h2 + ">").append(b.sources().size() > 1 ? "Reported by one source only" : "Details").append("</" + h2 + ">\n");
            items(out, b.singleSource(), byId, anchorPrefix);
        }

        out.append("<" + h2 + ">Sources</" + h2 + ">\n<ol class=\"sources\">\n");
        for (Source s : b.sources()) {
            sourceItem(out, s, anchorPrefix);
        }
        out.append("</ol>\n<footer>").append(esc(RenderText.footer(b))).append("</footer>\n");
    }

    /**
     * One entry of a source list, the target of its citations ({@code #PREFIXsource-N}): outlet, title,
     * date, and its address as a link when it is a web address (http or https), else its path as code.
     */
    static void sourceItem(StringBuilder out, Source s, String anchorPrefix) {
        out.append("<li id=\"").append(esc(anchorPrefix)).append("source-").append(s.number()).append("\">").append(esc(s.displayName()));
        if (s.title() != null) {
            out.append(" — <cite>").append(esc(s.title())).append("</cite>");
        }
        if (s.published() != null) {
            out.append(", ").append(s.published());
        }
        if (s.url() != null && (s.url().startsWith("https://") || s.url().startsWith("http://"))) {
            out.append(". <a href=\"").append(esc(s.url())).append("\" rel=\"noopener noreferrer\">").append(esc(s.url())).append("</a>");
        } else if (s.path() != null) {
            out.append(". <code>").append(esc(s.path())).append("</code>");
        }
        out.append("</li>\n");
    }

    /** Each difference's topic, then what each source says of it, with its quote. */
    private static void differences(StringBuilder out, List<Difference> differences, Map<String, Source> byId, String anchorPrefix) {
        out.append("<ul>\n");
        for (Difference d : differences) {
            out.append(d.verified() ? "<li>" : "<li class=\"unverified\">").append("<strong>").append(esc(d.topic())).append("</strong>");
            flag(out, d.verified(), d.problems());
            out.append("\n<ul>\n");
            for (Position p : d.positions()) {
                Source s = byId.get(p.source());
                out.append("<li>").append(esc(s == null ? "Unknown source" : s.displayName())).append(' ')
                        .append(cite(List.of(p.source()), byId, anchorPrefix)).append(": ").append(esc(p.text()));
                if (p.quote() != null) {
                    out.append("<blockquote>“").append(esc(p.quote())).append("”</blockquote>");
                }
                out.append("</li>\n");
            }
            out.append("</ul></li>\n");
        }
        out.append("</ul>\n");
    }

    private static void items(StringBuilder out, List<Item> items, Map<String, Source> byId, String anchorPrefix) {
        out.append("<ul>\n");
        for (Item i : items) {
            out.append(i.verified() ? "<li>" : "<li class=\"unverified\">").append(esc(i.text())).append(' ').append(cite(i.sources(), byId, anchorPrefix));
            flag(out, i.verified(), i.problems());
            out.append("</li>\n");
        }
        out.append("</ul>\n");
    }

    private static void flag(StringBuilder out, boolean verified, List<Problem> problems) {
        if (!verified) {
            out.append("<span class=\"flag\">⚠ unverified: ").append(esc(Problem.messages(problems))).append("</span>");
        }
    }

    /** Citations as links to the source list's entries; an id not in the list shows as "[?id]". */
    static String cite(List<String> ids, Map<String, Source> byId, String anchorPrefix) {
        if (ids.isEmpty()) {
            return "[no source]";
        }
        StringBuilder c = new StringBuilder();
        for (String id : ids) {
            Source s = byId.get(id);
            if (s == null) {
                c.append("[?").append(esc(id)).append(']');
            } else {
                c.append("<a class=\"cite\" href=\"#").append(esc(anchorPrefix)).append("source-").append(s.number()).append("\">[").append(s.number()).append("]</a>");
            }
        }
        return c.toString();
    }

    /** Escapes text for HTML element content and double-quoted attributes alike. */
    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
