package dev.brief.read;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * What a web page says about itself: title, outlet, author, date and address. The page's own
 * declarations win (JSON-LD, then Dublin Core, Open Graph and other meta tags), then the markup
 * (the {@code <title>} without its site name, a byline element, {@code <time>}), then the address.
 *
 * @param author the people the page names as author, without "By", dates or handles; or null
 */
record PageMetadata(String title, String outlet, String author, LocalDate published, Instant publishedAt, String url) {
    /** " | Site", " - Site": where a {@code <title>} names its site. The first four are hierarchical. */
    private static final Pattern SEPARATOR = Pattern.compile("\\s[|\\-–—\\\\/>»]\\s");
    private static final Pattern HIERARCHY = Pattern.compile("\\s[\\\\/>»]\\s");
    private static final Pattern SITE_SUFFIX = Pattern.compile("\\s+[|–—-]\\s+[^|–—-]{2,60}$");
    private static final String BYLINE_ELEMENTS = "[rel=author], [itemprop~=(?i)author], [class~=(?i)byline|author|dateline|writtenby|p-author],"
            + " [id~=(?i)byline|author|dateline|writtenby]";
    private static final int MAX_BYLINE_CHARS = 100;
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Evaluator BYLINE = QueryParser.parse(BYLINE_ELEMENTS);
    private static final Evaluator CANONICAL = QueryParser.parse("link[rel=canonical][href]");
    private static final Evaluator META = QueryParser.parse("meta[content]");
    private static final Evaluator TIME = QueryParser.parse(
            "time[itemprop=datePublished][datetime], time[pubdate][datetime], article time[datetime], time[datetime]");

    /**
     * @param doc     the page with its scripts removed but its head and hidden-free body kept
     * @param ld      the page's JSON-LD article, read before the scripts went
     * @param pageUrl where the page came from, or null
     */
    static PageMetadata of(Document doc, JsonLd ld, String pageUrl) {
        Map<String, String> meta = metaTags(doc);
        Element canonical = doc.selectFirst(CANONICAL);
        String canonicalUrl = canonical == null ? null : blankToNull(canonical.absUrl("href").isEmpty() ? canonical.attr("href") : canonical.absUrl("href"));
        String url = firstNonBlank(canonicalUrl, get(meta, "og:url"), pageUrl);

        String outlet = firstNonBlank(withoutTagline(get(meta, "og:site_name"), ld.publisher()), ld.publisher(), get(meta, "application-name"),
                url == null ? null : Outlets.fromUrl(url), titleSuffix(doc.title()));
        String declared = firstNonBlank(ld.title(doc.title()), get(meta, "dc:title", "dcterm:title", "dcterms:title", "og:title",
                "twitter:title", "parsely-title", "title"));
        String title = withoutSite(firstNonBlank(declared, fromTitleElement(doc)), outlet);

        String author = Byline.names(firstNonBlank(ld.authors(), notUrl(get(meta, "dc:creator", "dcterm:creator", "author", "parsely-author",
                "sailthru.author", "byl")), notUrl(get(meta, "article:author"))));
        if (author == null) {
            author = Byline.names(bylineInPage(doc));
        }
        String dated = firstDated(ld.datePublished(), get(meta, "article:published_time", "og:article:published_time", "datepublished",
                "parsely-pub-date", "publish-date", "sailthru.date"), get(meta, "date", "pubdate", "dc.date", "dc:date", "dc.date.issued",
                "dcterms.date", "article.published"), timeElement(doc));
        return new PageMetadata(title, outlet, author, Dates.parse(dated), Dates.instant(dated), url);
    }

    /** Meta tags by lower-cased name, property or itemprop; a property may list several names ("dc:title og:title"). */
    private static Map<String, String> metaTags(Document doc) {
        Map<String, String> metas = new HashMap<>();
        for (Element e : doc.select(META)) {
            String content = e.attr("content").strip();
            if (content.isEmpty()) {
                continue;
            }
            String keys = e.hasAttr("property") ? e.attr("property") : e.hasAttr("name") ? e.attr("name") : e.attr("itemprop");
            for (String key : WHITESPACE.split(keys.strip())) {
                if (!key.isEmpty()) {
                    metas.putIfAbsent(key.toLowerCase(Locale.ROOT), content.indexOf('&') < 0 ? content : Parser.unescapeEntities(content, true));
                }
            }
        }
        return metas;
    }

    /** The first element that marks itself as the byline, outside comments; its {@code itemprop=name} part if it has one. */
    private static String bylineInPage(Document doc) {
        for (Element e : doc.select(BYLINE)) {
            if (e.normalName().equals("meta") || e.normalName().equals("link") || e.parents().stream().anyMatch(PageMetadata::isCommentArea)) {
                continue;
            }
            Element name = e.selectFirst("[itemprop~=(?i)name]");
            String text = name != null && !name.text().isBlank() ? name.text().strip() : e.text().strip();
            if (!text.isEmpty() && text.length() < MAX_BYLINE_CHARS) {
                return text;
            }
        }
        return null;
    }

    private static boolean isCommentArea(Element e) {
        String names = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
        return names.contains("comment") || e.normalName().equals("footer") || e.normalName().equals("aside");
    }

    /**
     * The {@code <title>} without the site's name: the part before the last separator, or after the first
     * when that leaves under three words; after a colon unless a heading repeats the whole title; the one
     * {@code <h1>} when the title is very short or long. A title cut to four words or fewer is kept whole.
     */
    static String fromTitleElement(Document doc) {
        String original = WHITESPACE.matcher(doc.title().strip()).replaceAll(" ");
        if (original.isEmpty()) {
            Element h1 = doc.selectFirst("h1");
            return h1 == null ? null : blankToNull(h1.text());
        }
        String title = original;
        boolean hierarchical = false;
        Matcher sep = SEPARATOR.matcher(original);
        int first = -1;
        int last = -1;
        while (sep.find()) {
            first = first < 0 ? sep.start() : first;
            last = sep.start();
        }
        if (last >= 0) {
            hierarchical = HIERARCHY.matcher(original).find();
            title = original.substring(0, last);
            if (words(title) < 3) {
                title = original.substring(first + 3);
            }
        } else if (original.contains(": ")) {
            String whole = original;
            boolean heading = doc.select("h1, h2").stream().anyMatch(h -> h.text().strip().equals(whole));
            if (!heading) {
                title = original.substring(original.lastIndexOf(':') + 1);
                if (words(title) < 3) {
                    title = original.substring(original.indexOf(':') + 1);
                } else if (words(original.substring(0, original.indexOf(':'))) > 5) {
                    title = original;
                }
            }
        } else if (original.length() > 150 || original.length() < 15) {
            var h1s = doc.select("h1");
            if (h1s.size() == 1 && !h1s.first().text().isBlank()) {
                title = h1s.first().text();
            }
        }
        title = title.strip();
        int n = words(title);
        if (n <= 4 && (!hierarchical || n != words(SEPARATOR.matcher(original).replaceAll(" ")) - 1)) {
            return original;
        }
        return title;
    }

    /** "Aktuálně.cz - Víte, co se právě děje" → "Aktuálně.cz" when the publisher is Aktuálně.cz. */
    private static String withoutTagline(String siteName, String publisher) {
        if (siteName == null || publisher == null) {
            return siteName;
        }
        Matcher m = SITE_SUFFIX.matcher(siteName);
        return m.find() && siteName.substring(0, m.start()).strip().equalsIgnoreCase(publisher.strip()) ? publisher.strip() : siteName;
    }

    /** "Headline - BBC News" → "Headline" when the outlet is BBC News. */
    private static String withoutSite(String title, String outlet) {
        if (title == null || outlet == null) {
            return title;
        }
        Matcher m = SITE_SUFFIX.matcher(title);
        if (m.find() && siteOf(m).equalsIgnoreCase(outlet.strip())) {
            return title.substring(0, m.start()).strip();
        }
        return title;
    }

    /** "Headline - Northern Ledger" → "Northern Ledger": the last resort for a page that names its site nowhere else. */
    private static String titleSuffix(String title) {
        if (title == null) {
            return null;
        }
        Matcher m = SITE_SUFFIX.matcher(title.strip());
        return m.find() ? siteOf(m) : null;
    }

    /** The site's name in a {@link #SITE_SUFFIX} match: " | Lakeside Daily" → "Lakeside Daily". */
    private static String siteOf(Matcher suffix) {
        String s = suffix.group().strip();
        return s.substring(1).strip();
    }

    private static String timeElement(Document doc) {
        Element time = doc.selectFirst(TIME);
        return time == null ? null : time.attr("datetime");
    }

    private static int words(String s) {
        return s.isBlank() ? 0 : WHITESPACE.split(s.strip()).length;
    }

    private static String get(Map<String, String> metas, String... names) {
        for (String name : names) {
            String v = metas.get(name);
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }

    private static String notUrl(String s) {
        return s == null || s.startsWith("http") ? null : s;
    }

    /** The first value that names a date, or null. */
    private static String firstDated(String... values) {
        for (String v : values) {
            if (Dates.parse(v) != null) {
                return v;
            }
        }
        return null;
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
