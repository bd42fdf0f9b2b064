package dev.brief.domain;

import java.util.List;

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
     * One briefed event: its briefing, or the one-line reason it has none.
     *
     * @param servers the servers that answered its model calls (none when every answer came from the cache)
     */
    public record Section(Event event, Briefing briefing, String failure, List<String> servers) {
        public Section {
            servers = List.copyOf(servers);
        }

        public Section(Event event, Briefing briefing, String failure) {
            this(event, briefing, failure, List.of());
        }

        public boolean failed() {
            return briefing == null;
        }
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
        return briefed.stream().filter(s -> !s.failed()).mapToInt(s -> s.briefing().verification().unverified()).sum();
    }
}
