package dev.brief.render;

import dev.brief.domain.Briefing;

/** The output formats of a briefing. */
public enum Format {
    MARKDOWN,
    JSON,
    HTML;

    public String render(Briefing b) {
        return switch (this) {
            case MARKDOWN -> new MarkdownRenderer().render(b);
            case JSON -> new JsonRenderer().render(b);
            case HTML -> new HtmlRenderer().render(b);
        };
    }
}
