package dev.brief.render;

import dev.brief.domain.Problem;
import dev.brief.domain.Briefing;
import dev.brief.domain.Briefing.Difference;
import dev.brief.domain.Briefing.Item;
import dev.brief.domain.Briefing.Position;
import dev.brief.domain.DailyBriefing.StoryMark;
import dev.brief.domain.Source;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The default output: deterministic Markdown, citations as [1] [2], then the numbered sources. */
public final class MarkdownRenderer {

    public String render(Briefing b) {
        return render(b, "#");
    }

    /** headingLevel is "#" for a document of its own, deeper when nested in a daily document. */
    public String render(Briefing b, String headingLevel) {
        return render(b, headingLevel, null);
    }

    /**
     * A briefing in a daily document; a story reported on an earlier day gets its line and its "New
     * since" section, and when the briefing holds only what is new, only that, the differences, and the sources.
     */
    String render(Briefing b, String headingLevel, StoryMark mark) {
        Map<String, Source> byId = new LinkedHashMap<>();
        b.sources().forEach(s -> byId.put(s.id(), s));
        String h2 = headingLevel + "#";
        StringBuilder out = new StringBuilder();
        out.append(headingLevel).append(' ').append(heading(b.headline())).append("\n\n");
        out.append('*').append(inline(RenderText.header(b))).append("*\n\n");
        String storyLine = StoryText.line(mark);
        boolean onlyNew = storyLine != null && !mark.inFull();
        if (storyLine != null) {
            out.append('*').append(inline(storyLine)).append("*\n\n");
            out.append(h2).append(' ').append(StoryText.newSince(mark)).append("\n\n");
            if (mark.newSince().isEmpty()) {
                out.append("Nothing that the earlier briefings did not say.\n\n");
            } else {
                items(out, mark.newSince(), byId);
            }
        }

        if (!onlyNew) {
            out.append(h2).append(" Summary\n\n");
            items(out, b.summary(), byId);
        }

        if (onlyNew) {
            if (!b.differences().isEmpty()) {
                out.append(h2).append(" Where the sources differ\n\n");
                differences(out, b, byId);
            }
        } else if (b.sources().size() > 1) {
            out.append(h2).append(" Where the sources agree\n\n");
            if (b.agreements().isEmpty()) {
                out.append("No point was found that two independent outlets both report.\n\n");
            } else {
                items(out, b.agreements(), byId);
            }
            out.append(h2).append(" Where the sources differ\n\n");
            if (b.differences().isEmpty()) {
                out.append("No difference between the sources was found.\n\n");
            } else {
                differences(out, b, byId);
            }
        }
        if (!onlyNew && !b.singleSource().isEmpty()) {
            out.append(h2).append(b.sources().size() > 1 ? " Reported by one source only\n\n" : " Details\n\n");
            items(out, b.singleSource(), byId);
        }

        out.append(h2).append(" Sources\n\n");
        for (Source s : b.sources()) {
            out.append(s.number()).append(". ").append(sourceLine(s)).append('\n');
        }
        out.append("\n---\n\n").append(RenderText.footer(b)).append('\n');
        return out.toString();
    }

    private static void differences(StringBuilder out, Briefing b, Map<String, Source> byId) {
        for (Difference d : b.differences()) {
            out.append("- **").append(inline(d.topic())).append("**").append(unverified(d.verified(), d.problems())).append('\n');
            for (Position p : d.positions()) {
                Source s = byId.get(p.source());
                out.append("  - ").append(s == null ? "Unknown source" : text(s.displayName())).append(' ')
                        .append(cite(List.of(p.source()), byId)).append(": ").append(inline(p.text()));
                if (p.quote() != null) {
                    out.append(" — “").append(inline(p.quote())).append('”');
                }
                out.append('\n');
            }
        }
        out.append('\n');
    }

    private static void items(StringBuilder out, List<Item> items, Map<String, Source> byId) {
        for (Item i : items) {
            out.append("- ").append(text(i.text())).append(' ').append(cite(i.sources(), byId))
                    .append(unverified(i.verified(), i.problems())).append('\n');
        }
        out.append('\n');
    }

    static String cite(List<String> ids, Map<String, Source> byId) {
        StringBuilder c = new StringBuilder();
        for (String id : ids) {
            if (c.length() > 0) {
                c.append(' ');
            }
            Source s = byId.get(id);
            c.append('[').append(s == null ? "?" + inline(id) : Integer.toString(s.number())).append(']');
        }
        return c.length() == 0 ? "[no source]" : c.toString();
    }

    private static String unverified(boolean verified, List<Problem> problems) {
        return verified ? "" : " ⚠ *unverified: " + inline(Problem.messages(problems)) + "*";
    }

    /** "Outlet — Title, 2025-07-11. <https://...>", the line a source list shows for one source. */
    static String sourceLine(Source s) {
        StringBuilder line = new StringBuilder(text(s.displayName()));
        if (s.title() != null) {
            line.append(" — ").append(inline(s.title()));
        }
        if (s.published() != null) {
            line.append(", ").append(s.published());
        }
        if (s.url() != null) {
            line.append(". ").append(link(s.url()));
        } else if (s.path() != null) {
            line.append(". ").append(code(s.path()));
        }
        return line.toString();
    }

    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});");
    private static final Pattern WEB_URL = Pattern.compile("(?i)https?://[^\\s<>\\p{Cntrl}]+");
    private static final Pattern BLOCK_START = Pattern.compile("^([#+-])|^([0-9]{1,9})[.)](?= |$)");

    /**
     * Article or model text, on one line, as Markdown that shows it literally: no emphasis, link,
     * HTML, code or entity comes from it. For text in the middle of a line.
     */
    static String inline(String s) {
        String t = oneLine(s);
        StringBuilder out = new StringBuilder(t.length() + 8);
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            switch (c) {
                case '\\', '`', '*', '_', '[', ']', '<', '>', '~' -> out.append('\\').append(c);
                case '&' -> out.append(ENTITY.matcher(t).region(i, t.length()).lookingAt() ? "\\&" : "&");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** As {@link #inline}, for text that starts a list item, where "# ", "- " or "1. " would open a block of its own. */
    static String text(String s) {
        String t = inline(s);
        Matcher m = BLOCK_START.matcher(t);
        if (!m.find()) {
            return t;
        }
        return m.group(1) != null ? "\\" + t : m.group(2) + "\\" + t.substring(m.group(2).length());
    }

    /** As {@link #inline}, for a heading, where a trailing " #" would be taken for closing marks. */
    static String heading(String s) {
        return inline(s).replace("#", "\\#");
    }

    /** An autolink for a web address; anything else (javascript:, data:, a file) as plain text. */
    static String link(String url) {
        String u = url.strip();
        return WEB_URL.matcher(u).matches() ? "<" + u + ">" : inline(u);
    }

    /** A file path as code, unless a backtick in it would end the code span. */
    static String code(String path) {
        String p = oneLine(path);
        return p.isEmpty() || p.contains("`") ? inline(p) : "`" + p + "`";
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").strip();
    }
}
