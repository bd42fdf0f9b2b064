package dev.brief.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.io.SyndFeedInput;
import dev.brief.domain.DailyBriefing;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** The Atom feed, as Rome reads it, as the JDK's namespace-aware XML parser reads it against RFC 4287, and as a feed reader shows it. */
class AtomFeedTest {
    static final String ATOM = "http://www.w3.org/2005/Atom";
    static final LocalDate DAY = LocalDate.of(2025, 7, 11);
    static final Instant NOW = Instant.parse("2025-07-11T07:00:00Z");

    @TempDir
    Path dir;

    private SyndFeed write(LocalDate day, Instant now, DailyBriefing.Section... sections) throws Exception {
        new SiteWriter(dir).write(day, Days.day(sections), Days.renderer(now), 0, now);
        String xml = Files.readString(dir.resolve("feed.atom"));
        checkRfc4287(xml);
        return new SyndFeedInput().build(new StringReader(xml));
    }

    private static final DailyBriefing.Section FLOOD = Days.event("flood", "Darra river floods Velmora", "The river flooded the old town.", DAY);
    private static final DailyBriefing.Section RATES = Days.event("rates", "Norland raises rates", "The bank raised its rate to 4.5%.", DAY);

    @Test
    void aFeedReaderSeesOneEntryPerEventWithItsPageItsSourcesAndItsDate() throws Exception {
        SyndFeed feed = write(DAY, NOW, FLOOD, RATES);

        assertEquals("atom_1.0", feed.getFeedType());
        assertEquals("Daily briefings", feed.getTitle());
        assertEquals(List.of("Darra river floods Velmora", "Norland raises rates"), feed.getEntries().stream().map(SyndEntry::getTitle).toList());
        SyndEntry flood = feed.getEntries().get(0);
        assertEquals("2025-07-11.html#e-flood", flood.getLink());
        assertEquals(NOW, flood.getUpdatedDate().toInstant());
        List<String> related = flood.getLinks().stream().filter(l -> "related".equals(l.getRel())).map(SyndLink::getHref).toList();
        assertEquals(List.of("https://harbour-post.example/flood1", "https://northern-courier.example/flood2"), related);
        String html = flood.getContents().get(0).getValue();
        assertEquals("html", flood.getContents().get(0).getType());
        assertTrue(Jsoup.parse(html).selectFirst("h2").text().equals("Darra river floods Velmora"), html);
        assertEquals("The river flooded the old town.", flood.getDescription().getValue());
        var citations = Jsoup.parse(html).select("a.cite");
        assertTrue(!citations.isEmpty(), html);
        for (var cite : citations) {
            assertTrue(related.contains(cite.attr("href")), "a citation opens the article it cites, not a page anchor a feed reader lacks: " + cite);
        }
        assertTrue(!html.contains("href=\"#"), html);
    }

    @Test
    void anEntryKeepsItsIdAndDateUntilItsBriefingChanges() throws Exception {
        SyndEntry first = write(DAY, NOW, FLOOD, RATES).getEntries().get(0);

        Instant later = NOW.plusSeconds(3600);
        SyndEntry rerun = write(DAY, later, FLOOD, RATES).getEntries().get(0);
        assertEquals(first.getUri(), rerun.getUri(), "a rerun is the same entry");
        assertEquals(NOW, rerun.getUpdatedDate().toInstant(), "nothing changed, so it was not updated");

        DailyBriefing.Section changed = Days.event("flood", "Darra river floods Velmora", "Two people are missing after the flood.", DAY);
        SyndFeed feed = write(DAY, later, changed, RATES);
        SyndEntry updated = feed.getEntries().get(0);
        assertEquals(first.getUri(), updated.getUri(), "the same event is the same entry");
        assertEquals(later, updated.getUpdatedDate().toInstant(), "its briefing changed: updated now");
        assertEquals(NOW, feed.getEntries().get(1).getUpdatedDate().toInstant(), "the other entry was not touched");
        assertEquals(later, feed.getPublishedDate().toInstant(), "the feed is as new as its newest entry");
    }

    @Test
    void theNextDaysBriefingOfTheSameEventIsTheSameEntryNotASecondOne() throws Exception {
        write(DAY, NOW, FLOOD, RATES);
        // The next day's event carries the first day's first report, with a new briefing.
        DailyBriefing.Section next = Days.event("flood", "Velmora begins the clean-up", "The water fell overnight.", DAY);
        Instant tomorrow = NOW.plusSeconds(86400);
        SyndFeed feed = write(DAY.plusDays(1), tomorrow, next);

        assertEquals(List.of("Velmora begins the clean-up", "Norland raises rates"), feed.getEntries().stream().map(SyndEntry::getTitle).toList());
        assertEquals("2025-07-12.html#e-flood", feed.getEntries().get(0).getLink());
        Set<String> ids = new HashSet<>();
        feed.getEntries().forEach(e -> assertTrue(ids.add(e.getUri()), "one entry per id: " + e.getUri()));
    }

    @Test
    void onlyTheLast30DaysAreInTheFeed() throws Exception {
        write(DAY, NOW, FLOOD);
        LocalDate later = DAY.plusDays(AtomFeed.DAYS);
        SyndFeed feed = write(later, NOW.plusSeconds(86400L * AtomFeed.DAYS), Days.event("x", "A month later", "Something else happened.", later));
        assertEquals(List.of("A month later"), feed.getEntries().stream().map(SyndEntry::getTitle).toList());
        assertTrue(Files.exists(dir.resolve("2025-07-11.html")), "the day stays in the folder; only the feed leaves it out");
    }

    @Test
    void oneDaysDocumentIsAFeedOfItsOwn() throws Exception {
        String xml = Days.renderer(NOW).render(Days.day(FLOOD, RATES), Format.ATOM);
        checkRfc4287(xml);
        SyndFeed feed = new SyndFeedInput().build(new StringReader(xml));
        assertEquals(2, feed.getEntries().size());
        assertEquals(NOW, feed.getEntries().get(0).getUpdatedDate().toInstant());
        String siteId = write(DAY, NOW, FLOOD, RATES).getEntries().get(0).getUri();
        assertEquals(siteId, feed.getEntries().get(0).getUri(), "an event has one id, in the day's feed and in the site's");
    }

    /**
     * RFC 4287, read with the JDK's namespace-aware parser: the elements are in the Atom namespace; the
     * feed and every entry have exactly one id (an absolute IRI), title and updated date (RFC 3339);
     * the feed has an author; ids are unique; HTML content has no script and is escaped text, not markup.
     */
    static void checkRfc4287(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        Element feed = doc.getDocumentElement();
        assertEquals(ATOM, feed.getNamespaceURI());
        assertEquals("feed", feed.getLocalName());
        once(feed, "id", "title", "updated");
        assertTrue(!children(feed, "author").isEmpty(), "the feed has an author, so its entries need none");
        Set<String> ids = new HashSet<>();
        for (Element entry : children(feed, "entry")) {
            once(entry, "id", "title", "updated");
            String id = children(entry, "id").get(0).getTextContent();
            assertTrue(URI.create(id).isAbsolute(), "an entry's id is an absolute IRI: " + id);
            assertTrue(ids.add(id), "ids are unique: " + id);
            List<Element> content = children(entry, "content");
            assertEquals(1, content.size());
            assertEquals("html", content.get(0).getAttribute("type"));
            for (Node n = content.get(0).getFirstChild(); n != null; n = n.getNextSibling()) {
                assertTrue(n.getNodeType() == Node.TEXT_NODE, "type=\"html\" content is escaped text, not child elements");
            }
            assertTrue(Jsoup.parse(content.get(0).getTextContent()).select("script, [onload], [onclick]").isEmpty(), "no script in the content");
            for (Element link : children(entry, "link")) {
                assertTrue(!link.getAttribute("href").isEmpty(), "a link has an href");
            }
        }
        assertTrue(URI.create(children(feed, "id").get(0).getTextContent()).isAbsolute());
    }

    private static void once(Element parent, String... names) {
        for (String name : names) {
            List<Element> found = children(parent, name);
            assertEquals(1, found.size(), parent.getLocalName() + " has exactly one atom:" + name);
            if (name.equals("updated")) {
                assertNotEquals(null, OffsetDateTime.parse(found.get(0).getTextContent()), "an RFC 3339 date");
            }
        }
    }

    private static List<Element> children(Element parent, String localName) {
        List<Element> out = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element e && ATOM.equals(e.getNamespaceURI()) && localName.equals(e.getLocalName())) {
                out.add(e);
            }
        }
        return out;
    }
}
