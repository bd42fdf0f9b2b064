package dev.brief.group;

import dev.brief.domain.Event;
import java.util.List;
import java.util.Map;

/**
 * Events found among articles, and why each article is where it is.
 *
 * @param affinity  article id → its average similarity to the other articles of its event (NaN alone)
 * @param cohesion  event id → the average similarity between its articles (NaN for one article)
 * @param embedded  how many texts the embedding model read
 * @param leads     article id → the sentence embedding of its headline and lead, so that a later stage
 *                  comparing articles the same way (the history) does not embed them again
 */
public record Grouping(List<Event> events, Map<String, Double> affinity, Map<String, Double> cohesion, int embedded,
        Map<String, float[]> leads) {
    public Grouping {
        events = List.copyOf(events);
        affinity = Map.copyOf(affinity);
        cohesion = Map.copyOf(cohesion);
        leads = Map.copyOf(leads);
    }
}
