package dev.brief.history;

import dev.brief.domain.Briefing;
import dev.brief.group.ArticleSignals;
import java.time.LocalDate;
import java.util.List;

/** What one daily run leaves in the history, and what the history gives back. */
public final class Recorded {
    private Recorded() {}

    /** Where an event stood when it was stored. */
    public enum Status {
        /** Briefed, and new that day. */
        NEW,
        /** Briefed as the next day of a story. */
        DEVELOPING,
        /** The next day of a story, with nothing new: not briefed. */
        UNCHANGED,
        /** Two or more outlets reported it, but briefing it failed. */
        FAILED,
        /** Only one independent source reported it ("Also reported"). */
        SINGLE;

        String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        static Status ofId(String id) {
            return valueOf(id.toUpperCase(java.util.Locale.ROOT));
        }
    }

    /** One run: its day, its inputs as given, its counts and its events. */
    public record Run(LocalDate day, List<String> inputs, Counts counts, List<Event> events) {
        public Run {
            inputs = List.copyOf(inputs);
            events = List.copyOf(events);
        }
    }

    public record Counts(int articles, int events, int briefed, int unchanged, int failed, int alsoReported, int calls, int cachedCalls) {}

    /**
     * One event of a run.
     *
     * @param briefingJson the briefing as {@code --format json} prints it, or null when none was written
     * @param newItems     what was new since the story's previous day (empty on its first day)
     * @param said         every statement its briefing made: what later days must not repeat
     */
    public record Event(String id, String storyId, Status status, String headline, String briefingJson, List<Briefing.Item> newItems,
            List<String> said, List<Article> articles) {
        public Event {
            newItems = List.copyOf(newItems);
            said = List.copyOf(said);
            articles = List.copyOf(articles);
        }
    }

    /** An article of an event, with what grouping needs to compare it with a later day's articles. */
    public record Article(String id, String outlet, String agency, String title, LocalDate published, String url, String path,
            ArticleSignals signals) {}

    /** What recording a run did. */
    public enum Outcome {
        /** The day's first run with these inputs. */
        ADDED,
        /** A run of the same day and inputs was there, with other results, and was replaced. */
        REPLACED,
        /** A run of the same day and inputs stored exactly this: nothing was written. */
        UNCHANGED
    }
}
