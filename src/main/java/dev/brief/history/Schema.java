package dev.brief.history;

import java.util.List;

/**
 * The history's tables, as migrations: version N of the file is migrations 1..N applied in order.
 * A released migration is never edited; a change is a new migration at the end. The file says its
 * version in {@code PRAGMA user_version} and that it is brief's in {@code PRAGMA application_id}.
 */
final class Schema {
    /** "brif": what {@code PRAGMA application_id} holds in brief's history files. */
    static final int APPLICATION_ID = 0x62726966;

    static final List<List<String>> MIGRATIONS = List.of(
            // 1: runs, their events, and the events' articles with what grouping compares.
            List.of("""
                    CREATE TABLE run (
                      id INTEGER PRIMARY KEY,
                      day TEXT NOT NULL,
                      inputs TEXT NOT NULL,
                      fingerprint TEXT NOT NULL,
                      recorded_at TEXT NOT NULL,
                      articles INTEGER NOT NULL,
                      events INTEGER NOT NULL,
                      briefed INTEGER NOT NULL,
                      unchanged INTEGER NOT NULL,
                      failed INTEGER NOT NULL,
                      also_reported INTEGER NOT NULL,
                      calls INTEGER NOT NULL,
                      cached_calls INTEGER NOT NULL,
                      UNIQUE (day, inputs))""",
                    """
                    CREATE TABLE event (
                      run_id INTEGER NOT NULL REFERENCES run(id) ON DELETE CASCADE,
                      id TEXT NOT NULL,
                      story_id TEXT NOT NULL,
                      day TEXT NOT NULL,
                      status TEXT NOT NULL,
                      headline TEXT NOT NULL,
                      briefing TEXT,
                      new_items TEXT NOT NULL,
                      said TEXT NOT NULL,
                      PRIMARY KEY (run_id, id))""",
                    "CREATE INDEX event_story ON event (story_id, day)",
                    "CREATE INDEX event_day ON event (day)",
                    """
                    CREATE TABLE article (
                      run_id INTEGER NOT NULL,
                      event_id TEXT NOT NULL,
                      id TEXT NOT NULL,
                      outlet TEXT,
                      agency TEXT,
                      title TEXT,
                      published TEXT,
                      url TEXT,
                      path TEXT,
                      embedding BLOB NOT NULL,
                      words TEXT NOT NULL,
                      names TEXT NOT NULL,
                      PRIMARY KEY (run_id, id),
                      FOREIGN KEY (run_id, event_id) REFERENCES event (run_id, id) ON DELETE CASCADE)""",
                    "CREATE INDEX article_event ON article (run_id, event_id)"));

    /** The version this brief writes and reads. */
    static final int CURRENT = MIGRATIONS.size();

    private Schema() {}
}
