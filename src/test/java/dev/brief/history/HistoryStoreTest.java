package dev.brief.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.brief.BriefException;
import dev.brief.CliRun;
import dev.brief.ExitCode;
import dev.brief.domain.Story;
import dev.brief.group.ArticleSignals;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HistoryStoreTest {
    private static final LocalDate DAY = LocalDate.of(2025, 3, 14);

    @TempDir
    Path dir;

    private Path file() {
        return dir.resolve("history.db");
    }

    private static Recorded.Article article(String id, float x) {
        return new Recorded.Article(id, "Outlet " + id, null, "Title " + id, DAY, "https://example.org/" + id, null,
                new ArticleSignals(new float[] {x, 1 - x}, Map.of("flood", 0.8f, "river", 0.6f), Map.of("velmora", 1f)));
    }

    private static Recorded.Run run(LocalDate day, String headline, Recorded.Article... articles) {
        Recorded.Event e = new Recorded.Event("e1", "s1", Recorded.Status.NEW, headline, "{\"headline\":\"" + headline + "\"}",
                List.of(), List.of("The river flooded the town."), List.of(articles));
        return new Recorded.Run(day, List.of("/data/" + day), new Recorded.Counts(articles.length, 1, 1, 0, 0, 0, 1, 0), List.of(e));
    }

    private static String sha(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    @Test
    void aNewFileIsBriefsOfTheCurrentVersionAndGivesBackWhatWasStored() throws Exception {
        try (HistoryStore store = HistoryStore.open(file())) {
            assertEquals(Recorded.Outcome.ADDED, store.record(run(DAY, "Flood", article("a1", 0.2f), article("a2", 0.3f))));

            List<HistoryStore.Candidate> found = store.candidates(DAY.minusDays(7), DAY.plusDays(1));
            assertEquals(1, found.size());
            assertEquals("s1", found.get(0).storyId());
            assertEquals(0.2f, found.get(0).signals().get(0).embedding()[0], 0.005f, "kept to a byte of its scale");
            assertEquals(0.8f, found.get(0).signals().get(0).words().get("flood"));
            Story story = store.story("s1", DAY.plusDays(2));
            assertEquals(DAY, story.firstSeen());
            assertEquals(DAY, story.previousDate());
            assertEquals(3, story.day());
            assertEquals(List.of("The river flooded the town."), story.said());
            assertTrue(store.candidates(DAY.minusDays(7), DAY).isEmpty(), "the day itself is not before the day");
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file()); Statement s = c.createStatement()) {
            assertEquals(Schema.APPLICATION_ID, pragma(s, "application_id"));
            assertEquals(Schema.CURRENT, pragma(s, "user_version"));
        }
    }

    @Test
    void theSameRunAgainWritesNothingAndAChangedOneReplacesIt() throws Exception {
        try (HistoryStore store = HistoryStore.open(file())) {
            store.record(run(DAY, "Flood", article("a1", 0.2f)));
        }
        String before = sha(file());
        try (HistoryStore store = HistoryStore.open(file())) {
            assertEquals(Recorded.Outcome.UNCHANGED, store.record(run(DAY, "Flood", article("a1", 0.2f))));
        }
        assertEquals(before, sha(file()));
        try (HistoryStore store = HistoryStore.open(file())) {
            assertEquals(Recorded.Outcome.REPLACED, store.record(run(DAY, "Flood, updated", article("a1", 0.2f), article("a3", 0.4f))));
            List<StoryRecord> stories = store.stories(null);
            assertEquals(1, stories.size());
            assertEquals("Flood, updated", stories.get(0).title());
            assertEquals(List.of("a1", "a3"), stories.get(0).articleIds());
        }
    }

    @Test
    void aRunThatFailsWhileBeingStoredLeavesNothingOfItself() throws Exception {
        try (HistoryStore store = HistoryStore.open(file())) {
            store.record(run(DAY, "Flood", article("a1", 0.2f)));
        }
        String before = sha(file());
        Recorded.Article broken = new Recorded.Article("a2", null, null, null, null, null, null, null);
        try (HistoryStore store = HistoryStore.open(file())) {
            assertThrows(NullPointerException.class, () -> store.record(run(DAY.plusDays(1), "Flood, day 2", article("a9", 0.1f), broken)));
            assertEquals(1, store.stories(null).get(0).days().size(), "the second day's run and event were rolled back");
        }
        assertEquals(before, sha(file()));
    }

    @Test
    void aSecondWriterWaitsABoundedTimeThenFailsWithOneLine() throws Exception {
        try (HistoryStore store = HistoryStore.open(file())) {
            store.record(run(DAY, "Flood", article("a1", 0.2f)));
        }
        try (Connection holder = DriverManager.getConnection("jdbc:sqlite:" + file()); Statement s = holder.createStatement()) {
            s.execute("BEGIN IMMEDIATE");
            try (HistoryStore store = HistoryStore.open(file(), Duration.ofMillis(300))) {
                long start = System.nanoTime();
                BriefException e = assertThrows(BriefException.class, () -> store.record(run(DAY.plusDays(1), "Flood 2", article("a2", 0.3f))));
                assertTrue(System.nanoTime() - start >= 250_000_000L, "it waited for the other writer first");
                assertEquals(ExitCode.HISTORY, e.exitCode());
                assertEquals("the history " + file() + " stayed busy for 0.3 s: another brief is writing to it; run again when it has finished",
                        e.getMessage());
            }
            s.execute("ROLLBACK");
        }
    }

    @Test
    void twoDailyRunsAtOnceOnOneFileBothLand() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<CliRun>> runs = new ArrayList<>();
            for (String day : List.of("src/test/resources/daily/day", "src/test/resources/stories/day3")) {
                runs.add(pool.submit(() -> CliRun.of("daily", day, "--engine", "extractive", "--history", file().toString(), "-q")));
            }
            for (Future<CliRun> f : runs) {
                CliRun r = f.get();
                assertEquals(0, r.exitCode(), r.err());
            }
        } finally {
            pool.shutdownNow();
        }
        try (HistoryStore store = HistoryStore.openExisting(file())) {
            List<LocalDate> days = store.stories(null).stream().flatMap(s -> s.days().stream()).map(StoryRecord.Day::date).distinct().sorted().toList();
            assertEquals(List.of(DAY, DAY.plusDays(2)), days);
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file()); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("PRAGMA integrity_check")) {
            r.next();
            assertEquals("ok", r.getString(1));
        }
    }

    @Test
    void aFileThatIsNotBriefsIsRefusedWithOneLineAndLeftUntouched() throws Exception {
        Path text = dir.resolve("notes.txt");
        Files.writeString(text, "my notes, not a database\n".repeat(200));
        Path other = dir.resolve("other.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + other); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE contacts (name TEXT)");
            s.execute("INSERT INTO contacts VALUES ('Ada')");
        }
        Path newer = dir.resolve("newer.db");
        try (HistoryStore store = HistoryStore.open(newer)) {
            store.record(run(DAY, "Flood", article("a1", 0.2f)));
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + newer); Statement s = c.createStatement()) {
            s.execute("PRAGMA user_version = " + (Schema.CURRENT + 1));
        }

        for (Path f : List.of(text, other, newer)) {
            String before = sha(f);
            CliRun run = CliRun.of("daily", "src/test/resources/daily/day", "--engine", "extractive", "--history", f.toString());
            assertEquals(14, run.exitCode(), run.err());
            assertEquals(1, run.err().lines().count(), run.err());
            assertEquals("", run.out());
            assertEquals(before, sha(f), f + " was left untouched");
            assertTrue(run.err().contains("it was left untouched"), run.err());
        }
        assertTrue(CliRun.of("stories", "--history", newer.toString()).err()
                .startsWith("brief: the history " + newer + " was written by a newer brief (history version " + (Schema.CURRENT + 1)), "");
        assertTrue(CliRun.of("stories", "--history", other.toString()).err()
                .startsWith("brief: " + other + " is a database of another program, not a brief history"));
        assertTrue(CliRun.of("stories", "--history", text.toString()).err()
                .startsWith("brief: " + text + " is not a brief history (not an SQLite database, or a damaged one)"));
    }

    @Test
    void listingStoriesNeverCreatesAHistory() {
        CliRun run = CliRun.of("stories", "--history", file().toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().contains("no history yet at " + file()), run.err());
        assertTrue(Files.notExists(file()));
        assertNull(HistoryStore.openExisting(file()));
        assertNotNull(run.out());
    }

    private static int pragma(Statement s, String name) throws Exception {
        try (ResultSet r = s.executeQuery("PRAGMA " + name)) {
            r.next();
            return r.getInt(1);
        }
    }
}
