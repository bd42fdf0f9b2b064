package dev.brief.render;

import dev.brief.BriefException;
import dev.brief.ExitCode;
import dev.brief.domain.Briefing;

/** The output formats of a briefing. */
public enum Format {
    MARKDOWN,
    JSON,
    HTML,
    /** An Atom feed with one entry per briefed event: for {@code brief daily} only. */
    ATOM;

    public String render(Briefing b) {
        return switch (this) {
            case MARKDOWN -> new MarkdownRenderer().render(b);
            case JSON -> new JsonRenderer().render(b);
            case HTML -> new HtmlRenderer().render(b);
            case ATOM -> throw new BriefException(ExitCode.USAGE, "--format atom is for brief daily; choose markdown, json or html");
        };
    }
}
