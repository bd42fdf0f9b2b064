package dev.brief.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Generator;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import dev.brief.domain.Briefing;
import dev.brief.domain.Source;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Daily documents as an Atom 1.0 feed (RFC 4287), written with Rome: one entry per briefed event, its
 * briefing as escaped HTML content with the links to its sources. Entries are made from the JSON of
 * a daily document, so that a site's feed is rebuilt from its day files alone.
 */
public final class AtomFeed {
    /** How many days of a site its feed holds. */
    public static final int DAYS = 30;

    private static final ObjectMapper JSON = new ObjectMapper();

    private AtomFeed() {}

    /**
     * One briefed event as an entry, before its updated date is known.
     *
     * @param id       stable across runs and days: see {@link #entryId}
     * @param day      the day document it comes from
     * @param hash     of its title and content: a changed briefing has a new one
     * @param sources  the web addresses of its sources
     */
    public record Draft(String id, LocalDate day, String eventId, String title, String summary, String html, String hash,
            List<Source> sources) {}

    /** An entry with its updated date. */
    public record Dated(Draft draft, Instant updated) {}

    /** One daily document (its JSON) as a feed of its own, as {@code --format atom} prints it: every entry updated now. */
    static String ofDay(String dayJson, Instant now) {
        JsonNode day;
        try {
            day = JSON.readTree(dayJson);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        String date = day.path("date").asText("undated");
        return write(uuid("day " + date), "Daily briefing " + date, null, false, drafts(day).stream().map(d -> new Dated(d, now)).toList(), now);
    }

    /** The entries of one daily document's JSON, in its order. Events that failed have none. */
    public static List<Draft> drafts(JsonNode day) {
        LocalDate date = day.hasNonNull("date") ? LocalDate.parse(day.get("date").asText()) : null;
        Map<String, Instant> times = times(day.path("coverage"));
        List<Draft> out = new ArrayList<>();
        for (JsonNode event : day.path("events")) {
            JsonNode b = event.path("briefing");
            if (!b.isObject()) {
                continue;
            }
            Briefing briefing = JsonBriefingReader.read(b.toString(), "the day " + date);
            String eventId = event.path("id").asText();
            StringBuilder html = new StringBuilder();
            HtmlRenderer.section(html, briefing, eventId + "-", 2);
            String content = citationsToSources(html.toString(), briefing, eventId + "-");
            String summary = briefing.summary().stream().map(Briefing.Item::text).collect(Collectors.joining(" "));
            out.add(new Draft(entryId(event, briefing, times), date, eventId, briefing.headline(), summary, content,
                    hash(briefing.headline() + "\n" + content), briefing.sources()));
        }
        return out;
    }

    /**
     * A citation in a feed entry links to the article it cites: the page's own "#source-N" links lead
     * nowhere in a feed reader, which shows the entry apart from any page. A source without a web
     * address keeps its number, unlinked.
     */
    static String citationsToSources(String html, Briefing briefing, String anchorPrefix) {
        String out = html;
        for (Source s : briefing.sources()) {
            String page = "<a class=\"cite\" href=\"#" + anchorPrefix + "source-" + s.number() + "\">[" + s.number() + "]</a>";
            boolean web = s.url() != null && (s.url().startsWith("https://") || s.url().startsWith("http://"));
            out = out.replace(page, web
                    ? "<a class=\"cite\" href=\"" + HtmlRenderer.esc(s.url()) + "\">[" + s.number() + "]</a>"
                    : "[" + s.number() + "]");
        }
        return out;
    }

    /**
     * A stable id for an event's entry, so that a feed reader shows a rerun or the next day's briefing
     * of the same event as the same entry, updated: a name-based UUID of the event's first report (its
     * web address, else its id and day). The first report is the earliest, so later reports do not
     * change it.
     *
     * <p>Stories across days: when an event carries its story ({@code events[].story.id} in the
     * JSON), the story is the entry.
     */
    static String entryId(JsonNode event, Briefing briefing, Map<String, Instant> times) {
        JsonNode story = event.path("story");
        if (story.hasNonNull("id")) {
            return uuid("story " + story.get("id").asText());
        }
        Comparator<Source> earliest = Comparator.comparing((Source s) -> times.get(s.id()), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Source::published, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Source::id);
        Source first = briefing.sources().stream().min(earliest).orElse(null);
        if (first == null) {
            return uuid("event " + event.path("id").asText());
        }
        return uuid(first.url() != null ? "url " + first.url() : "article " + first.id() + " " + first.published());
    }

    private static String uuid(String name) {
        return "urn:uuid:" + UUID.nameUUIDFromBytes(("brief " + name).getBytes(StandardCharsets.UTF_8));
    }

    /** Article times from a daily document's coverage, by article id. */
    private static Map<String, Instant> times(JsonNode coverage) {
        Map<String, Instant> out = new HashMap<>();
        for (JsonNode e : coverage.path("events")) {
            for (JsonNode r : e.path("reports")) {
                if (r.hasNonNull("time")) {
                    out.put(r.path("article").asText(), Instant.parse(r.get("time").asText()));
                }
            }
        }
        return out;
    }

    static String hash(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8))).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The feed document.
     *
     * @param feedId    the feed's own id
     * @param home      where the feed's alternate page is (relative to the feed), or null
     * @param dayPages  whether entries link to their day pages ({@code YYYY-MM-DD.html#event}), as in a site folder
     * @param now       the feed's updated date when it has no entry
     */
    public static String write(String feedId, String title, String home, boolean dayPages, List<Dated> entries, Instant now) {
        Feed feed = new Feed("atom_1.0");
        feed.setId(feedId);
        feed.setTitle(title);
        feed.setUpdated(Date.from(entries.stream().map(Dated::updated).max(Comparator.naturalOrder()).orElse(now)));
        Person brief = new Person();
        brief.setName("brief");
        feed.setAuthors(List.of(brief));
        Generator generator = new Generator();
        generator.setValue("brief");
        feed.setGenerator(generator);
        if (home != null) {
            feed.setAlternateLinks(List.of(link("alternate", home, "text/html", null)));
        }
        List<Entry> out = new ArrayList<>();
        for (Dated d : entries) {
            out.add(entry(d, dayPages));
        }
        feed.setEntries(out);
        try {
            return new WireFeedOutput().outputString(feed, true);
        } catch (FeedException e) {
            throw new IllegalStateException("the Atom feed could not be written: " + e.getMessage(), e);
        }
    }

    private static Entry entry(Dated d, boolean dayPages) {
        Draft draft = d.draft();
        Entry e = new Entry();
        e.setId(draft.id());
        e.setTitle(draft.title());
        e.setUpdated(Date.from(d.updated()));
        Content content = new Content();
        content.setType("html");
        content.setValue(draft.html());
        e.setContents(List.of(content));
        if (!draft.summary().isBlank()) {
            Content summary = new Content();
            summary.setType("text");
            summary.setValue(draft.summary());
            e.setSummary(summary);
        }
        if (dayPages && draft.day() != null) {
            e.setAlternateLinks(List.of(link("alternate", SiteWriter.dayFile(draft.day(), "html") + "#" + draft.eventId(), "text/html", null)));
        }
        List<Link> related = new ArrayList<>();
        for (Source s : draft.sources()) {
            if (s.url() != null && s.url().matches("(?i)https?://\\S+")) {
                related.add(link("related", s.url(), null, s.displayName() + (s.title() == null ? "" : ": " + s.title())));
            }
        }
        e.setOtherLinks(related);
        return e;
    }

    private static Link link(String rel, String href, String type, String title) {
        Link l = new Link();
        l.setRel(rel);
        l.setHref(href);
        l.setType(type);
        l.setTitle(title);
        return l;
    }
}
