package dev.brief.history;

import dev.brief.domain.Briefing;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A story as {@code brief stories} and {@code brief story} show it: its days, each day's event with
 * its headline, what was new, and its sources.
 *
 * @param title the headline of its latest day
 */
public record StoryRecord(String id, String title, LocalDate firstSeen, LocalDate lastSeen, List<Day> days) {
    public StoryRecord {
        days = List.copyOf(days);
    }

    /** One day of a story: the event of a run, as it was stored. */
    public record Day(LocalDate date, String eventId, String headline, Recorded.Status status, List<Briefing.Item> newItems,
            List<Source> sources) {
        public Day {
            newItems = List.copyOf(newItems);
            sources = List.copyOf(sources);
        }
    }

    /** An article of a day, as a source list shows it. */
    public record Source(String id, String outlet, String agency, String title, LocalDate published, String url, String path) {}

    /** Distinct articles over all its days, in the order first reported. */
    public List<String> articleIds() {
        Set<String> ids = new LinkedHashSet<>();
        days.forEach(d -> d.sources().forEach(s -> ids.add(s.id())));
        return List.copyOf(ids);
    }

    /** Distinct outlets over all its days, in the order first reported. */
    public List<String> outlets() {
        Set<String> out = new LinkedHashSet<>();
        for (Day d : days) {
            for (Source s : d.sources()) {
                String name = s.outlet() != null ? s.outlet() : s.agency();
                if (name != null) {
                    out.add(name);
                }
            }
        }
        return List.copyOf(out);
    }

    /** How many distinct days it was reported on. */
    public int dayCount() {
        return (int) days.stream().map(Day::date).distinct().count();
    }

    /** Stories seen on or after since (any when null), or the one story with storyId (any when null); latest first. */
    static List<StoryRecord> read(Connection c, LocalDate since, String storyId) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT e.story_id, e.day, e.id, e.headline, e.status, e.new_items, e.run_id FROM event e WHERE 1 = 1");
        sql.append(storyFilter(since, storyId));
        sql.append(" ORDER BY e.story_id, e.day, e.run_id, e.id");
        Map<String, List<Day>> days = new LinkedHashMap<>();
        Map<String, List<Source>> sourcesOf = sources(c, since, storyId);
        try (PreparedStatement q = c.prepareStatement(sql.toString())) {
            bindStoryFilter(q, since, storyId);
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    String key = r.getLong(7) + "/" + r.getString(3);
                    days.computeIfAbsent(r.getString(1), s -> new ArrayList<>()).add(new Day(LocalDate.parse(r.getString(2)), r.getString(3),
                            r.getString(4), Recorded.Status.ofId(r.getString(5)), Codec.items(r.getString(6)), sourcesOf.getOrDefault(key, List.of())));
                }
            }
        }
        List<StoryRecord> out = new ArrayList<>();
        days.forEach((id, list) -> out.add(new StoryRecord(id, list.get(list.size() - 1).headline(), list.get(0).date(),
                list.get(list.size() - 1).date(), list)));
        out.sort(java.util.Comparator.comparing(StoryRecord::lastSeen).reversed().thenComparing(StoryRecord::firstSeen)
                .thenComparing(StoryRecord::id));
        return out;
    }

    /** The condition on e (an event row) that both queries share: its story seen on or after since, or the one story. */
    private static String storyFilter(LocalDate since, String storyId) {
        return (since != null ? " AND e.story_id IN (SELECT story_id FROM event WHERE day >= ?)" : "")
                + (storyId != null ? " AND e.story_id = ?" : "");
    }

    private static void bindStoryFilter(PreparedStatement q, LocalDate since, String storyId) throws SQLException {
        int k = 1;
        if (since != null) {
            q.setString(k++, since.toString());
        }
        if (storyId != null) {
            q.setString(k, storyId);
        }
    }

    private static Map<String, List<Source>> sources(Connection c, LocalDate since, String storyId) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT a.run_id, a.event_id, a.id, a.outlet, a.agency, a.title, a.published, a.url, a.path "
                + "FROM article a JOIN event e ON e.run_id = a.run_id AND e.id = a.event_id WHERE 1 = 1");
        sql.append(storyFilter(since, storyId));
        sql.append(" ORDER BY a.run_id, a.event_id, a.published, a.id");
        Map<String, List<Source>> out = new LinkedHashMap<>();
        try (PreparedStatement q = c.prepareStatement(sql.toString())) {
            bindStoryFilter(q, since, storyId);
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    String published = r.getString(7);
                    out.computeIfAbsent(r.getLong(1) + "/" + r.getString(2), x -> new ArrayList<>()).add(new Source(r.getString(3),
                            r.getString(4), r.getString(5), r.getString(6), published == null ? null : LocalDate.parse(published),
                            r.getString(8), r.getString(9)));
                }
            }
        }
        return out;
    }
}
