package dev.brief.read;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Turns a web page into an {@link TextArticleParser.Parsed}: the metadata the page declares
 * ({@link JsonLd}, {@link PageMetadata}) and its main text ({@link MainText}), read from the page as a
 * reader sees it ({@link PageCleaner}: no scripts, hidden copies or consent banners).
 */
final class HtmlArticleParser {
    private static final Pattern BY = Pattern.compile("^by:?\\s+", Pattern.CASE_INSENSITIVE);

    private HtmlArticleParser() {}

    /** @param pageUrl where the page came from (for relative links and the outlet), or null */
    static TextArticleParser.Parsed parse(String html, String pageUrl) {
        Document doc = Jsoup.parse(html, pageUrl == null ? "" : pageUrl);
        JsonLd ld = JsonLd.of(doc);
        if (doc.body() != null) {
            PageCleaner.clean(doc.body());
        }
        PageMetadata meta = PageMetadata.of(doc, ld, pageUrl);
        String title = meta.title();
        String author = meta.author();

        // The metadata is read; from here on the page is cut down to its text.
        List<String> paragraphs = new ArrayList<>(MainText.of(doc, pageUrl));
        if (!paragraphs.isEmpty() && title != null && paragraphs.get(0).equalsIgnoreCase(title)) {
            paragraphs.remove(0);
        }
        if (!paragraphs.isEmpty() && author != null && BY.matcher(paragraphs.get(0)).find()) {
            paragraphs.remove(0);
        }
        String agency = null;
        if (author != null && Outlets.agency(author) != null) {
            agency = Outlets.agency(author);
            author = null;
        } else if (!paragraphs.isEmpty()) {
            agency = TextArticleParser.agencyInDateline(paragraphs.get(0));
        }
        return new TextArticleParser.Parsed(meta.outlet(), agency, title, author, meta.published(), meta.url(), String.join("\n\n", paragraphs),
                meta.publishedAt());
    }

    /** The text of an HTML fragment (a feed item's content, a JSON record's html field), in paragraphs. */
    static String fragmentText(String html) {
        return String.join("\n\n", MainText.ofFragment(Jsoup.parseBodyFragment(html).body()));
    }
}
