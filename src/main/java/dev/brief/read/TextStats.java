package dev.brief.read;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * How much text each element of a page holds, how much of it is link text, and how much is in
 * paragraphs of prose, counted once for the whole tree. Letters and digits are counted, so that
 * spacing and punctuation do not weigh.
 */
final class TextStats {
    /** A paragraph of prose: a sentence or two, with few links (as jusText and trafilatura tell text from boilerplate). */
    private static final int PARAGRAPH_LETTERS = 60;
    private static final double PARAGRAPH_LINK_DENSITY = 0.3;
    private static final Set<String> PARAGRAPHS = Set.of("p", "pre", "blockquote", "li", "dd", "td", "th");
    private static final int ALL = 0;
    private static final int LINKED = 1;
    private static final int OWN = 2;
    private static final int PROSE = 3;

    /** Per element: all text, text inside links, text directly inside it, text in paragraphs of prose. */
    private final Map<Element, int[]> counts = new IdentityHashMap<>();

    private TextStats() {}

    static TextStats of(Element root) {
        return of(root, e -> false);
    }

    /** @param notProse elements whose paragraphs are not counted as the page's prose (comments, galleries) */
    static TextStats of(Element root, Predicate<Element> notProse) {
        TextStats stats = new TextStats();
        NodeTraversor.traverse(new NodeVisitor() {
            int inLink;

            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t && node.parent() instanceof Element parent) {
                    int n = letters(t.getWholeText());
                    if (n > 0) {
                        int[] c = stats.counts.computeIfAbsent(parent, k -> new int[4]);
                        c[ALL] += n;
                        c[LINKED] += inLink > 0 ? n : 0;
                        c[OWN] += inLink > 0 ? 0 : n;
                    }
                } else if (node instanceof Element e && e.normalName().equals("a")) {
                    inLink++;
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e) {
                    if (e.normalName().equals("a")) {
                        inLink--;
                    }
                    int[] c = stats.counts.get(e);
                    if (c == null) {
                        return;
                    }
                    int prose = c[ALL] - c[LINKED];
                    if (PARAGRAPHS.contains(e.normalName())) {
                        c[PROSE] = isParagraph(prose, c) ? prose : c[PROSE];
                    } else if (c[OWN] >= PARAGRAPH_LETTERS) {
                        c[PROSE] += c[OWN];
                    }
                    if (e != root && e.parent() != null) {
                        int[] p = stats.counts.computeIfAbsent(e.parent(), k -> new int[4]);
                        p[ALL] += c[ALL];
                        p[LINKED] += c[LINKED];
                        p[PROSE] += notProse.test(e) ? 0 : c[PROSE];
                    }
                }
            }
        }, root);
        return stats;
    }

    private static boolean isParagraph(int prose, int[] c) {
        return prose >= PARAGRAPH_LETTERS && c[LINKED] < PARAGRAPH_LINK_DENSITY * c[ALL];
    }

    /** Letters and digits in the element, links included. */
    int text(Element e) {
        int[] c = counts.get(e);
        return c == null ? 0 : c[ALL];
    }

    /** Letters and digits in the paragraphs of prose inside the element: an estimate of the reading text it holds. */
    int prose(Element e) {
        int[] c = counts.get(e);
        return c == null ? 0 : c[PROSE];
    }

    /** The share of the element's text that is link text; 0 for an element without text. */
    double linkDensity(Element e) {
        int[] c = counts.get(e);
        return c == null || c[ALL] == 0 ? 0 : (double) c[LINKED] / c[ALL];
    }

    static int letters(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetterOrDigit(s.charAt(i))) {
                n++;
            }
        }
        return n;
    }
}
