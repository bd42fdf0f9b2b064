package dev.brief.read;

import dev.brief.domain.Article;
import dev.brief.text.Words;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What reading one input gave: its articles, the inputs skipped with their reasons, and notices.
 * Inputs are read in parallel, each into its own intake; the intakes are joined in input order.
 */
final class Intake {
    /** Pages this short that talk of cookies or subscriptions are a consent wall or a paywall, not the article. */
    static final int THIN_WORDS = 150;
    private static final Pattern CONSENT = Pattern.compile(
            "\\b(?:cookies?|consent|accept all|reject all|manage (?:your )?(?:preferences|choices|options)|we and our (?:\\d+ )?partners|privacy settings)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PAYWALL = Pattern.compile(
            "\\b(?:subscribe (?:now|today|to (?:continue|read))|subscribers? only|for subscribers|already a subscriber|"
            + "sign in to (?:continue|read)|log ?in to (?:continue|read)|register to (?:continue|read)|to continue reading|"
            + "unlock (?:this|the full) (?:article|story)|start your (?:free )?trial)\\b",
            Pattern.CASE_INSENSITIVE);

    final List<Article> articles = new ArrayList<>();
    final List<Skipped> skipped = new ArrayList<>();
    final List<String> notices = new ArrayList<>();
    /** The dates of the articles left out by --since/--until. */
    final List<LocalDate> leftOut = new ArrayList<>();

    void skip(String input, String reason) {
        skipped.add(new Skipped(input, reason));
    }

    void notice(String message) {
        notices.add(message);
    }

    void leftOut(LocalDate published) {
        leftOut.add(published);
    }

    /**
     * @param name    how messages name the input ("feed.xml item 3", "dump.jsonl:12")
     * @param path    the file the article came from, or null
     * @param givenId an id the input itself gives (JSON records), or null for one made from the text
     */
    void add(String name, TextArticleParser.Parsed p, String path, String givenId) {
        String text = p.text() == null ? "" : p.text().strip();
        if (text.isEmpty()) {
            skip(name, p.title() == null || p.title().isBlank() ? "empty: no article text"
                    : "no article text found (only a title: \"" + shorten(p.title().strip()) + "\")");
            return;
        }
        int words = Words.count(text);
        if (words < THIN_WORDS) {
            long consent = CONSENT.matcher(text).results().count();
            if (consent >= 2) {
                skip(name, "a cookie-consent page, not the article (" + words + " words); save the page from a browser, or pass its text");
                return;
            }
            if (PAYWALL.matcher(text).find()) {
                notice(name + ": looks like a paywall page (" + words + " words); only its teaser was read");
            }
        }
        articles.add(new Article(givenId, p.outlet(), p.agency(), p.title(), p.author(), p.published(), p.url(), path,
                text, contentHash(text), null));
    }

    /**
     * A feed item or record that gives a title and no body: kept as a headline-only article whose text
     * is its title, so that it is grouped, listed and briefed from what it has. (A file or web page
     * with only a title is skipped instead: there the body was there and could not be read.)
     */
    void addHeadline(String name, TextArticleParser.Parsed p, String path, String givenId) {
        String title = p.title() == null ? "" : p.title().strip();
        if (title.isEmpty()) {
            skip(name, "empty: neither a title nor text");
            return;
        }
        articles.add(new Article(givenId, p.outlet(), p.agency(), title, p.author(), p.published(), p.url(), path,
                title, contentHash(title), null, true));
    }

    private static String shorten(String s) {
        return s.length() <= 60 ? s : s.substring(0, 59) + "…";
    }

    void addAll(Intake other) {
        articles.addAll(other.articles);
        skipped.addAll(other.skipped);
        notices.addAll(other.notices);
        leftOut.addAll(other.leftOut);
    }

    static String contentHash(String text) {
        String normal = text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").trim();
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(normal.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
