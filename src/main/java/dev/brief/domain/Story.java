package dev.brief.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * A story as the history knows it on the day of a run: a chain of events about one real-world
 * happening, reported over one or more days.
 *
 * @param id           stable: the same first event on the same first day gives the same id
 * @param firstSeen    the day the story was first reported
 * @param previousDate the last day before today it was reported, or null for a story new today
 * @param day          today's day of the story: 1 on its first day, 3 two days later
 * @param headline     the headline it was last briefed under, or null for a story new today
 * @param said         what its earlier briefings said, newest first: what a briefing today must not repeat
 */
public record Story(String id, LocalDate firstSeen, LocalDate previousDate, int day, String headline, List<String> said) {
    public Story {
        said = List.copyOf(said);
    }

    /** A story that starts today. */
    public static Story startingOn(String id, LocalDate day) {
        return new Story(id, day, null, 1, null, List.of());
    }

    /** Whether it was reported before today. */
    public boolean continues() {
        return previousDate != null;
    }
}
