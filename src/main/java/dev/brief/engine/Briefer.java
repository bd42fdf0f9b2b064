package dev.brief.engine;

import dev.brief.domain.Briefing;
import dev.brief.domain.Event;
import dev.brief.domain.Story;

/** An engine that turns an event into a briefing: the LLM, or the extractive engine. */
public interface Briefer {
    Briefing brief(Event event);

    /**
     * One more try for a briefing whose items failed their checks; the problems are on the items.
     * An engine that cannot do better returns the briefing unchanged.
     */
    /**
     * A briefing of what is new in an event that continues a story: only what the story's earlier
     * briefings did not say. An engine that cannot tell briefs the event in full, and brief drops
     * what restates the earlier briefings.
     */
    default Briefing update(Event event, Story story) {
        return brief(event);
    }

    default Briefing repair(Event event, Briefing checked) {
        return checked;
    }
}
