package dev.brief.render;

import dev.brief.brief.Briefing;
import dev.brief.brief.Briefing.Difference;
import dev.brief.brief.Briefing.Item;
import dev.brief.brief.Briefing.Position;
import dev.brief.brief.Source;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The default output: deterministic Markdown, citations as [1] [2], then the numbered sources. */
public final class MarkdownRenderer {

    public String render(Briefing b) {
        return render(b, "#");
    }

    /** headingLevel is "#" for a document of its own, deeper when nested in a daily document. */
    public String render(Briefing b, String headingLevel) {
        Map<String, Source> byId = new LinkedHashMap<>();
        b.sources().forEach(s -> byId.put(s.id(), s));
        String h2 = headingLevel + "#";
        StringBuilder out = new StringBuilder();
        out.append(headingLevel).append(' ').append(oneLine(b.headline())).append("\n\n");
        out.append('*').append(RenderText.header(b)).append("*\n\n");

        out.append(h2).append(" Summary\n\n");
        items(out, b.summary(), byId);

        if (b.sources().size() > 1) {
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
                for (Difference d : b.differences()) {
                    out.append("- **").append(oneLine(d.topic())).append("**").append(unverified(d.verified(), d.problems())).append('\n');
                    for (Position p : d.positions()) {
                        Source s = byId.get(p.source());
                        out.append("  - ").append(s == null ? "Unknown source" : s.displayName()).append(' ')
                                .append(cite(List.of(p.source()), byId)).append(": ").append(oneLine(p.text()));
                        if (p.quote() != null) {
                            out.append(" — “").append(oneLine(p.quote())).append('”');
                        }
                        out.append('\n');
                    }
                }
                out.append('\n');
            }
        }
        if (!b.singleSource().isEmpty()) {
            out.append(h2).append(b.sources().size() > 1 ? " Reported by one source only\n\n" : " Details\n\n");
            items(out, b.singleSource(), byId);
        }

        out.append(h2).append(" Sources\n\n");
        for (Source s : b.sources()) {
            out.append(s.number()).append(". ").append(s.displayName());
            if (s.title() != null) {
                out.append(" — ").append(oneLine(s.title()));
            }
            if (s.published() != null) {
                out.append(", ").append(s.published());
            }
            String where = s.url() != null ? "<" + s.url() + ">" : s.path() != null ? "`" + s.path() + "`" : null;
            if (where != null) {
                out.append(". ").append(where);
            }
            out.append('\n');
        }
        out.append("\n---\n\n").append(RenderText.footer(b)).append('\n');
        return out.toString();
    }

    private static void items(StringBuilder out, List<Item> items, Map<String, Source> byId) {
        for (Item i : items) {
            out.append("- ").append(oneLine(i.text())).append(' ').append(cite(i.sources(), byId))
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
            c.append('[').append(s == null ? "?" + id : Integer.toString(s.number())).append(']');
        }
        return c.length() == 0 ? "[no source]" : c.toString();
    }

    private static String unverified(boolean verified, List<String> problems) {
        return verified ? "" : " ⚠ *unverified: " + String.join("; ", problems) + "*";
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }
}
