package dev.brief.read;

import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Page furniture inside an article: navigation, ads, share and related links, captions, comments,
 * lists of links. Whether an element is furniture is only asked about the parts of a chosen article,
 * and an element that holds most of that article's text is never furniture, whatever its name: pages
 * wrap whole stories in an {@code ad-portal}, a {@code read-more} or an ASP.NET {@code <form>}.
 */
final class Furniture {
    /** Class and id names of page furniture, matched per name so that "header" never matches "ad". */
    private static final Pattern NAME = Pattern.compile(
            "(?:(?:ad|ads|adslot|advert|advertisement|banner|sponsor|sponsored|promo|newsletter|subscribe|subscription|paywall-promo|"
            + "comments?|disqus|related|recommended|trending|outbrain|taboola|share|sharing|social|cookie|cookies|consent|"
            + "sidebar|breadcrumbs?|menu|top-menu|nav|navbar|navigation|masthead|skip-link|footer|site-footer|site-header|"
            + "most-read|most-popular|more-stories|read-more|tags|tag-list|author-bio|byline|caption|credit|credits|sharedaddy|likes)(?:[-_][\\w-]*)?"
            + "|[\\w-]+[-_](?:ads?|advert|comments?|related\\w*|sidebar|share|sharing|promo|newsletter|menu|nav|footer|likes))",
            Pattern.CASE_INSENSITIVE);
    /**
     * Readers' comments and photo galleries' captions are never the article, however much text they hold.
     * A name that only ends in "comment" ({@code content--comment}) is an opinion piece's, not readers'.
     */
    private static final Pattern NEVER_ARTICLE = Pattern.compile("(?i)(?:comments?|disqus|replies|respond|commentlist|gallery|slideshow"
            + "|carousel|legends|lightbox)(?:[-_][\\w-]*)?|[\\w-]+[-_](?:comments|gallery|slideshow|carousel)");
    private static final Set<String> TAGS = Set.of("nav", "aside", "footer", "form", "menu", "figcaption");
    private static final Set<String> ROLES = Set.of("navigation", "banner", "contentinfo", "complementary", "menu", "menubar",
            "search", "toolbar", "dialog", "alertdialog");
    private static final Set<String> LINK_LISTS = Set.of("ul", "ol", "dl", "div", "section", "table", "nav");
    private static final Set<String> LINK_BLOCKS = Set.of("p", "li", "dd");
    /** Posts quoted from social networks in the markup their embed codes use. */
    private static final Evaluator EMBEDDED_POST = QueryParser.parse("blockquote[class~=(?i)twitter-tweet|twitter-video|instagram-media"
            + "|tiktok-embed|bluesky-embed|mastodon-embed|threads-post|reddit-embed|fb-xfbml|fb-post]");
    private static final Evaluator PROSE_IN_FIGURE = QueryParser.parse("p, blockquote");

    private static final int MAX_ID_PARTS = 3;
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern ID_PARTS = Pattern.compile("[-_]");

    private Furniture() {}

    /** Whether an element is furniture by its tag, role, class or id, or by being mostly links. */
    static boolean is(Element e, TextStats stats) {
        String tag = e.normalName();
        boolean furniture = TAGS.contains(tag)
                || tag.equals("figure") && e.selectFirst(PROSE_IN_FIGURE) == null
                || ROLES.contains(e.attr("role").toLowerCase(java.util.Locale.ROOT))
                || byName(e)
                || LINK_LISTS.contains(tag) && stats.text(e) > 0 && stats.linkDensity(e) > 0.5
                || LINK_BLOCKS.contains(tag) && stats.text(e) > 0 && stats.linkDensity(e) > 0.8;
        return furniture && !holdsEmbeddedPost(e);
    }

    /** Whether an element is readers' comments or a gallery, which stay out of the article whatever their size. */
    static boolean neverArticle(Element e) {
        return matchesName(e, NEVER_ARTICLE);
    }

    static boolean holdsEmbeddedPost(Element e) {
        return e.is(EMBEDDED_POST) || e.selectFirst(EMBEDDED_POST) != null;
    }

    private static boolean byName(Element e) {
        return !e.attr("itemprop").equalsIgnoreCase("articleBody") && matchesName(e, NAME);
    }

    private static boolean matchesName(Element e, Pattern p) {
        String classes = e.className();
        if (!classes.isEmpty()) {
            for (String name : WHITESPACE.split(classes)) {
                if (!name.isEmpty() && p.matcher(name).matches()) {
                    return true;
                }
            }
        }
        // Ids made from a heading ("sharing-with-a-single-developer") name a section, not a component.
        String id = e.id();
        return !id.isEmpty() && ID_PARTS.split(id).length <= MAX_ID_PARTS && p.matcher(id).matches();
    }
}
