package dev.brief.read;

import dev.brief.domain.Article;
import dev.brief.text.ControlCharacters;
import dev.brief.text.Hashing;
import dev.brief.text.Words;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What reading one input gave: its articles, the inputs skipped with their reasons, and notices.
 * Inputs are read in parallel, each into its own intake; the intakes are joined in input order.
 */
final class Intake {
    /** Pages this short that talk of cookies or subscriptions are a consent wall or a paywall, not the article. */
    static final int THIN_WORDS = 150;
    static final Pattern CONSENT = Pattern.compile(
            "\\b(?:cookies?|consent|accept all|reject all|manage (?:your )?(?:preferences|choices|options)|we and our (?:\\d+ )?partners|privacy settings)\\b",
            Pattern.CASE_INSENSITIVE);
    /** Consent managers' banners run longer, but only they say these. */
    private static final int BANNER_WORDS = 400;
    private static final Pattern BANNER = Pattern.compile(
            "\\b(?:accept all|reject all|accept (?:all )?cookies|allow all|manage (?:your )?(?:preferences|choices|options|cookies)|"
            + "we and our (?:\\d+ )?(?:partners|vendors)|privacy settings|cookie settings|legitimate interest)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PAYWALL = Pattern.compile(
            "\\b(?:subscribe (?:now|today|to (?:continue|read))|subscribers? only|for subscribers|already a subscriber|"
            + "sign in to (?:continue|read)|log ?in to (?:continue|read)|register to (?:continue|read)|to continue reading|"
            + "unlock (?:this|the full) (?:article|story)|start your (?:free )?trial)\\b",
            Pattern.CASE_INSENSITIVE);

    final List<Article> articles = new ArrayList<>();
    final List<Skipped> skipped = new ArrayList<>();
    final List<String> notices = new ArrayList<>();
    /** What -v adds to a notice that sums many things up (each refused link of a feed); not in the coverage. */
    final List<String> details = new ArrayList<>();
    /** The dates of the articles left out by --since/--until. */
    final List<LocalDate> leftOut = new ArrayList<>();
    /** Publication times the input gives (feed items), by content hash: Article keeps only the day. */
    final Map<String, Instant> times = new HashMap<>();
    /** Whether the input was a feed, the date of its newest item, and why fetching it failed: for the coverage. */
    boolean feed;
    Instant newestItem;
    String fetchFailure;

    /** Reasons and notices can quote a page (its title, a server's reason phrase): no control characters either. */
    void skip(String input, String reason) {
        skipped.add(new Skipped(ControlCharacters.strip(input), ControlCharacters.strip(reason)));
    }

    /** An input whose text is exactly that of another: merged into it, and summed up in one notice. */
    void duplicate(String input, String of) {
        skipped.add(new Skipped(ControlCharacters.strip(input), "exact duplicate of " + ControlCharacters.strip(of) + "; merged", true));
    }

    /** A fetch that failed: skipped, and reported as a failed input in the coverage. */
    void fetchFailed(String input, String reason) {
        skip(input, reason);
        fetchFailure = reason;
    }

    /** The input is a feed; newest is its newest item's date, or null when no item is dated. */
    void feed(Instant newest) {
        feed = true;
        newestItem = newest;
    }

    void notice(String message) {
        notices.add(ControlCharacters.strip(message));
    }

    void detail(String message) {
        details.add(ControlCharacters.strip(message));
    }

    void leftOut(LocalDate published) {
        leftOut.add(published);
    }

    /**
     * @param name    how messages name the input ("feed.xml item 3", "dump.jsonl:12")
     * @param path    the file the article came from, or null
     * @param givenId an id the input itself gives (JSON records), or null for one made from the text
     */
    void add(String name, TextArticleParser.Parsed parsed, String path, String givenId) {
        // Every article is made here, so this is the one place where what came from outside loses its control
        // characters: its text, and the name of its file too, which can hold an escape sequence as a page can.
        TextArticleParser.Parsed p = withoutControlCharacters(parsed);
        givenId = ControlCharacters.strip(givenId);
        path = ControlCharacters.strip(path);
        String text = p.text() == null ? "" : p.text().strip();
        if (text.isEmpty()) {
            skip(name, p.title() == null || p.title().isBlank() ? "empty: no article text"
                    : "no article text found (only a title: \"" + shorten(p.title().strip()) + "\")");
            return;
        }
        int words = Words.count(text);
        if (isConsentBanner(text, words)) {
            skip(name, "a cookie-consent page, not the article (" + words + " words); save the page from a browser, or pass its text");
            return;
        }
        if (words < THIN_WORDS) {
            if (PAYWALL.matcher(text).find()) {
                notice(name + ": looks like a paywall page (" + words + " words); only its teaser was read");
            }
        }
        String hash = contentHash(text);
        articles.add(new Article(givenId, p.outlet(), p.agency(), p.title(), p.author(), p.published(), p.url(), path, text, hash, null));
        if (p.publishedAt() != null) {
            times.put(hash, p.publishedAt());
        }
    }

    /**
     * A short text about cookies, or a longer one (a consent manager's banner lists its purposes) with the
     * buttons and phrases only banners have: two pages showing the same banner are not the same article.
     */
    static boolean isConsentBanner(String text, int words) {
        return words < THIN_WORDS && CONSENT.matcher(text).results().limit(2).count() >= 2
                || words < BANNER_WORDS && BANNER.matcher(text).results().limit(2).count() >= 2;
    }

    /** As {@link #add(String, TextArticleParser.Parsed, String, String)}, for an input that gives the time too. */
    void add(String name, TextArticleParser.Parsed p, String path, String givenId, Instant at) {
        int before = articles.size();
        add(name, p, path, givenId);
        if (at != null && articles.size() > before) {
            // the page's own time, when it gives one, wins as its own date does
            times.putIfAbsent(articles.get(before).contentHash(), at);
        }
    }

    private static TextArticleParser.Parsed withoutControlCharacters(TextArticleParser.Parsed p) {
        return new TextArticleParser.Parsed(ControlCharacters.strip(p.outlet()), ControlCharacters.strip(p.agency()),
                ControlCharacters.strip(p.title()), ControlCharacters.strip(p.author()), p.published(),
                ControlCharacters.strip(p.url()), ControlCharacters.strip(p.text()), p.publishedAt());
    }

    /**
     * A feed item or record that gives a title and no body: kept as a headline-only article whose text
     * is its title, so that it is grouped, listed and briefed from what it has. (A file or web page
     * with only a title is skipped instead: there the body was there and could not be read.)
     */
    void addHeadline(String name, TextArticleParser.Parsed p, String path, String givenId) {
        String title = p.title() == null ? "" : ControlCharacters.strip(p.title()).strip();
        if (title.isEmpty()) {
            skip(name, "empty: neither a title nor text");
            return;
        }
        articles.add(new Article(givenId, ControlCharacters.strip(p.outlet()), ControlCharacters.strip(p.agency()), title,
                ControlCharacters.strip(p.author()), p.published(), ControlCharacters.strip(p.url()), ControlCharacters.strip(path),
                title, contentHash(title), null, true));
    }

    private static String shorten(String s) {
        return s.length() <= 60 ? s : s.substring(0, 59) + "…";
    }

    void addAll(Intake other) {
        articles.addAll(other.articles);
        skipped.addAll(other.skipped);
        notices.addAll(other.notices);
        details.addAll(other.details);
        leftOut.addAll(other.leftOut);
        times.putAll(other.times);
    }

    static String contentHash(String text) {
        String normal = text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").trim();
        return Hashing.sha256Hex(normal);
    }
}
