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
public record DailyBriefing(int articles, List<Section> briefed, List<Event> alsoReported, Calls calls, Servers servers) {
    public DailyBriefing {
        briefed = List.copyOf(briefed);
        alsoReported = List.copyOf(alsoReported);
    }

    /** A run on one server. */
    public DailyBriefing(int articles, List<Section> briefed, List<Event> alsoReported, Calls calls) {
        this(articles, briefed, alsoReported, calls, Servers.ONE);
    }

    /**
     * One briefed event: its briefing, or the one-line reason it has none, or neither when its story
     * has nothing new since it was last briefed.
     *
     * @param servers the servers that answered its model calls (none when every answer came from the cache)
     * @param story   where the event stands among the stories of earlier days, or null without a history
     */
    public record Section(Event event, Briefing briefing, String failure, List<String> servers, StoryMark story) {
        public Section {
            servers = List.copyOf(servers);
        }

        public Section(Event event, Briefing briefing, String failure) {
            this(event, briefing, failure, List.of(), null);
        }

        public Section(Event event, Briefing briefing, String failure, StoryMark story) {
            this(event, briefing, failure, List.of(), story);
        }

        public Section withServers(List<String> answeredBy) {
            return new Section(event, briefing, failure, answeredBy, story);
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

    /**
     * The model servers of the run: how many, and those taken out of the pool after failing.
     *
     * @param takenOut each as its name (URL) and the reason
     */
    public record Servers(int count, List<String> takenOut) {
        public static final Servers ONE = new Servers(1, List.of());

        public Servers {
            takenOut = List.copyOf(takenOut);
        }
    }

    /** Model calls of the whole run: answered by the server, from the cache, and failed. */
    public record Calls(int calls, int cached, int failed) {}

    public int events() {
        return briefed.size() + alsoReported.size();
    }

    public long failedEvents() {
        return briefed.stream().filter(Section::failed).count();
    }

    /** Claims left unverified over every briefed event. */
    public int unverifiedClaims() {
        return briefed.stream().filter(s -> s.briefing() != null).mapToInt(s -> s.briefing().verification().unverified()).sum();
    }
}
