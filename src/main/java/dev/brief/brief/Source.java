package dev.brief.brief;

import dev.brief.read.Article;
import java.time.LocalDate;

/** A source as a briefing lists it; number is its place in the source list, from 1. */
public record Source(String id, int number, String outlet, String agency, String title, LocalDate published, String url, String path) {
    public static Source of(Article a, int number) {
        return new Source(a.id(), number, a.outlet(), a.agency(), a.title(), a.published(), a.url(), a.path());
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
}
