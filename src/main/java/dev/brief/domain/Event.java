package dev.brief.domain;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

    /**
     * How many independent sources: one agency's story counts once, and a wire copy counts as the
     * source it copies when that original is here too.
     */
    public long independentSources() {
        Map<String, Article> byId = new HashMap<>();
        articles.forEach(a -> byId.put(a.id(), a));
        return articles.stream().map(a -> {
            Article original = a;
            for (int hops = 0; original.duplicateOf() != null && byId.containsKey(original.duplicateOf()) && hops < articles.size(); hops++) {
                original = byId.get(original.duplicateOf());
            }
            return original.sourceKey();
        }).distinct().count();
    }
}
