package dev.brief.domain;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A source as a briefing lists it; number is its place in the source list, from 1.
 *
 * @param duplicateOf id of the article this one copies (a wire copy or near-duplicate), or null
 */
public record Source(String id, int number, String outlet, String agency, String title, LocalDate published, String url, String path,
        String duplicateOf) {
    public static Source of(Article a, int number) {
        return new Source(a.id(), number, a.outlet(), a.agency(), a.title(), a.published(), a.url(), a.path(), a.duplicateOf());
    }

    /** "The Moscow Times (AFP)", or the agency alone, or a placeholder when nothing names it. */
    public String displayName() {
        if (outlet != null && agency != null && !outlet.equalsIgnoreCase(agency)) {
            return outlet + " (" + agency + ")";
        }
        if (outlet != null) {
            return outlet;
        }
        return agency != null ? agency : "Unknown outlet";
    }

    /** How many of these sources are independent, counted as {@code Event.independentSources()} counts articles. */
    public static long independent(List<Source> sources) {
        Map<String, Source> byId = new HashMap<>();
        sources.forEach(s -> byId.put(s.id(), s));
        return sources.stream().map(s -> {
            Source original = s;
            for (int hops = 0; original.duplicateOf() != null && byId.containsKey(original.duplicateOf()) && hops < sources.size(); hops++) {
                original = byId.get(original.duplicateOf());
            }
            return Article.sourceKey(original.id(), original.outlet(), original.agency(), original.duplicateOf());
        }).distinct().count();
    }
}
