package dev.brief.engine;

import dev.brief.domain.Briefing;
import dev.brief.domain.Event;

/** An engine that turns an event into a briefing: the LLM, or the extractive engine. */
public interface Briefer {
    Briefing brief(Event event);

    /**
     * One more try for a briefing whose items failed their checks; the problems are on the items.
     * An engine that cannot do better returns the briefing unchanged.
     */
    default Briefing repair(Event event, Briefing checked) {
        return checked;
    }
}
