package dev.brief.read;

import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Takes out of a page what no reader sees as its text: scripts, styles and form controls; elements
 * hidden by {@code display:none}, {@code visibility:hidden}, {@code hidden} or {@code aria-hidden}
 * (pages keep copies of the article there); closed and modal dialogs; and cookie-consent banners.
 * Nothing is removed for its class name alone: that is decided once the article is chosen.
 */
final class PageCleaner {
    private static final Evaluator NON_CONTENT = QueryParser.parse("script, style, noscript, template, iframe, svg, canvas, object, embed, "
            + "input, select, textarea, button, option, dialog:not([open])");
    private static final Evaluator HIDDEN = QueryParser.parse("[hidden], [aria-hidden=true], [aria-modal=true], "
            + "[style~=(?i)display\\s*:\\s*none|visibility\\s*:\\s*hidden]");
    /** Class and id names of consent-management banners. */
    private static final Pattern CONSENT_NAME = Pattern.compile(
            "(?i)cookie|consent|gdpr|\\bcmp\\b|onetrust|didomi|truste|usercentrics|sp_message|privacy-?banner");
    private static final int MAX_BANNER_WORDS = 400;
    private static final Evaluator ALERTS = QueryParser.parse("[role=dialog], [role=alertdialog], [role=alert]");

    private PageCleaner() {}

    /** Cleans the element (a page's body, or a fragment) in place. */
    static void clean(Element root) {
        root.select(NON_CONTENT).remove();
        int pageText = -1;
        for (Element e : root.select(HIDDEN)) {
            if (pageText < 0) {
                pageText = TextStats.letters(root.text());
            }
            // A page that hides its whole article until a script shows it: what holds nearly all the text stays.
            if (e != root && attached(e, root) && !e.className().contains("fallback-image")
                    && TextStats.letters(e.text()) * 4 < pageText * 3) {
                e.remove();
            }
        }
        Elements banners = new Elements();
        for (Element e : root.getAllElements()) {
            if (e != root && (CONSENT_NAME.matcher(e.className()).find() || CONSENT_NAME.matcher(e.id()).find() || e.is(ALERTS))
                    && e.parents().stream().noneMatch(banners::contains) && isBanner(e.text())) {
                banners.add(e);
            }
        }
        // A page that is nothing but its banner is left whole, for the reader to call it a consent page.
        if (!banners.isEmpty() && banners.stream().mapToInt(b -> TextStats.letters(b.text())).sum() * 4 < TextStats.letters(root.text()) * 3) {
            banners.remove();
        }
    }

    private static boolean attached(Element e, Element root) {
        for (Element p = e.parent(); p != null; p = p.parent()) {
            if (p == root) {
                return true;
            }
        }
        return false;
    }

    private static boolean isBanner(String text) {
        int words = dev.brief.text.Words.count(text);
        return Intake.isConsentBanner(text, words) || words <= MAX_BANNER_WORDS && Intake.CONSENT.matcher(text).results().limit(2).count() >= 2;
    }
}
