package dev.brief.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.dankito.readability4j.Readability4J;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Finds a cleaned page's article and gives its text in paragraphs. First the element the page marks as
 * its article ({@code itemprop=articleBody}, else the one {@code <article>} that holds most of the
 * articles' text), with the article text next to it that the mark left out. When the page marks
 * nothing, or what it marks holds less than half of the page's text, readability4j scores the page's
 * elements (paragraph text, commas, link density, class names) and its result is taken instead when it
 * is much longer, or longer and holding the marked text; when both miss most of the page's prose, the
 * smallest element holding most of it is. Furniture is then taken out of the article chosen, never out
 * of the page before: an element holding a large part of the article's text is never furniture.
 */
final class MainText {
    /** Letters and digits of the shortest article: a few sentences (counted so, not in words, for Chinese and Japanese). */
    private static final int MIN_LETTERS = 200;
    private static final String ARTICLE_BODY = "[itemprop~=(?i)^articlebody$]";
    /** What a block beside the marked article must not hold: a headline or another article. */
    private static final Evaluator MARKED_BODY = QueryParser.parse(ARTICLE_BODY);
    private static final Evaluator ARTICLES = QueryParser.parse("article");
    private static final Evaluator OTHER_ARTICLE = QueryParser.parse("article, h1, " + ARTICLE_BODY);
    private static final Set<String> SIBLING_BLOCKS = Set.of("p", "div", "section", "blockquote", "pre", "ul", "ol", "table", "figure");
    private static final Set<String> HEADINGS = Set.of("h2", "h3", "h4", "h5", "h6");
    /** Levels above the marked element where article text that it leaves out is looked for. */
    private static final int ADJACENT_LEVELS = 2;
    /** Letters of a paragraph that is a reporter's, not a teaser's or a ticker's: two sentences or more. */
    private static final int LONG_PARAGRAPH = 150;

    private MainText() {}

    /** @param doc a page cleaned by {@link PageCleaner}; readability4j may change it */
    static List<String> of(Document doc, String pageUrl) {
        Element body = doc.body();
        if (body == null) {
            return List.of();
        }
        TextStats stats = TextStats.of(body, Furniture::neverArticle);
        Element marked = markedBody(doc, stats);
        List<String> first = null;
        if (marked != null) {
            first = withoutFurniture(withAdjacentText(marked, stats), stats);
            int letters = letters(first);
            if (letters * 2 >= stats.prose(body) && letters >= MIN_LETTERS) {
                return first;
            }
        }
        // Read before readability4j changes the page: the smallest element holding most of its prose.
        int pageProse = stats.prose(body);
        Element densest = densest(body, stats);
        List<String> third = densest == null ? List.of() : withoutFurniture(List.of(densest), stats);
        Element found = new Readability4J(pageUrl == null ? "" : pageUrl, doc).parse().getArticleContent();
        List<String> second = found == null ? List.of() : withoutFurniture(List.of(found), TextStats.of(found));
        List<String> chosen = first == null ? second : better(first, second, marked.is(MARKED_BODY));
        int letters = letters(chosen);
        // readability4j missed most of the page's prose (it can settle on a footer), or took one section of
        // an article whose sections sit in separate wrappers. What the page marks itself is trusted.
        if (chosen != first && letters * 4 < pageProse && letters(third) > 2 * letters
                || first == null && isFullerProse(third, chosen)) {
            return third;
        }
        return chosen;
    }

    /** The deepest element that holds three quarters of the page's prose, or null for a page without prose. */
    private static Element densest(Element body, TextStats stats) {
        int all = stats.prose(body);
        if (all == 0) {
            return null;
        }
        Element e = body;
        while (true) {
            Element next = null;
            for (Element child : e.children()) {
                if (stats.prose(child) * 4 >= all * 3) {
                    next = child;
                    break;
                }
            }
            if (next == null) {
                return e;
            }
            e = next;
        }
    }

    /** The text of an HTML fragment (a feed item's content), in paragraphs, without its furniture. */
    static List<String> ofFragment(Element root) {
        PageCleaner.clean(root);
        return withoutFurniture(List.of(root), TextStats.of(root));
    }

    /**
     * The marked text, or readability4j's when that is longer and holds most of the marked text (the mark
     * held only the first paragraphs), or, for an {@code <article>} rather than a marked body, when that
     * is much longer (the article was a teaser).
     */
    private static List<String> better(List<String> marked, List<String> scored, boolean markedBody) {
        int m = letters(marked);
        int s = letters(scored);
        if (m < MIN_LETTERS) {
            return s > m ? scored : marked;
        }
        if (s > 2 * m && !markedBody) {
            return scored;
        }
        return s * 10 > m * 13 && holds(scored, marked) ? scored : marked;
    }

    /**
     * Whether the larger text is the smaller one with more of the same: it holds the smaller one, is up to
     * twice as long, and what it adds is mostly long paragraphs (not tickers, teasers or player controls).
     */
    private static boolean isFullerProse(List<String> larger, List<String> smaller) {
        int l = letters(larger);
        int s = letters(smaller);
        if (l * 10 <= s * 13 || l > 2 * s || !holds(larger, smaller)) {
            return false;
        }
        String all = String.join("\n", smaller);
        int added = 0;
        int inLong = 0;
        for (String p : larger) {
            if (!all.contains(p)) {
                int n = TextStats.letters(p);
                added += n;
                inLong += n >= LONG_PARAGRAPH ? n : 0;
            }
        }
        return inLong * 3 >= added * 2;
    }

    /** Whether most paragraphs of the smaller text are in the larger one. */
    private static boolean holds(List<String> larger, List<String> smaller) {
        String all = String.join("\n", larger);
        long held = smaller.stream().filter(all::contains).count();
        return !smaller.isEmpty() && held * 10 >= smaller.size() * 7L;
    }

    /** The element the page marks as its article's body, or its main {@code <article>}; null when it marks neither. */
    private static Element markedBody(Document doc, TextStats stats) {
        Element best = null;
        for (Element e : doc.select(MARKED_BODY)) {
            if (best == null || stats.prose(e) > stats.prose(best)) {
                best = e;
            }
        }
        if (best != null && stats.prose(best) >= MIN_LETTERS) {
            return best;
        }
        best = null;
        int all = 0;
        for (Element a : doc.select(ARTICLES)) {
            if (a.parents().stream().anyMatch(p -> p.normalName().equals("article"))) {
                continue;
            }
            all += stats.prose(a);
            if (best == null || stats.prose(a) > stats.prose(best)) {
                best = a;
            }
        }
        // Several <article>s of similar size are teasers or a live blog's posts: the page's layout decides.
        return best != null && stats.prose(best) >= MIN_LETTERS && stats.prose(best) * 2 >= all ? best : null;
    }

    /**
     * The marked element with the article text beside it that the mark leaves out: paragraphs and
     * blocks of prose, not links or furniture, among its siblings and its parent's, inside its {@code <article>}.
     */
    private static List<Element> withAdjacentText(Element marked, TextStats stats) {
        List<Element> pieces = new ArrayList<>(List.of(marked));
        Element current = marked;
        for (int level = 0; level < ADJACENT_LEVELS && !current.normalName().equals("article"); level++) {
            Element parent = current.parent();
            if (parent == null || parent.normalName().equals("body") || parent.normalName().equals("html")) {
                break;
            }
            List<Element> before = new ArrayList<>();
            List<Element> after = new ArrayList<>();
            boolean seen = false;
            Element pendingHeading = null;
            for (Element sibling : parent.children()) {
                if (sibling == current) {
                    seen = true;
                    pendingHeading = null;
                    continue;
                }
                if (HEADINGS.contains(sibling.normalName()) && stats.linkDensity(sibling) < 0.5) {
                    pendingHeading = sibling;
                    continue;
                }
                if (isArticleText(sibling, stats)) {
                    List<Element> side = seen ? after : before;
                    if (pendingHeading != null) {
                        side.add(pendingHeading);
                    }
                    side.add(sibling);
                }
                pendingHeading = null;
            }
            pieces.addAll(0, before);
            pieces.addAll(after);
            current = parent;
        }
        return pieces;
    }

    /** Prose that a reader would take as part of the story: long paragraphs with few links, outside furniture. */
    private static boolean isArticleText(Element e, TextStats stats) {
        if (!SIBLING_BLOCKS.contains(e.normalName()) || stats.linkDensity(e) >= 0.25 || Furniture.is(e, stats) || Furniture.neverArticle(e)
                || e.selectFirst(OTHER_ARTICLE) != null) {
            return false;
        }
        if (e.normalName().equals("p") || e.normalName().equals("blockquote") || e.normalName().equals("pre")) {
            return stats.prose(e) >= 80;
        }
        return stats.prose(e) >= MIN_LETTERS;
    }

    /**
     * The text of the pieces without the furniture in them. What holds a third of their prose or more is
     * the article, whatever its name (a story continued in a {@code read-more} box, an opinion piece in
     * a {@code content--comment} one). Readers' comments and galleries are left out whatever their size.
     */
    private static List<String> withoutFurniture(List<Element> pieces, TextStats stats) {
        int total = pieces.stream().mapToInt(stats::prose).sum();
        Set<Element> roots = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        roots.addAll(pieces);
        return Paragraphs.of(pieces, e -> !roots.contains(e)
                && (Furniture.neverArticle(e) && !Furniture.holdsEmbeddedPost(e) || Furniture.is(e, stats) && stats.prose(e) * 3 < total));
    }


    private static int letters(List<String> paragraphs) {
        int n = 0;
        for (String p : paragraphs) {
            n += TextStats.letters(p);
        }
        return n;
    }
}
