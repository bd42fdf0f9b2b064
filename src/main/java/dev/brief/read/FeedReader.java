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
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

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

    /** Told how many pages a feed's items need and when each is done, to show progress on a long feed. */
    interface Fetching {
        Fetching NONE = new Fetching() { };

        default void start(int pages) { }

        default void step() { }

        default void finish() { }
    }

    private final ReadSettings settings;
    private final Pages pages;
    private final Intake intake;
    private final Fetching fetched;

    FeedReader(ReadSettings settings, Pages pages, Intake intake, Fetching fetched) {
        this.settings = settings;
        this.pages = pages;
        this.intake = intake;
        this.fetched = fetched;
    }

    static boolean looksLikeFeed(String head) {
        String h = head.toLowerCase(Locale.ROOT);
        return h.contains("<rss") || h.contains("<feed") || h.contains("<rdf:rdf");
    }

    /** One item of the feed as the feed gives it, and the page to fetch for its full text (or null). */
    private record Item(String name, TextArticleParser.Parsed fromFeed, String link, String fetch, Instant at) {}

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
        Instant newest = null;
        int beyond = 0;
        List<Item> items = new ArrayList<>();
        for (SyndEntry entry : feed.getEntries()) {
            n++;
            Date dated = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
            Instant at = dated == null ? null : dated.toInstant();
            newest = at != null && (newest == null || at.isAfter(newest)) ? at : newest;
            LocalDate published = Dates.of(dated);
            if (!settings.inRange(published)) {
                outside++;
                intake.leftOut(published);
                continue;
            }
            if (items.size() >= settings.maxItems()) {
                beyond++;
                continue;
            }
            items.add(item(entry, name + " item " + n, published, feedOutlet, at));
        }
        List<Object> pagesRead = fetchAll(items);
        Set<String> refusedHosts = new LinkedHashSet<>();
        int refused = 0;
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            Object page = pagesRead.get(i);
            if (page instanceof TextArticleParser.Parsed parsed) {
                intake.add(item.name(), merge(parsed, item.fromFeed()), null, null, item.at());
                continue;
            }
            if (page instanceof WebFetcher.FetchFailed f && f.refusedHost() != null) {
                // A feed can link hundreds of items to one private address: one notice for the feed, -v lists each.
                refused++;
                refusedHosts.add(f.refusedHost());
                intake.detail(item.name() + ": " + f.getMessage() + " (" + item.fetch() + ")");
            } else if (page instanceof Exception e) {
                intake.notice(item.name() + ": the full page " + item.fetch() + " could not be read (" + e.getMessage() + ")"
                        + (item.fromFeed().text().isBlank() ? "; the feed gives no teaser, so kept its headline only" : "; kept the feed's teaser"));
            }
            if (item.fromFeed().text().isBlank()) {
                intake.addHeadline(item.name(), item.fromFeed(), item.link() == null ? path : null, null);
                continue;
            }
            intake.add(item.name(), item.fromFeed(), item.link() == null ? path : null, null, item.at());
        }
        if (refused > 0) {
            intake.notice(refusedNotice(name, refused, refusedHosts));
        }
        intake.feed(newest);
        if (n == 0) {
            intake.skip(name, "the feed has no items");
            return;
        }
        if (outside > 0) {
            intake.notice(name + ": left out " + outside + " item(s) dated outside " + settings.rangeText());
        }
        if (beyond > 0) {
            intake.notice(name + ": read the first " + settings.maxItems() + " of " + (settings.maxItems() + beyond)
                    + " items; --max-items " + (settings.maxItems() + beyond) + " reads them all");
        }
    }

    /**
     * "feed.rss: refused the links of 200 items: 127.0.0.1 is a private address (...); kept what the feed gives
     * of them; pass --allow-private to read intranet feeds (-v lists them)".
     */
    private static String refusedNotice(String feed, int refused, Set<String> hosts) {
        List<String> shown = hosts.stream().limit(3).toList();
        String where = String.join(", ", shown) + (hosts.size() > shown.size() ? " and " + (hosts.size() - shown.size()) + " more" : "");
        return feed + ": refused the link" + (refused == 1 ? " of 1 item: " : "s of " + refused + " items: ") + where
                + (hosts.size() == 1 ? " is a private address" : " are private addresses")
                + " (this machine, its network or a cloud metadata service), and brief did not get "
                + (refused == 1 ? "the link" : "the links") + " from you; kept what the feed gives of "
                + (refused == 1 ? "the item" : "them") + "; pass --allow-private to read intranet feeds"
                + (refused == 1 ? "" : " (-v lists them)");
    }

    private Item item(SyndEntry entry, String itemName, LocalDate published, String feedOutlet, Instant at) {
        String link = entry.getLink() != null && !entry.getLink().isBlank() ? entry.getLink().strip() : null;
        String title = clean(entry.getTitle());
        String author = clean(entry.getAuthor());
        String agency = author != null && Outlets.agency(author) != null ? Outlets.agency(author) : null;
        if (agency != null) {
            author = null;
        }
        // An aggregator's item names its own outlet (RSS <source>, Atom <source>): the aggregator is not the outlet.
        String itemOutlet = entry.getSource() == null ? null : outletOf(entry.getSource().getTitle());
        String outlet = itemOutlet != null ? itemOutlet : feedOutlet != null ? feedOutlet : link != null ? Outlets.fromUrl(link) : null;
        if (itemOutlet != null && title != null) {
            // "Quake strikes off Peru - Harbour Post": the outlet the aggregator appends is not part of the headline.
            String cut = title.replaceFirst("\\s+[|–—-]\\s+" + java.util.regex.Pattern.quote(itemOutlet) + "$", "");
            title = cut.isBlank() ? title : cut;
        }
        String text = itemText(entry);
        TextArticleParser.Parsed fromFeed = new TextArticleParser.Parsed(outlet, agency, title, author, published, link, text);
        boolean teaser = Words.count(text) < TEASER_WORDS && link != null && WebFetcher.isWebUrl(link) && !settings.noFetch();
        return new Item(itemName, fromFeed, link, teaser ? link : null, at);
    }

    /**
     * The full pages of the teaser items, fetched side by side (the fetcher keeps each site to a few at a
     * time): for each item its page, the exception that kept it, or null when there is nothing to fetch.
     */
    private List<Object> fetchAll(List<Item> items) {
        List<Object> out = new ArrayList<>(java.util.Collections.nCopies(items.size(), null));
        List<Integer> toFetch = java.util.stream.IntStream.range(0, items.size()).filter(i -> items.get(i).fetch() != null).boxed().toList();
        if (toFetch.isEmpty()) {
            return out;
        }
        fetched.start(toFetch.size());
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(
                Math.min(WebFetcher.TOTAL, toFetch.size()), r -> {
                    Thread t = new Thread(r, "brief-fetch");
                    t.setDaemon(true);
                    return t;
                });
        try {
            List<java.util.concurrent.Future<Object>> futures = new ArrayList<>();
            for (int i : toFetch) {
                String link = items.get(i).fetch();
                futures.add(pool.submit(() -> {
                    try {
                        return pages.page(link);
                    } catch (WebFetcher.FetchFailed | TextDecoding.NotText e) {
                        return e;
                    } finally {
                        fetched.step();
                    }
                }));
            }
            for (int k = 0; k < toFetch.size(); k++) {
                out.set(toFetch.get(k), futures.get(k).get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while fetching", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
            fetched.finish();
        }
        return out;
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
                page.text().isBlank() ? feed.text() : page.text(),
                page.published() != null ? page.publishedAt() : feed.publishedAt());
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
