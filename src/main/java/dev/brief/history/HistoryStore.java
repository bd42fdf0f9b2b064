package dev.brief.history;

import dev.brief.domain.Briefing;
import dev.brief.domain.Story;
import dev.brief.group.ArticleSignals;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The history of daily runs in one SQLite file: each run's events, their articles with what grouping
 * compares, and each briefing. A run is stored in one transaction, all or nothing; a rerun of the
 * same day with the same inputs replaces the earlier run, and writes nothing when it stores the same.
 */
public final class HistoryStore implements AutoCloseable {
    private final HistoryFile file;

    private HistoryStore(HistoryFile file) {
        this.file = file;
    }

    /** Opens (creating when missing) a history file; refuses one that is not brief's or of a newer brief. */
    public static HistoryStore open(Path path) {
        return open(path, HistoryFile.BUSY_TIMEOUT);
    }

    public static HistoryStore open(Path path, Duration busyTimeout) {
        return new HistoryStore(HistoryFile.open(path, busyTimeout));
    }

    /** Opens an existing history to read it, or null when there is none: reading never creates the file. */
    public static HistoryStore openExisting(Path path) {
        HistoryFile f = HistoryFile.openExisting(path);
        return f == null ? null : new HistoryStore(f);
    }

    public Path path() {
        return file.path();
    }

    /** Stores a run in one transaction. */
    public Recorded.Outcome record(Recorded.Run run) {
        String inputs = String.join("\n", run.inputs());
        String fingerprint = Codec.fingerprint(run);
        return file.inTransaction(c -> {
            Long earlier = null;
            try (PreparedStatement q = c.prepareStatement("SELECT id, fingerprint FROM run WHERE day = ? AND inputs = ?")) {
                q.setString(1, run.day().toString());
                q.setString(2, inputs);
                try (ResultSet r = q.executeQuery()) {
                    if (r.next()) {
                        if (r.getString(2).equals(fingerprint)) {
                            return Recorded.Outcome.UNCHANGED;
                        }
                        earlier = r.getLong(1);
                    }
                }
            }
            if (earlier != null) {
                try (PreparedStatement d = c.prepareStatement("DELETE FROM run WHERE id = ?")) {
                    d.setLong(1, earlier);
                    d.executeUpdate();
                }
            }
            long runId = insertRun(c, run, inputs, fingerprint);
            insertEvents(c, runId, run);
            return earlier == null ? Recorded.Outcome.ADDED : Recorded.Outcome.REPLACED;
        });
    }

    private static long insertRun(Connection c, Recorded.Run run, String inputs, String fingerprint) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO run (day, inputs, fingerprint, recorded_at, articles, events, briefed, "
                + "unchanged, failed, also_reported, calls, cached_calls) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            Recorded.Counts n = run.counts();
            p.setString(1, run.day().toString());
            p.setString(2, inputs);
            p.setString(3, fingerprint);
            p.setString(4, Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
            p.setInt(5, n.articles());
            p.setInt(6, n.events());
            p.setInt(7, n.briefed());
            p.setInt(8, n.unchanged());
            p.setInt(9, n.failed());
            p.setInt(10, n.alsoReported());
            p.setInt(11, n.calls());
            p.setInt(12, n.cachedCalls());
            p.executeUpdate();
            try (ResultSet keys = p.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private static void insertEvents(Connection c, long runId, Recorded.Run run) throws SQLException {
        try (PreparedStatement e = c.prepareStatement("INSERT INTO event (run_id, id, story_id, day, status, headline, briefing, new_items, said) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
                PreparedStatement a = c.prepareStatement("INSERT INTO article (run_id, event_id, id, outlet, agency, title, published, url, path, "
                        + "embedding, words, names) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Recorded.Event event : run.events()) {
                e.setLong(1, runId);
                e.setString(2, event.id());
                e.setString(3, event.storyId());
                e.setString(4, run.day().toString());
                e.setString(5, event.status().id());
                e.setString(6, event.headline());
                e.setString(7, event.briefingJson());
                e.setString(8, Codec.items(event.newItems()));
                e.setString(9, Codec.strings(event.said()));
                e.addBatch();
                for (Recorded.Article art : event.articles()) {
                    a.setLong(1, runId);
                    a.setString(2, event.id());
                    a.setString(3, art.id());
                    a.setString(4, art.outlet());
                    a.setString(5, art.agency());
                    a.setString(6, art.title());
                    a.setString(7, art.published() == null ? null : art.published().toString());
                    a.setString(8, art.url());
                    a.setString(9, art.path());
                    a.setBytes(10, Codec.embedding(art.signals().embedding()));
                    a.setString(11, Codec.terms(art.signals().words()));
                    a.setString(12, Codec.terms(art.signals().names()));
                    a.addBatch();
                }
            }
            e.executeBatch();
            a.executeBatch();
        }
    }

    /** A stored event that today's events may continue: its story, its day, and its articles' signals. */
    public record Candidate(String storyId, LocalDate day, String eventId, List<LocalDate> published, List<ArticleSignals> signals) {}

    /** The events of the days from {@code from} up to, not including, {@code before}, with their articles' signals. */
    public List<Candidate> candidates(LocalDate from, LocalDate before) {
        return file.read(c -> {
            Map<String, List<Object[]>> articles = new LinkedHashMap<>();
            Map<String, Object[]> events = new LinkedHashMap<>();
            try (PreparedStatement q = c.prepareStatement("SELECT e.run_id, e.id, e.story_id, e.day, a.published, a.embedding, a.words, a.names "
                    + "FROM event e JOIN article a ON a.run_id = e.run_id AND a.event_id = e.id "
                    + "WHERE e.day >= ? AND e.day < ? ORDER BY e.day, e.run_id, e.id, a.id")) {
                q.setString(1, from.toString());
                q.setString(2, before.toString());
                try (ResultSet r = q.executeQuery()) {
                    while (r.next()) {
                        String key = r.getLong(1) + "/" + r.getString(2);
                        events.putIfAbsent(key, new Object[] {r.getString(3), LocalDate.parse(r.getString(4)), r.getString(2)});
                        String published = r.getString(5);
                        articles.computeIfAbsent(key, k -> new ArrayList<>()).add(new Object[] {
                            published == null ? null : LocalDate.parse(published),
                            new ArticleSignals(Codec.embedding(r.getBytes(6)), Codec.terms(r.getString(7)), Codec.terms(r.getString(8)))});
                    }
                }
            }
            List<Candidate> out = new ArrayList<>();
            events.forEach((key, e) -> {
                List<LocalDate> dates = new ArrayList<>();
                List<ArticleSignals> signals = new ArrayList<>();
                for (Object[] a : articles.get(key)) {
                    dates.add((LocalDate) a[0]);
                    signals.add((ArticleSignals) a[1]);
                }
                out.add(new Candidate((String) e[0], (LocalDate) e[1], (String) e[2], dates, signals));
            });
            return out;
        });
    }

    /**
     * A stored story as it stands on {@code today}: when it was first and last reported before today,
     * its latest headline, and everything its briefings before today said, newest first.
     */
    public Story story(String storyId, LocalDate today) {
        return file.read(c -> {
            LocalDate first = null;
            LocalDate previous = null;
            String headline = null;
            List<String> said = new ArrayList<>();
            try (PreparedStatement q = c.prepareStatement("SELECT day, headline, said FROM event WHERE story_id = ? AND day < ? "
                    + "ORDER BY day DESC, run_id DESC, id")) {
                q.setString(1, storyId);
                q.setString(2, today.toString());
                try (ResultSet r = q.executeQuery()) {
                    while (r.next()) {
                        LocalDate day = LocalDate.parse(r.getString(1));
                        if (previous == null) {
                            previous = day;
                            headline = r.getString(2);
                        }
                        first = day;
                        for (String s : Codec.strings(r.getString(3))) {
                            if (!said.contains(s)) {
                                said.add(s);
                            }
                        }
                    }
                }
            }
            if (first == null) {
                return Story.startingOn(storyId, today);
            }
            return new Story(storyId, first, previous, (int) ChronoUnit.DAYS.between(first, today) + 1, headline, said);
        });
    }

    /** The stories reported on or after {@code since} (every story when null), most recent first. */
    public List<StoryRecord> stories(LocalDate since) {
        return file.read(c -> StoryRecord.read(c, since, null));
    }

    /** One story with its timeline, or null when there is none with this id. */
    public StoryRecord storyRecord(String id) {
        return file.read(c -> {
            List<StoryRecord> found = StoryRecord.read(c, null, id);
            return found.isEmpty() ? null : found.get(0);
        });
    }

    /** What {@link #forgetBefore} deleted. */
    public record Forgotten(int runs, int events, int articles, int stories, LocalDate before) {}

    /** Deletes every run of a day before {@code day}, with its events and articles, in one transaction, then gives the room back. */
    public Forgotten forgetBefore(LocalDate day) {
        Forgotten f = forget(day);
        if (f.runs() > 0) {
            try {
                file.read(c -> {
                    try (Statement s = c.createStatement()) {
                        return s.execute("VACUUM");
                    }
                });
            } catch (RuntimeException busy) {
                // Another run is using the file: the freed pages stay free inside it, and later runs reuse them.
            }
        }
        return f;
    }

    private Forgotten forget(LocalDate day) {
        return file.inTransaction(c -> {
            int runs;
            int events;
            int articles;
            int stories;
            String d = day.toString();
            events = count(c, "SELECT count(*) FROM event WHERE day < ?", d);
            articles = count(c, "SELECT count(*) FROM article a JOIN run r ON r.id = a.run_id WHERE r.day < ?", d);
            stories = count(c, "SELECT count(DISTINCT story_id) FROM event WHERE day < ? AND story_id NOT IN "
                    + "(SELECT story_id FROM event WHERE day >= ?)", d, d);
            try (PreparedStatement p = c.prepareStatement("DELETE FROM run WHERE day < ?")) {
                p.setString(1, d);
                runs = p.executeUpdate();
            }
            return new Forgotten(runs, events, articles, stories, day);
        });
    }

    private static int count(Connection c, String sql, String... args) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                p.setString(i + 1, args[i]);
            }
            try (ResultSet r = p.executeQuery()) {
                return r.next() ? r.getInt(1) : 0;
            }
        }
    }

    /** Items as the history keeps them: text and sources, for a story's timeline. */
    static List<Briefing.Item> items(String json) {
        return Codec.items(json);
    }

    @Override
    public void close() {
        file.close();
    }
}
