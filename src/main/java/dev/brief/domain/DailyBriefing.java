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
public record DailyBriefing(int articles, List<Section> briefed, List<Event> alsoReported, Calls calls) {
    public DailyBriefing {
        briefed = List.copyOf(briefed);
        alsoReported = List.copyOf(alsoReported);
    }

    /** One briefed event: its briefing, or the one-line reason it has none. */
    public record Section(Event event, Briefing briefing, String failure) {
        public boolean failed() {
            return briefing == null;
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
