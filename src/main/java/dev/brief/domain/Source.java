package dev.brief.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * A source as a briefing lists it; number is its place in the source list, from 1.
 *
 * @param duplicateOf id of the article this one copies (a wire copy or near-duplicate), or null
 */
public record Source(String id, int number, String outlet, String agency, String title, LocalDate published, String url, String path,
        String duplicateOf) implements Report {
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

    /** How many of these sources are independent, by the rule of {@link IndependentSources}. */
    public static long independent(List<Source> sources) {
        return IndependentSources.count(sources);
    }
}
