package dev.brief.app;

import dev.brief.BriefException;
import dev.brief.Console;
import dev.brief.ExitCode;
import dev.brief.history.HistoryStore;
import dev.brief.history.StoryRecord;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/** {@code brief stories}, {@code brief story ID} and {@code brief history}: reading and trimming the history. */
public final class HistoryRun {
    private final Path file;
    private final Console console;

    public HistoryRun(Path file, Console console) {
        this.file = java.util.Objects.requireNonNull(file, "file");
        this.console = console;
    }

    /** The stories reported on or after since (all when null), latest first; none when there is no history yet. */
    public List<StoryRecord> stories(LocalDate since) {
        try (HistoryStore store = HistoryStore.openExisting(file)) {
            if (store == null) {
                console.notice("no history yet at " + file + "; brief daily starts one");
                return List.of();
            }
            return store.stories(since);
        }
    }

    public StoryRecord story(String id) {
        try (HistoryStore store = HistoryStore.openExisting(file)) {
            StoryRecord s = store == null ? null : store.storyRecord(id);
            if (s == null) {
                throw new BriefException(ExitCode.INPUT, "no story " + id + " in the history " + file, "list the stories with brief stories", null);
            }
            return s;
        }
    }

    /** Deletes the runs of the days before a day; says what it deleted. */
    public HistoryStore.Forgotten forgetBefore(LocalDate day) {
        try (HistoryStore store = HistoryStore.openExisting(file)) {
            if (store == null) {
                return new HistoryStore.Forgotten(0, 0, 0, 0, day);
            }
        }
        try (HistoryStore store = HistoryStore.open(file)) {
            return store.forgetBefore(day);
        }
    }
}
