package dev.brief.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import dev.brief.Chromium;
import dev.brief.ExampleSite;
import dev.brief.domain.Article;
import dev.brief.domain.DailyBriefing;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import nu.validator.client.EmbeddedValidator;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The site's pages as a reader gets them: rendered by headless Chromium (which must load nothing
 * from outside), and checked by the Nu Html Checker. The site is the example of
 * src/test/resources/site, built once.
 */
class SitePagesTest {
    @TempDir
    static Path dir;

    static ExampleSite site;
    static Chromium chromium;
    /** Loading the checker's schemas takes seconds: once for every page. */
    static final EmbeddedValidator validator = new EmbeddedValidator();

    @BeforeAll
    static void build() throws IOException {
        site = ExampleSite.build(dir.resolve("site"));
        chromium = new Chromium();
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.JSON);
        validator.setNoLangDetect(true); // the pages are in English; guessing it costs seconds
    }

    @AfterAll
    static void close() {
        chromium.close();
    }

    private static Document render(Path page) throws IOException {
        return Jsoup.parse(chromium.dumpDom(page), page.toUri().toString());
    }

    /** An Atom entry's HTML content, as a page of its own: what a feed reader shows. */
    private static Path entryPage(int index) throws Exception {
        SyndFeed feed = new SyndFeedInput().build(new XmlReader(dir.resolve("site/feed.atom").toFile()));
        SyndEntry entry = feed.getEntries().get(index);
        Path page = dir.resolve("entry-" + index + ".html");
        Files.writeString(page, "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>" + HtmlRenderer.esc(entry.getTitle())
                + "</title>\n</head>\n<body>\n<article>\n" + entry.getContents().get(0).getValue() + "</article>\n</body>\n</html>\n", StandardCharsets.UTF_8);
        return page;
    }

    private static void loadsNothing(Document dom) {
        assertEquals(List.of(), chromium.requests(), "the browser opened no connection for the pages");
        assertTrue(dom.select("script, img, iframe, object, embed, link[rel=stylesheet], [src]").isEmpty(),
                "no element loads anything: " + dom.select("script, img, iframe, object, embed, link[rel=stylesheet], [src]"));
    }

    /** Every citation leads to an entry of a source list on the same page, and every source links to its article. */
    private static void citationsLinkToSources(Element scope) {
        List<Element> cites = scope.select("a.cite");
        assertTrue(!cites.isEmpty(), "there are citations");
        for (Element cite : cites) {
            String target = cite.attr("href");
            assertTrue(target.startsWith("#"), target);
            Element source = scope.getElementById(target.substring(1));
            assertTrue(source != null && source.parent() != null && source.parent().hasClass("sources"), cite + " leads to a source: " + source);
        }
    }

    @Test
    void theDayPageShowsEachEventWithItsChartCitationsAndTheCoverage() throws IOException {
        Document dom = render(site.dayPage());

        assertEquals("Daily briefing — 11 July 2025", dom.selectFirst("h1").text());
        List<DailyBriefing.Section> briefed = site.daily().briefed();
        assertEquals(3, briefed.size(), "the flood, the Rubio–Lavrov meeting and the rates");
        for (DailyBriefing.Section s : briefed) {
            Element section = dom.getElementById(s.event().id());
            assertEquals(s.briefing().headline(), section.selectFirst("h2").text());
            Element chart = section.selectFirst("figure.coverage svg");
            assertTrue(chart != null, "a coverage chart in " + s.briefing().headline());
            assertTrue(chart.selectFirst("title").text().startsWith("Who reported it, and when: "), chart.selectFirst("title").text());
            int dated = (int) s.event().articles().stream().filter(a -> a.published() != null).count();
            assertEquals(dated, chart.select("circle > title, path > title, rect > title").size(), "one mark per dated report");
            citationsLinkToSources(section);
            for (Article a : s.event().articles()) {
                assertEquals(1, section.select("ol.sources a[href=" + a.url() + "]").size() + (a.url() == null ? 1 : 0), "the source list links to " + a.url());
            }
        }
        Element flood = dom.getElementById(briefed.get(0).event().id());
        assertTrue(flood.select("svg path > title").text().contains("Harbour Post (Reuters), 11 July 2025 07:05 UTC: a wire story or a copy"),
                "the wire copy is marked as one: " + flood.select("svg title").text());

        Element coverage = dom.getElementById("coverage");
        assertTrue(coverage.selectFirst("li.failed").text().contains("https://feeds.invalid/world.rss: page · failed: unknown host feeds.invalid"),
                coverage.text());
        assertTrue(coverage.selectFirst("li.stale").text().contains("old-gazette.rss: feed · stale: newest item 8 July 2025 16:00 UTC, 2 days old"),
                coverage.text());
        assertTrue(coverage.text().contains("Left out by topic Halvik art museum reopens after five-year renovation — 1 outlet — excluded: \"museum\""),
                coverage.text());
        assertTrue(dom.selectFirst("nav li a[href=#coverage]").parent().text().contains("1 failed, 1 stale"), "the contents say what failed");
        loadsNothing(dom);
    }

    @Test
    void theChartIsDrawn() throws IOException {
        Element figure = Jsoup.parse(Files.readString(site.dayPage())).selectFirst("figure.coverage");
        Path page = dir.resolve("chart.html");
        Files.writeString(page, "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>chart</title></head><body style=\"margin:0\">"
                + figure.selectFirst("svg").outerHtml() + "</body></html>");
        Path png = dir.resolve("chart.png");
        chromium.screenshot(page, png, 640, 130);

        BufferedImage image = ImageIO.read(png.toFile());
        int dark = 0;
        int markColumn = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int luminance = ((rgb >> 16 & 0xff) * 299 + (rgb >> 8 & 0xff) * 587 + (rgb & 0xff) * 114) / 1000;
                if (luminance < 100) {
                    dark++;
                    markColumn += x > 210 && y > 30 && y < 95 ? 1 : 0;
                }
            }
        }
        assertTrue(dark > 300, "the labels, axis and marks are drawn in dark ink: " + dark + " dark pixels");
        assertTrue(markColumn > 40, "the marks are drawn in the plot, right of the outlet names: " + markColumn + " dark pixels");
    }

    @Test
    void theIndexLinksEachDayAndItsTopHeadlines() throws IOException {
        Document dom = render(site.dir().resolve("index.html"));

        assertEquals("Daily briefings", dom.selectFirst("h1").text());
        Element day = dom.getElementById("day-2025-07-11");
        assertEquals("Friday 11 July 2025", day.selectFirst("h2").text());
        assertTrue(day.selectFirst("p.meta").text().contains("5 inputs, 1 failed, 1 stale, 1 event left out by topic"), day.text());
        List<String> headlines = new ArrayList<>();
        for (Element a : day.select("ol a")) {
            headlines.add(a.text());
            String[] target = a.attr("href").split("#");
            Path page = site.dir().resolve(target[0]);
            assertTrue(Files.isRegularFile(page), a.attr("href"));
            assertTrue(Jsoup.parse(Files.readString(page)).getElementById(target[1]) != null, "the day page has " + a.attr("href"));
        }
        assertEquals(site.daily().briefed().stream().map(s -> s.briefing().headline()).toList(), headlines);
        assertTrue(Files.isRegularFile(site.dir().resolve(dom.selectFirst("a[type=application/atom+xml]").attr("href"))));
        loadsNothing(dom);
    }

    @Test
    void aFeedEntrysContentReadsAsABriefingWithItsSources() throws Exception {
        Document dom = render(entryPage(0));

        Element article = dom.selectFirst("article");
        assertEquals(site.daily().briefed().get(0).briefing().headline(), article.selectFirst("h2").text());
        assertEquals(List.of("Summary", "Where the sources agree", "Where the sources differ", "Sources"), article.select("h3").eachText());
        // A feed reader shows the entry apart from any page, so a citation opens the article it cites.
        List<String> articles = article.select("ol.sources a[href^=https://]").eachAttr("href");
        assertEquals(3, articles.size(), article.select("ol.sources").outerHtml());
        List<Element> cites = article.select("a.cite");
        assertTrue(!cites.isEmpty(), "there are citations");
        for (Element cite : cites) {
            assertTrue(articles.contains(cite.attr("href")), cite.outerHtml());
        }
        loadsNothing(dom);
    }

    @Test
    void theRecorderSeesAPageThatLoadsFromOutside() throws IOException {
        // The control for the checks above: a page with an image from elsewhere is caught.
        Path page = dir.resolve("leaky.html");
        Files.writeString(page, "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>leaky</title></head>"
                + "<body><img src=\"http://outside.example/pixel.png\" alt=\"\"></body></html>");
        try (Chromium other = new Chromium()) {
            other.dumpDom(page);
            assertTrue(other.requests().stream().anyMatch(r -> r.contains("outside.example")), other.requests().toString());
        }
    }

    /** The Nu Html Checker's errors on a page, one line each. */
    private static List<String> errors(Path page) throws Exception {
        JsonNode report = new ObjectMapper().readTree(validator.validate(page));
        List<String> errors = new ArrayList<>();
        for (JsonNode m : report.path("messages")) {
            if (!m.path("type").asText().equals("info")) {
                errors.add(m.path("type").asText() + " line " + m.path("lastLine").asText() + ": " + m.path("message").asText());
            }
        }
        return errors;
    }

    @Test
    void theNuHtmlCheckerFindsNoErrorInThePages() throws Exception {
        assertEquals(List.of(), errors(site.dayPage()), "the day page");
        assertEquals(List.of(), errors(site.dir().resolve("index.html")), "the index");
        assertEquals(List.of(), errors(entryPage(1)), "a feed entry's content");

        Path broken = dir.resolve("broken.html");
        Files.writeString(broken, "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>x</title></head>"
                + "<body><p id=\"a\">one</p><p id=\"a\">two</p></body></html>");
        assertTrue(errors(broken).stream().anyMatch(e -> e.contains("Duplicate ID")), "the control: the checker does report errors: " + errors(broken));
    }
}
