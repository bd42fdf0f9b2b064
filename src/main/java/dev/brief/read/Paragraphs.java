package dev.brief.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * The text of HTML elements as a reader sees it, in paragraphs: every block element (and two
 * {@code <br>} in a row) ends one, text directly inside a {@code <div>} counts like text in a {@code <p>},
 * and paragraphs that are only navigation ("Click here for more.") are left out. The page's
 * {@code <h1>} is its title, not its text.
 */
final class Paragraphs {
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "header", "footer", "aside", "nav",
            "h1", "h2", "h3", "h4", "h5", "h6", "hgroup", "ul", "ol", "li", "dl", "dt", "dd", "blockquote", "pre", "table", "thead",
            "tbody", "tfoot", "tr", "td", "th", "caption", "figure", "figcaption", "form", "fieldset", "legend", "address", "hr",
            "center", "details", "summary", "menu", "body", "html", "noscript");

    private Paragraphs() {}

    /** @param skip elements whose text is left out, with everything inside them */
    static List<String> of(List<Element> roots, Predicate<Element> skip) {
        Collector c = new Collector(skip);
        for (Element root : roots) {
            NodeTraversor.filter(c, root);
            c.flush();
        }
        return c.out;
    }

    private static final class Collector implements NodeFilter {
        final List<String> out = new ArrayList<>();
        private final Predicate<Element> skip;
        private final StringBuilder current = new StringBuilder();
        private boolean space;
        private boolean lineBroken;

        Collector(Predicate<Element> skip) {
            this.skip = skip;
        }

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode t) {
                append(t.getWholeText());
            } else if (node instanceof Element e) {
                String tag = e.normalName();
                if (tag.equals("h1") || skip.test(e)) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (tag.equals("br")) {
                    // One <br> breaks a line, two end a paragraph.
                    if (lineBroken) {
                        flush();
                    } else {
                        lineBroken = true;
                        space = true;
                    }
                } else if (BLOCKS.contains(tag)) {
                    flush();
                }
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                flush();
            }
            return FilterResult.CONTINUE;
        }

        private void append(String text) {
            for (int i = 0; i < text.length(); i++) {
                char ch = text.charAt(i);
                if (Character.isWhitespace(ch) || Character.isSpaceChar(ch)) {
                    space = true;
                } else if (ch != '\u200b' && ch != '\u200c' && ch != '\ufeff') {
                    if (space && !current.isEmpty()) {
                        current.append(' ');
                    }
                    space = false;
                    lineBroken = false;
                    current.append(ch);
                }
            }
        }

        void flush() {
            String p = current.toString();
            current.setLength(0);
            space = false;
            lineBroken = false;
            if (TextStats.letters(p) > 0 && !Boilerplate.isParagraph(p)) {
                out.add(p);
            }
        }
    }
}
