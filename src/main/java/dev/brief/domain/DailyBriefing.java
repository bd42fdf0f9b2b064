package dev.brief.domain;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A day's articles as one document: the events briefed (or why one could not be), and the events
 * only one independent source reported.
 *
 * @param articles     how many articles were read
 * @param briefed      events with two or more independent sources, most outlets first
 * @param alsoReported events with a single independent source
 */
public record DailyBriefing(int articles, List<Section> briefed, List<Event> alsoReported, Calls calls) {
    public DailyBriefing {
        briefed = List.copyOf(briefed);
        alsoReported = List.copyOf(alsoReported);
    }

    /**
     * One briefed event: its briefing, or the one-line reason it has none, or neither when its story
     * has nothing new since it was last briefed.
     *
     * @param story where the event stands among the stories of earlier days, or null without a history
     */
    public record Section(Event event, Briefing briefing, String failure, StoryMark story) {
        public Section(Event event, Briefing briefing, String failure) {
            this(event, briefing, failure, null);
        }

        public boolean failed() {
            return failure != null;
        }

        /** A story seen before with nothing new today, not briefed: one line in the document. */
        public boolean collapsed() {
            return briefing == null && failure == null && story != null && story.status() == StoryMark.Status.UNCHANGED;
        }
    }

    /**
     * An event's place in its story.
     *
     * @param newSince what is new since the story's previous day, each item cited to today's articles;
     *                 empty for a new story
     * @param inFull   whether the section's briefing is a full one (a new story, or --full), not only what is new
     */
    public record StoryMark(Status status, Story story, List<Briefing.Item> newSince, boolean inFull) {
        public enum Status {
            /** Not seen on an earlier day. */
            NEW,
            /** Continues a story of an earlier day and says something new. */
            DEVELOPING,
            /** Continues a story of an earlier day with nothing new. */
            UNCHANGED
        }

        public StoryMark {
            newSince = List.copyOf(newSince);
        }
    }

    /** The day of a run: the latest date among its articles, or null when none has one. */
    public static LocalDate dayOf(List<Article> articles) {
        return articles.stream().map(Article::published).filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);
    }

    /** Events of stories with nothing new today, each one line instead of a briefing. */
    public long collapsedEvents() {
        return briefed.stream().filter(Section::collapsed).count();
    }

    /** Model calls of the whole run: answered by the server, from the cache, and failed. */
    public record Calls(int calls, int cached, int failed) {}

    public int events() {
        return briefed.size() + alsoReported.size();
    }

    public long failedEvents() {
        return briefed.stream().filter(Section::failed).count();
    }
}
