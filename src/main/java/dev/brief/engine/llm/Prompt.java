package dev.brief.engine.llm;

import dev.brief.domain.Briefing.Usage;
import dev.brief.model.ChatTurn;
import java.util.List;

/**
 * The messages and schema of an event's briefing call. preparation is what it took to make them:
 * the map calls when the articles had to be reduced to notes first.
 */
record Prompt(List<ChatTurn> messages, String schema, Usage preparation, boolean fromNotes) {
    Prompt {
        messages = List.copyOf(messages);
    }

    /** The name of the call that sends it, for progress. */
    String callName() {
        return fromNotes ? "reduce" : "briefing";
    }
}
