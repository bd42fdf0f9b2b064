package dev.brief.read;

import dev.brief.text.Words;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * RSS 2.0 and Atom feeds, read with Rome. Each item becomes an article. An item that holds only a
 * teaser gets the full text of the page it links to, unless fetching is off; an item with a title
 * and no text at all, and no page to read, is a headline-only article.
 */
final class FeedReader {
    /** Fewer words than this in an item is a teaser, not an article. */
    static final int TEASER_WORDS = 150;

    /** Gives the full page behind a feed item's link. */
    interface Pages {
        TextArticleParser.Parsed page(String url) throws WebFetcher.FetchFailed, TextDecoding.NotText;
    }

    private final ReadSettings settings;
    private final Pages pages;
    private final Intake intake;

    FeedReader(ReadSettings settings, Pages pages, Intake intake) {
        this.settings = settings;
        this.pages = pages;
        this.intake = intake;
    }

    static boolean looksLikeFeed(String head) {
        String h = head.toLowerCase(Locale.ROOT);
        return h.contains("<rss") || h.contains("<feed") || h.contains("<rdf:rdf");
    }

    /** @param name the file or URL of the feed, for messages and for items without a link */
    void read(byte[] bytes, String name, String path) {
        SyndFeed feed;
        try {
            feed = new SyndFeedInput().build(new XmlReader(new ByteArrayInputStream(bytes)));
        } catch (FeedException | IOException | IllegalArgumentException e) {
            intake.skip(name, "not a readable RSS or Atom feed: " + firstLine(e.getMessage()));
            return;
        }
        String feedOutlet = outletOf(feed.getTitle());
        int n = 0;
        int outside = 0;
        for (SyndEntry entry : feed.getEntries()) {
            n++;
            String itemName = name + " item " + n;
            LocalDate published = Dates.of(entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate());
            if (!settings.inRange(published)) {
                outside++;
                intake.leftOut(published);
                continue;
            }
            String link = entry.getLink() != null && !entry.getLink().isBlank() ? entry.getLink().strip() : null;
            String title = clean(entry.getTitle());
            String author = clean(entry.getAuthor());
            String agency = author != null && Outlets.agency(author) != null ? Outlets.agency(author) : null;
            if (agency != null) {
                author = null;
            }
            String outlet = feedOutlet != null ? feedOutlet : link != null ? Outlets.fromUrl(link) : null;
            String text = itemText(entry);
            TextArticleParser.Parsed fromFeed = new TextArticleParser.Parsed(outlet, agency, title, author, published, link, text);
            if (Words.count(text) < TEASER_WORDS && link != null && WebFetcher.isWebUrl(link) && !settings.noFetch()) {
                try {
                    TextArticleParser.Parsed page = pages.page(link);
                    intake.add(itemName, merge(page, fromFeed), null, null);
                    continue;
                } catch (WebFetcher.FetchFailed | TextDecoding.NotText e) {
                    intake.notice(itemName + ": the full page " + link + " could not be read (" + e.getMessage() + "); kept the feed's teaser");
                }
            }
            if (text.isBlank()) {
                intake.addHeadline(itemName, fromFeed, link == null ? path : null, null);
                continue;
            }
            intake.add(itemName, fromFeed, link == null ? path : null, null);
        }
        if (n == 0) {
            intake.skip(name, "the feed has no items");
        } else if (outside > 0) {
            intake.notice(name + ": left out " + outside + " item(s) dated outside " + settings.rangeText());
        }
    }

    /** The page's own metadata wins; the feed fills what the page does not say. */
    private static TextArticleParser.Parsed merge(TextArticleParser.Parsed page, TextArticleParser.Parsed feed) {
        return new TextArticleParser.Parsed(
                page.outlet() != null ? page.outlet() : feed.outlet(),
                page.agency() != null ? page.agency() : feed.agency(),
                page.title() != null ? page.title() : feed.title(),
                page.author() != null ? page.author() : feed.author(),
                page.published() != null ? page.published() : feed.published(),
                page.url() != null ? page.url() : feed.url(),
                page.text().isBlank() ? feed.text() : page.text());
    }

    private static String itemText(SyndEntry entry) {
        StringBuilder all = new StringBuilder();
        for (SyndContent c : entry.getContents()) {
            append(all, contentText(c));
        }
        String full = all.toString();
        String teaser = entry.getDescription() == null ? "" : contentText(entry.getDescription());
        return Words.count(full) >= Words.count(teaser) ? full : teaser;
    }

    private static void append(StringBuilder all, String text) {
        if (!text.isBlank()) {
            all.append(all.length() > 0 ? "\n\n" : "").append(text);
        }
    }

    private static String contentText(SyndContent c) {
        String value = c.getValue() == null ? "" : c.getValue();
        String type = c.getType() == null ? "" : c.getType().toLowerCase(Locale.ROOT);
        // RSS descriptions are HTML by custom even when no type says so.
        if (type.equals("text") || type.equals("text/plain")) {
            return String.join("\n\n", TextArticleParser.paragraphs(value));
        }
        return HtmlArticleParser.fragmentText(value);
    }

    /** "The Europe Today – World" → "The Europe Today". */
    private static String outletOf(String feedTitle) {
        String t = clean(feedTitle);
        if (t == null) {
            return null;
        }
        String[] parts = t.split("\\s+[|–—:-]\\s+", 2);
        return parts[0].strip();
    }

    private static String clean(String s) {
        return s == null || s.isBlank() ? null : s.strip().replaceAll("\\s+", " ");
    }

    private static String firstLine(String s) {
        return s == null ? "unknown error" : s.lines().findFirst().orElse(s);
    }
}
