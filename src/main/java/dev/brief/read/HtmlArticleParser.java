package dev.brief.read;

import dev.brief.text.Words;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.dankito.readability4j.Readability4J;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Turns a web page into an {@link TextArticleParser.Parsed}: the main text (from the element the page
 * marks as the article body, else found by readability4j), and the metadata the page declares:
 * JSON-LD {@code NewsArticle}, Open Graph and {@code article:} meta tags, {@code <time>}, the
 * canonical link. Navigation, ads, related links, comments and scripts are removed before anything
 * else looks at the page.
 */
final class HtmlArticleParser {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> ARTICLE_TYPES = Set.of("newsarticle", "article", "reportagenewsarticle",
            "analysisnewsarticle", "opinionnewsarticle", "backgroundnewsarticle", "blogposting", "report", "liveblogposting");
    private static final String JUNK_ELEMENTS = "script, style, noscript, template, iframe, svg, canvas, form, button, input, select, "
            + "nav, footer, aside, dialog, [role=navigation], [role=banner], [role=contentinfo], [role=complementary], "
            + "[role=dialog], [aria-hidden=true], [hidden]";
    /** Class and id names of page furniture, matched per name so that "header" never matches "ad". */
    private static final Pattern JUNK_NAME = Pattern.compile(
            "(?:(?:ad|ads|adslot|advert|advertisement|banner|sponsor|sponsored|promo|newsletter|subscribe|subscription|paywall-promo|"
            + "comments?|disqus|related|recommended|trending|outbrain|taboola|share|sharing|social|cookie|cookies|consent|"
            + "sidebar|breadcrumbs?|menu|top-menu|nav|navbar|navigation|masthead|skip-link|footer|site-footer|site-header|"
            + "most-read|most-popular|more-stories|read-more|tags|tag-list|author-bio|byline|caption|credit|credits)(?:[-_][\\w-]*)?"
            + "|[\\w-]+[-_](?:ads?|advert|comments?|related|sidebar|share|promo|newsletter|menu|nav|footer))",
            Pattern.CASE_INSENSITIVE);
    private static final String BLOCKS = "p, h2, h3, h4, h5, h6, li, blockquote, pre, td";
    private static final Pattern SITE_SUFFIX = Pattern.compile("\\s+[|–—-]\\s+[^|–—-]{2,60}$");
    private static final Pattern BY = Pattern.compile("^by:?\\s+", Pattern.CASE_INSENSITIVE);

    private HtmlArticleParser() {}

    /** @param pageUrl where the page came from (for relative links and the outlet), or null */
    static TextArticleParser.Parsed parse(String html, String pageUrl) {
        Document doc = Jsoup.parse(html, pageUrl == null ? "" : pageUrl);
        Meta meta = metadata(doc);
        String url = firstNonBlank(meta.canonical, meta.ogUrl, pageUrl);

        String title = firstNonBlank(meta.ogTitle, meta.ldHeadline, text(doc.selectFirst("article h1, h1")), siteless(doc.title()));
        String outlet = firstNonBlank(meta.siteName, meta.ldPublisher, meta.applicationName, url == null ? null : Outlets.fromUrl(url),
                titleSuffix(doc.title()));
        String author = firstNonBlank(meta.ldAuthor, meta.author, byline(doc));
        LocalDate published = firstDate(meta.ldPublished, meta.publishedTime, meta.dateMeta, meta.timeElement);

        // The metadata is read; from here on the page is cut down to its text.
        List<String> paragraphs = mainText(doc, pageUrl);
        if (!paragraphs.isEmpty() && title != null && paragraphs.get(0).equalsIgnoreCase(title)) {
            paragraphs.remove(0);
        }
        if (!paragraphs.isEmpty() && author != null && BY.matcher(paragraphs.get(0)).find()) {
            paragraphs.remove(0);
        }
        String agency = null;
        if (author != null && Outlets.agency(author.replaceFirst("(?i)^by\\s+", "")) != null) {
            agency = Outlets.agency(author.replaceFirst("(?i)^by\\s+", ""));
            author = null;
        } else if (!paragraphs.isEmpty()) {
            agency = TextArticleParser.agencyInDateline(paragraphs.get(0));
        }
        if (author != null) {
            author = BY.matcher(author).replaceFirst("").trim();
        }
        return new TextArticleParser.Parsed(outlet, agency, title, author, published, url, String.join("\n\n", paragraphs));
    }

    /** The text of an HTML fragment (a feed item's content, a JSON record's html field), in paragraphs. */
    static String fragmentText(String html) {
        Element body = Jsoup.parseBodyFragment(html).body();
        removeJunk(body);
        return String.join("\n\n", paragraphs(body));
    }

    private static List<String> mainText(Document clean, String pageUrl) {
        removeJunk(clean.body());
        Element marked = markedBody(clean);
        if (marked != null) {
            List<String> p = paragraphs(marked);
            if (Words.count(String.join(" ", p)) >= 40) {
                return p;
            }
        }
        Element found = new Readability4J(pageUrl == null ? "" : pageUrl, clean).parse().getArticleContent();
        if (found != null) {
            List<String> p = paragraphs(found);
            if (!p.isEmpty()) {
                return p;
            }
        }
        return marked != null ? paragraphs(marked) : paragraphs(clean.body());
    }

    /** The element a page itself marks as the article's body, when it marks exactly one. */
    private static Element markedBody(Document doc) {
        Elements body = doc.select("[itemprop=articleBody]");
        if (body.size() == 1) {
            return body.first();
        }
        Elements articles = doc.select("article");
        Elements outer = new Elements();
        for (Element a : articles) {
            if (a.parents().stream().noneMatch(p -> p.normalName().equals("article"))) {
                outer.add(a);
            }
        }
        return outer.size() == 1 ? outer.first() : null;
    }

    private static void removeJunk(Element root) {
        root.select(JUNK_ELEMENTS).remove();
        List<Element> furniture = new ArrayList<>();
        for (Element e : root.getAllElements()) {
            if (e != root && e.normalName() != null && isFurniture(e)) {
                furniture.add(e);
            }
        }
        furniture.forEach(Element::remove);
    }

    private static boolean isFurniture(Element e) {
        if (e.normalName().equals("figcaption") || e.normalName().equals("figure") && e.select("p").isEmpty()) {
            return true;
        }
        if (e.hasAttr("itemprop") && e.attr("itemprop").equalsIgnoreCase("articleBody")) {
            return false;
        }
        for (String name : e.classNames()) {
            if (JUNK_NAME.matcher(name).matches()) {
                return true;
            }
        }
        String id = e.id();
        return !id.isEmpty() && JUNK_NAME.matcher(id).matches();
    }

    /** Block-level text in document order; a block inside another counted block is not counted twice. */
    private static List<String> paragraphs(Element root) {
        List<String> out = new ArrayList<>();
        Set<Element> taken = new HashSet<>();
        for (Element e : root.select(BLOCKS)) {
            if (e.parents().stream().anyMatch(taken::contains)) {
                continue;
            }
            if (e.normalName().equals("li") && e.parents().stream().anyMatch(p -> p.normalName().equals("li"))) {
                continue;
            }
            taken.add(e);
            String t = e.text().strip();
            if (!t.isEmpty() && !Boilerplate.isParagraph(t)) {
                out.add(t);
            }
        }
        if (out.isEmpty()) {
            // Text in bare divs broken with <br>: fall back to its lines.
            for (String line : root.wholeText().split("\\n\\s*\\n|\\R")) {
                String t = line.strip().replaceAll("\\s+", " ");
                if (!t.isEmpty()) {
                    out.add(t);
                }
            }
        }
        return out;
    }

    private static String byline(Document doc) {
        Element e = doc.selectFirst("[rel=author], [itemprop=author] [itemprop=name], [itemprop=author], .byline, .author, [class*=byline]");
        String t = text(e);
        return t == null || t.length() > 80 ? null : t;
    }

    /** "Headline - Northern Ledger" → "Northern Ledger": the last resort for a page that names its site nowhere else. */
    private static String titleSuffix(String title) {
        if (title == null) {
            return null;
        }
        Matcher m = SITE_SUFFIX.matcher(title.strip());
        return m.find() ? m.group().replaceFirst("^\\s+[|–—-]\\s+", "").strip() : null;
    }

    private static String siteless(String title) {
        if (title == null || title.isBlank()) {
            return null;
        }
        return SITE_SUFFIX.matcher(title.strip()).replaceFirst("");
    }

    private static final class Meta {
        String canonical, ogUrl, ogTitle, siteName, applicationName, author, publishedTime, dateMeta, timeElement;
        String ldHeadline, ldPublisher, ldAuthor, ldPublished;
    }

    private static Meta metadata(Document doc) {
        Meta m = new Meta();
        Map<String, String> metas = new HashMap<>();
        for (Element e : doc.select("meta[content]")) {
            String key = e.hasAttr("property") ? e.attr("property") : e.hasAttr("name") ? e.attr("name") : e.attr("itemprop");
            if (!key.isEmpty() && !e.attr("content").isBlank()) {
                metas.putIfAbsent(key.toLowerCase(Locale.ROOT), e.attr("content").strip());
            }
        }
        Element canonical = doc.selectFirst("link[rel=canonical][href]");
        m.canonical = canonical == null ? null : blankToNull(canonical.absUrl("href").isEmpty() ? canonical.attr("href") : canonical.absUrl("href"));
        m.ogUrl = meta(metas, "og:url");
        m.ogTitle = meta(metas, "og:title");
        m.siteName = meta(metas, "og:site_name");
        m.applicationName = meta(metas, "application-name");
        m.author = meta(metas, "author", "article:author", "byl", "dc.creator", "sailthru.author", "parsely-author");
        if (m.author != null && m.author.startsWith("http")) {
            m.author = null;
        }
        m.publishedTime = meta(metas, "article:published_time", "og:article:published_time", "datePublished", "publish-date",
                "parsely-pub-date", "sailthru.date");
        m.dateMeta = meta(metas, "date", "pubdate", "dc.date", "dc.date.issued", "dcterms.date", "article.published");
        Element time = doc.selectFirst("time[itemprop=datePublished][datetime], time[pubdate][datetime], article time[datetime], time[datetime]");
        m.timeElement = time == null ? null : time.attr("datetime");
        for (Element script : doc.select("script[type=application/ld+json]")) {
            try {
                JsonNode article = findArticle(JSON.readTree(script.data()));
                if (article != null) {
                    m.ldHeadline = textOf(article.get("headline"));
                    m.ldPublished = textOf(article.get("datePublished"));
                    m.ldAuthor = names(article.get("author"));
                    m.ldPublisher = names(article.get("publisher"));
                    break;
                }
            } catch (IOException e) {
                // Broken JSON-LD is common; the other metadata still counts.
            }
        }
        return m;
    }

    private static JsonNode findArticle(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isArray()) {
            for (JsonNode n : node) {
                JsonNode found = findArticle(n);
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
        if (!node.isObject()) {
            return null;
        }
        JsonNode type = node.get("@type");
        List<String> types = new ArrayList<>();
        if (type != null && type.isArray()) {
            type.forEach(t -> types.add(t.asText()));
        } else if (type != null) {
            types.add(type.asText());
        }
        for (String t : types) {
            if (ARTICLE_TYPES.contains(t.toLowerCase(Locale.ROOT))) {
                return node;
            }
        }
        return findArticle(node.get("@graph"));
    }

    /** "author": "A", {"name": "A"} or [{"name": "A"}, {"name": "B"}] → "A, B". */
    private static String names(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isTextual()) {
            return blankToNull(node.asText());
        }
        if (node.isObject()) {
            return textOf(node.get("name"));
        }
        if (node.isArray()) {
            List<String> all = new ArrayList<>();
            node.forEach(n -> {
                String s = names(n);
                if (s != null) {
                    all.add(s);
                }
            });
            return all.isEmpty() ? null : String.join(", ", all);
        }
        return null;
    }

    private static String textOf(JsonNode n) {
        return n == null || n.isNull() || n.isContainerNode() ? null : blankToNull(n.asText());
    }

    private static String meta(Map<String, String> metas, String... names) {
        for (String name : names) {
            String v = metas.get(name.toLowerCase(Locale.ROOT));
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    private static LocalDate firstDate(String... values) {
        for (String v : values) {
            LocalDate d = Dates.parse(v);
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    private static String text(Element e) {
        return e == null ? null : blankToNull(e.text());
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
