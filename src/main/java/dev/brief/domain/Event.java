package dev.brief.domain;

import java.util.List;

/** Articles about one story. */
public record Event(String id, String label, List<Article> articles) {
    public Event {
        articles = List.copyOf(articles);
    }

    /** All the given articles, taken as one event, as {@code brief event} does. */
    public static Event of(List<Article> articles) {
        String label = articles.isEmpty() ? "" : articles.get(0).title();
        return new Event("event", label, articles);
    }

    /** How many independent sources, by the rule of {@link IndependentSources}. */
    public long independentSources() {
        return IndependentSources.count(articles);
    }
}
