package dev.brief.read;

import dev.brief.domain.Article;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pages and feeds served over HTTP by WireMock, with the failures real sites have. */
class WebReadingTest {
    private static final String PAGE = "/world/2025/07/11/rubio-lavrov-new-idea";

    @TempDir
    Path cache;

    WireMockServer web;
    String base;

    @BeforeEach
    void start() {
        web = new WireMockServer(wireMockConfig().dynamicPort());
        web.start();
        base = "http://127.0.0.1:" + web.port();
        web.stubFor(get(PAGE).willReturn(html(Reading.resource("news-page.html"))));
    }

    @AfterEach
    void stop() {
        web.stop();
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder html(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "text/html; charset=utf-8").withBody(body);
    }

    private ReadSettings settings(boolean noFetch, Duration timeout) {
        return new ReadSettings(noFetch, null, null, timeout, cache);
    }

    private Reading read(String... inputs) {
        return Reading.of(settings(false, Duration.ofSeconds(5)), inputs);
    }

    /** The feeds of these tests are on 127.0.0.1 and link to it, which only --allow-private permits. */
    private Reading readAllowingPrivate(String... inputs) {
        return Reading.of(settings(false, Duration.ofSeconds(5)).allowingPrivate(), inputs);
    }

    @Test
    void pageIsFetchedWithAnHonestUserAgentAndItsMetadataRead() {
        Article a = read(base + PAGE).only();
        assertEquals("Harbour Post", a.outlet());
        assertEquals("Rubio says Lavrov offered a 'new idea' on Ukraine", a.title());
        assertEquals(LocalDate.of(2025, 7, 11), a.published());
        assertEquals("https://www.harbourpost.example/world/2025/07/11/rubio-lavrov-new-idea", a.url(), "the canonical URL");
        assertNull(a.path());
        assertTrue(a.text().startsWith("U.S. Secretary of State Marco Rubio said on Thursday"), a.text());
        web.verify(getRequestedFor(urlEqualTo(PAGE)).withHeader("User-Agent", equalTo(WebFetcher.USER_AGENT)));
        assertTrue(WebFetcher.USER_AGENT.startsWith("brief/"));
    }

    @Test
    void aRerunReadsTheCacheAndNoCacheFetchesAgain() {
        read(base + PAGE);
        Reading again = read(base + PAGE);
        assertEquals("Harbour Post", again.only().outlet());
        web.verify(1, getRequestedFor(urlEqualTo(PAGE)));

        Reading.of(new ReadSettings(false, null, null, Duration.ofSeconds(5), null), base + PAGE);
        web.verify(2, getRequestedFor(urlEqualTo(PAGE)));
    }

    @Test
    void redirectsAreFollowedUpToALimit() {
        web.stubFor(get("/short/1").willReturn(aResponse().withStatus(301).withHeader("Location", "/short/2")));
        web.stubFor(get("/short/2").willReturn(aResponse().withStatus(302).withHeader("Location", base + PAGE)));
        for (int i = 0; i <= WebFetcher.MAX_REDIRECTS; i++) {
            web.stubFor(get("/loop/" + i).willReturn(aResponse().withStatus(307).withHeader("Location", "/loop/" + (i + 1))));
        }
        Reading r = Reading.of(settings(false, Duration.ofSeconds(5)).allowingPrivate(), base + "/short/1", base + "/loop/0");
        assertEquals("Harbour Post", r.only().outlet());
        assertEquals("too many redirects (more than 5)", r.reasonFor(base + "/loop/0"));
    }

    @Test
    void eachFailedUrlIsReportedWithItsStatusAndTheOthersGoOn() {
        web.stubFor(get("/gone").willReturn(aResponse().withStatus(404).withBody("<h1>Not found</h1>")));
        web.stubFor(get("/broken").willReturn(aResponse().withStatus(500).withBody("upstream error")));
        web.stubFor(get("/slow").willReturn(html(Reading.resource("news-page.html")).withFixedDelay(6000)));
        web.stubFor(get("/huge").willReturn(html("<html><body><p>" + "word ".repeat(2_200_000) + "</p></body></html>")));
        // 2 s, not less: the first request of a run loads the HTTP client's classes, which takes a while on a busy machine.
        Reading r = Reading.of(settings(false, Duration.ofSeconds(2)),
                base + "/gone", base + "/broken", base + "/slow", base + PAGE, "ftp://example.org/a.txt");
        assertEquals("Harbour Post", r.only().outlet());
        assertEquals("HTTP 404 Not Found", r.reasonFor(base + "/gone"));
        assertEquals("HTTP 500 Server Error", r.reasonFor(base + "/broken"));
        assertEquals("timed out: the page took longer than 2s (--fetch-timeout)", r.reasonFor(base + "/slow"));
        assertEquals("too large (more than 10 MiB)", read(base + "/huge").reasonFor(base + "/huge"));
        assertEquals("only http and https URLs are read", r.reasonFor("ftp://example.org/a.txt"));
        assertTrue(r.err().contains("skipped " + base + "/gone: HTTP 404 Not Found"), r.err());
    }

    @Test
    void aRedirectToThisMachineIsRefusedEvenFromAUrlTheUserGave() {
        // The user typed a URL on 127.0.0.1 (fetched as given); where it sends brief next is not the user's choice.
        web.stubFor(get("/moved").willReturn(aResponse().withStatus(302).withHeader("Location", "http://localhost:" + web.port() + PAGE)));
        web.stubFor(get("/to-metadata").willReturn(aResponse().withStatus(301).withHeader("Location", "http://169.254.169.254/latest/meta-data/")));
        Reading r = read(base + "/moved", base + "/to-metadata", base + PAGE);
        assertEquals("Harbour Post", r.only().outlet(), "the URL the user gave is read");
        assertTrue(r.reasonFor(base + "/moved").startsWith("refused: localhost (127.0.0.1) is a private address"), r.reasonFor(base + "/moved"));
        assertTrue(r.reasonFor(base + "/moved").endsWith("pass --allow-private to read intranet feeds"), r.reasonFor(base + "/moved"));
        assertTrue(r.reasonFor(base + "/to-metadata").startsWith("refused: 169.254.169.254 is a private address"), r.reasonFor(base + "/to-metadata"));
        web.verify(1, getRequestedFor(urlEqualTo(PAGE)));

        Reading allowed = Reading.of(settings(false, Duration.ofSeconds(5)).allowingPrivate(), base + "/moved");
        assertEquals("Harbour Post", allowed.only().outlet(), "--allow-private follows it");
    }

    @Test
    void aFeedLinkingToThisMachineGetsNoPageFromItUnlessPrivateAddressesAreAllowed() {
        // A stranger's feed on a server the user named, whose items point at an internal admin page and the cloud metadata service.
        web.stubFor(get("/admin").willReturn(html("<html><head><title>Admin console</title></head><body><article><p>"
                + "Internal admin console: database password hunter2, 42 users online. ".repeat(12) + "</p></article></body></html>")));
        String feed = """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>Hostile Times</title><link>https://hostile.example/</link>
                <item><title>Read this</title><link>{{base}}/admin</link><description>A teaser.</description></item>
                <item><title>And this</title><link>http://169.254.169.254/latest/meta-data/</link><description>Another teaser.</description></item>
                </channel></rss>
                """.replace("{{base}}", base);
        web.stubFor(get("/hostile.rss").willReturn(aResponse().withHeader("Content-Type", "application/rss+xml").withBody(feed)));

        Reading r = read(base + "/hostile.rss");
        assertEquals(List.of("A teaser.", "Another teaser."), r.articles().stream().map(Article::text).toList(), "only the feed's own teasers");
        web.verify(0, getRequestedFor(urlEqualTo("/admin")));
        assertTrue(r.err().contains("brief: " + base + "/hostile.rss: refused the links of 2 items: 127.0.0.1, 169.254.169.254 are private addresses"),
                r.err());
        assertTrue(r.err().contains("pass --allow-private to read intranet feeds (-v lists them)"), r.err());
        assertEquals(1, r.err().lines().filter(l -> l.contains("private address")).count(), "one notice for the feed: " + r.err());

        Reading allowed = Reading.of(settings(false, Duration.ofSeconds(5)).allowingPrivate(), base + "/hostile.rss");
        assertTrue(allowed.byTitle("Admin console").text().startsWith("Internal admin console"), "--allow-private reads intranet pages");
        web.verify(1, getRequestedFor(urlEqualTo("/admin")));
    }

    @Test
    void hundredsOfRefusedLinksAreOneNoticeForTheFeedAndVerboseListsEach() {
        StringBuilder items = new StringBuilder();
        for (int i = 1; i <= 250; i++) {
            items.append("<item><title>Item ").append(i).append("</title><link>").append(base).append("/admin/").append(i)
                    .append("</link><description>Teaser number ").append(i).append(".</description></item>\n");
        }
        String feed = "<rss version=\"2.0\"><channel><title>Hostile Times</title>\n" + items + "</channel></rss>";
        web.stubFor(get("/many.rss").willReturn(aResponse().withHeader("Content-Type", "application/rss+xml").withBody(feed)));
        String url = base + "/many.rss";

        Reading r = read(url);
        assertEquals(200, r.articles().size(), "the first 200 items keep their teasers");
        List<String> refusals = r.err().lines().filter(l -> l.contains("private address")).toList();
        assertEquals(List.of("brief: " + url + ": refused the links of 200 items: 127.0.0.1 is a private address (this machine, its network"
                + " or a cloud metadata service), and brief did not get the links from you; kept what the feed gives of them;"
                + " pass --allow-private to read intranet feeds (-v lists them)"), refusals);
        List<String> notes = r.result().inputs().get(0).notes().stream().filter(n -> n.contains("private address")).toList();
        assertEquals(1, notes.size(), "the coverage gives the feed one line: " + notes);
        assertTrue(notes.get(0).contains("refused the links of 200 items"), notes.get(0));

        Reading verbose = Reading.verbose(settings(false, Duration.ofSeconds(5)), url);
        assertEquals(201, verbose.err().lines().filter(l -> l.contains("private address")).count(), "-v lists each refused link too");
        assertTrue(verbose.err().contains("brief: " + url + " item 7: refused: 127.0.0.1 is a private address"), verbose.err());
        assertTrue(verbose.err().contains("(" + base + "/admin/7)"), "each line names the link");
        web.verify(0, getRequestedFor(urlMatching("/admin/.*")));
    }

    @Test
    void aPageCachedWhenTheUserGaveItIsNotHandedToAFeedThatLinksToIt() {
        web.stubFor(get("/admin").willReturn(html("<html><head><title>Admin console</title></head><body><article><p>"
                + "Internal admin console: database password hunter2, 42 users online. ".repeat(12) + "</p></article></body></html>")));
        web.stubFor(get("/hostile.rss").willReturn(aResponse().withHeader("Content-Type", "application/rss+xml").withBody(
                "<rss version=\"2.0\"><channel><title>Hostile Times</title><item><title>Read this</title><link>" + base
                + "/admin</link><description>A teaser.</description></item></channel></rss>")));
        read(base + "/admin");
        Reading r = read(base + "/hostile.rss");
        assertEquals("A teaser.", r.only().text());
        assertTrue(r.err().contains(base + "/hostile.rss: refused the link of 1 item: 127.0.0.1 is a private address"), r.err());
        assertTrue(r.err().contains("kept what the feed gives of the item; pass --allow-private to read intranet feeds"), r.err());
    }

    @Test
    void gzipAndDeflatePagesAreDecodedAndTheSizeLimitCountsTheDecodedBytes() throws java.io.IOException {
        byte[] page = Reading.resource("news-page.html").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        web.stubFor(get("/gz").willReturn(aResponse().withHeader("Content-Type", "text/html; charset=utf-8")
                .withHeader("Content-Encoding", "gzip").withBody(gzip(page, 1))));
        java.io.ByteArrayOutputStream deflated = new java.io.ByteArrayOutputStream();
        try (var out = new java.util.zip.DeflaterOutputStream(deflated)) {
            out.write(page);
        }
        web.stubFor(get("/deflate").willReturn(aResponse().withHeader("Content-Type", "text/html; charset=utf-8")
                .withHeader("Content-Encoding", "deflate").withBody(deflated.toByteArray())));
        // 64 KiB on the wire that unpacks to 64 MiB: it must stop at the 10 MiB limit, not fill the memory.
        byte[] bomb = gzip(new byte[1024 * 1024], 64);
        assertTrue(bomb.length < 200_000, "a bomb is small on the wire: " + bomb.length);
        web.stubFor(get("/bomb").willReturn(aResponse().withHeader("Content-Type", "text/html").withHeader("Content-Encoding", "gzip").withBody(bomb)));

        Reading r = read(base + "/gz", base + "/deflate", base + "/bomb");
        assertEquals(List.of("Harbour Post"), r.articles().stream().map(Article::outlet).distinct().toList(), r.err());
        assertEquals(1, r.articles().size(), "the two pages are one article, merged as exact duplicates");
        assertEquals("too large (more than 10 MiB)", r.reasonFor(base + "/bomb"));
        web.verify(getRequestedFor(urlEqualTo("/gz")).withHeader("Accept-Encoding", com.github.tomakehurst.wiremock.client.WireMock.containing("gzip")));
    }

    private static byte[] gzip(byte[] block, int times) throws java.io.IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (var out = new java.util.zip.GZIPOutputStream(bytes)) {
            for (int i = 0; i < times; i++) {
                out.write(block);
            }
        }
        return bytes.toByteArray();
    }

    @Test
    void aServerThatTricklesIsCutAtTheTimeoutForTheWholePage() {
        // One chunk every 0.3 s: each read is quick, so only a bound on the whole download stops it.
        web.stubFor(get("/trickle").willReturn(html(Reading.resource("news-page.html")).withChunkedDribbleDelay(100, 30_000)));
        long start = System.nanoTime();
        Reading r = Reading.of(settings(false, Duration.ofSeconds(2)), base + "/trickle", base + PAGE);
        double seconds = (System.nanoTime() - start) / 1e9;
        assertEquals("timed out: the page took longer than 2s (--fetch-timeout)", r.reasonFor(base + "/trickle"));
        assertTrue(seconds < 15, "cut at the timeout, not after the 30 s the server takes: " + seconds);
    }

    @Test
    void maxItemsReadsTheFirstItemsOfAFeedAndSaysHowManyWereLeft() {
        StringBuilder feed = new StringBuilder("<rss version=\"2.0\"><channel><title>Wire Desk</title>");
        for (int i = 1; i <= 7; i++) {
            feed.append("<item><title>Story ").append(i).append("</title><description>Story number ").append(i)
                    .append(" is told here in a few words of its own.</description></item>");
        }
        web.stubFor(get("/many.rss").willReturn(aResponse().withHeader("Content-Type", "application/rss+xml").withBody(feed + "</channel></rss>")));
        Reading r = Reading.of(new ReadSettings(true, null, null, Duration.ofSeconds(5), cache, false, 3), base + "/many.rss");
        assertEquals(List.of("Story 1", "Story 2", "Story 3"), r.articles().stream().map(Article::title).toList());
        assertTrue(r.err().contains(base + "/many.rss: read the first 3 of 7 items; --max-items 7 reads them all"), r.err());
    }

    @Test
    void aFeedWithManyPagesToFetchLogsItsProgressEveryTenthOfTheWay() {
        StringBuilder feed = new StringBuilder("<rss version=\"2.0\"><channel><title>Wire Desk</title>");
        for (int i = 1; i <= 30; i++) {
            feed.append("<item><title>Story ").append(i).append("</title><link>").append(base).append("/story/").append(i)
                    .append("</link><description>Teaser ").append(i).append(".</description></item>");
            web.stubFor(get("/story/" + i).willReturn(html(Reading.resource("news-page.html")
                    .replace("U.S. Secretary of State Marco Rubio said", "In story " + i + ", U.S. Secretary of State Marco Rubio said"))));
        }
        web.stubFor(get("/wire.rss").willReturn(aResponse().withHeader("Content-Type", "application/rss+xml").withBody(feed + "</channel></rss>")));
        Reading r = readAllowingPrivate(base + "/wire.rss");
        assertEquals(30, r.articles().size(), r.err());
        List<String> progress = r.err().lines().filter(l -> l.startsWith("brief: pages of " + base + "/wire.rss ")).toList();
        assertEquals(10, progress.size(), r.err());
        assertEquals("brief: pages of " + base + "/wire.rss 30/30 done", progress.get(9));
    }

    @Test
    void rssTeaserGetsTheFullPageAndFullItemsAreReadAsTheyAre() {
        web.stubFor(get("/world/feed.rss").willReturn(aResponse().withHeader("Content-Type", "application/rss+xml; charset=utf-8")
                .withBody(Reading.resource("world-feed.rss").replace("{{base}}", base))));
        web.stubFor(get("/world/2025/07/11/rubio-lavrov-new-idea").willReturn(html(Reading.resource("news-page.html"))));
        web.stubFor(get("/world/2025/06/30/heatwave").willReturn(aResponse().withStatus(404)));

        Reading r = readAllowingPrivate(base + "/world/feed.rss");
        assertEquals(3, r.articles().size(), r.err());
        Article fetched = r.byTitle("Rubio says Lavrov offered a 'new idea' on Ukraine");
        assertTrue(fetched.text().startsWith("U.S. Secretary of State Marco Rubio said on Thursday"), fetched.text());
        assertEquals("Harbour Post", fetched.outlet());
        assertEquals(LocalDate.of(2025, 7, 11), fetched.published(), "the page's own date wins over the feed's UTC date");

        Article full = r.byTitle("ASEAN ministers close forum with call for restraint in South China Sea");
        assertEquals("Harbour Post", full.outlet(), "the feed's title without its section");
        assertEquals("Harbour Post staff", full.author());
        assertEquals(LocalDate.of(2025, 7, 11), full.published());
        assertEquals(base + "/world/2025/07/11/asean-forum-closes", full.url());
        assertTrue(full.text().startsWith("Foreign ministers of the Association of Southeast Asian Nations closed"), full.text());
        assertTrue(full.text().endsWith("their second in person this year."), full.text());
        web.verify(0, getRequestedFor(urlEqualTo("/world/2025/07/11/asean-forum-closes")));

        Article teaserKept = r.byTitle("Heatwave grips southern Europe");
        assertEquals("Temperatures passed 40C in Spain and Portugal.", teaserKept.text());
        assertTrue(r.err().contains("the full page " + base + "/world/2025/06/30/heatwave could not be read (HTTP 404 Not Found); kept the feed's teaser"), r.err());
    }

    @Test
    void anItemWithNoTeaserWhosePageFailsSaysItKeptTheHeadline() {
        web.stubFor(get("/bare.rss").willReturn(aResponse().withHeader("Content-Type", "application/rss+xml").withBody(
                "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Harbour Post</title><item>"
                + "<title>Heatwave grips southern Europe</title><link>" + base + "/world/2025/06/30/heatwave</link>"
                + "<pubDate>Mon, 30 Jun 2025 08:00:00 GMT</pubDate></item></channel></rss>")));
        web.stubFor(get("/world/2025/06/30/heatwave").willReturn(aResponse().withStatus(404)));

        Reading r = readAllowingPrivate(base + "/bare.rss");
        assertTrue(r.only().headlineOnly(), r.err());
        assertTrue(r.err().contains("the full page " + base + "/world/2025/06/30/heatwave could not be read (HTTP 404 Not Found);"
                + " the feed gives no teaser, so kept its headline only\n"), r.err());
        assertTrue(!r.err().contains("kept the feed's teaser"), r.err());
    }

    @Test
    void aPageGivenAlsoAsAFeedItemIsKeptOnceWithoutCallingItADuplicateOfItself() {
        web.stubFor(get("/world/feed.rss").willReturn(aResponse().withHeader("Content-Type", "application/rss+xml; charset=utf-8")
                .withBody(Reading.resource("world-feed.rss").replace("{{base}}", base))));
        web.stubFor(get("/world/2025/06/30/heatwave").willReturn(aResponse().withStatus(404)));

        Reading r = readAllowingPrivate(base + PAGE, base + "/world/feed.rss");
        assertEquals(3, r.articles().size(), r.err());
        assertTrue(!r.err().contains("duplicate of"), r.err());
    }

    @Test
    void noFetchKeepsTeasersAndSinceUntilFilterItemsBeforeAnyFetch() {
        web.stubFor(get("/world/feed.rss").willReturn(aResponse().withHeader("Content-Type", "application/rss+xml")
                .withBody(Reading.resource("world-feed.rss").replace("{{base}}", base))));
        Reading r = Reading.of(new ReadSettings(true, LocalDate.of(2025, 7, 1), null, Duration.ofSeconds(5), cache), base + "/world/feed.rss");
        assertEquals(List.of("Rubio says Lavrov offered a 'new idea' on Ukraine", "ASEAN ministers close forum with call for restraint in South China Sea"),
                r.articles().stream().map(Article::title).toList());
        assertEquals("The U.S. Secretary of State said his Russian counterpart put forward a proposal in Kuala Lumpur. Read more",
                r.articles().get(0).text());
        assertEquals(LocalDate.of(2025, 7, 10), r.articles().get(0).published(), "the feed's pubDate, in UTC");
        web.verify(0, getRequestedFor(urlEqualTo(PAGE)));
        assertTrue(r.err().contains("left out 1 item(s) dated outside --since 2025-07-01"), r.err());
    }

    @Test
    void atomFeedServedAsXmlIsRecognised() {
        web.stubFor(get("/atom.xml").willReturn(aResponse().withHeader("Content-Type", "text/xml").withBody(Reading.resource("ledger-feed.atom"))));
        Article a = read(base + "/atom.xml").only();
        assertEquals("Northern Ledger", a.outlet());
        assertEquals("AFP", a.agency());
        assertEquals(LocalDate.of(2025, 7, 10), a.published());
        assertTrue(a.text().endsWith("Lavrov is expected to travel to North Korea later this week for talks with its leadership."), a.text());
    }

    @Test
    void charsetFromTheContentTypeHeaderIsHonoured() {
        byte[] latin = ("<html><head><title>Caf\u00e9 politics</title></head><body><article><p>"
                + "Diplomats met at a caf\u00e9 in Kuala Lumpur on Thursday, where the talks went on for hours. ".repeat(8)
                + "</p></article></body></html>").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        web.stubFor(get("/latin").willReturn(aResponse().withHeader("Content-Type", "text/html; charset=ISO-8859-1").withBody(latin)));
        Reading r = read(base + "/latin");
        assertEquals("Caf\u00e9 politics", r.only().title());
        assertTrue(r.only().text().startsWith("Diplomats met at a caf\u00e9"));
        assertEquals("", r.err());
    }

    @Test
    void aFileListingUrlsReadsEachPageAndAnAddressGivesNoOutlet() throws java.io.IOException {
        web.stubFor(get("/quake-reuters.txt").willReturn(aResponse().withHeader("Content-Type", "text/plain; charset=utf-8").withBody("""
                Strong earthquake strikes southern Peru, killing at least 12
                By Reuters

                LIMA, March 14, 2025 – A magnitude 6.8 earthquake struck southern Peru on Friday, killing at least 12 people.
                """)));
        Path list = java.nio.file.Files.writeString(cache.resolve("feeds.txt"), base + PAGE + "\n\n" + base + "/quake-reuters.txt\n");
        Reading r = read(list.toString());
        assertEquals(2, r.articles().size(), r.err());
        assertEquals("Harbour Post", r.articles().get(0).outlet());
        Article quake = r.articles().get(1);
        assertEquals("Strong earthquake strikes southern Peru, killing at least 12", quake.title());
        assertEquals("Reuters", quake.agency());
        assertNull(quake.outlet(), "127.0.0.1 is a machine, not an outlet");
        assertEquals(base + "/quake-reuters.txt", quake.url());
    }
}
