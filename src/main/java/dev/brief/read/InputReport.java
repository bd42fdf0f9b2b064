package dev.brief.read;

import java.time.Instant;
import java.util.List;

/**
 * What one input gave, for the coverage report of a daily document. An input is what the user named:
 * an argument, or one line of a list of inputs (a feed, a page, a file, a folder, stdin).
 *
 * @param input        as the user named it
 * @param articles     ids of the articles read from it, in its own order; an article that two inputs
 *                     gave is listed under both
 * @param leftOut      how many of its articles were left out for their date (--since, --until)
 * @param skipped      what it gave that could not be read, with the reasons
 * @param notes        what else the reader noticed (a teaser kept because its page could not be fetched)
 * @param fetchFailure why fetching it failed, or null
 * @param newestItem   for a feed, the date of its newest item (the ones left out for their date too);
 *                     null when no item is dated or it is no feed
 */
public record InputReport(String input, Kind kind, List<String> articles, int leftOut, List<Skipped> skipped,
        List<String> notes, String fetchFailure, Instant newestItem) {
    public InputReport {
        articles = List.copyOf(articles);
        skipped = List.copyOf(skipped);
        notes = List.copyOf(notes);
    }

    /** What an input turned out to be. */
    public enum Kind {
        FEED, PAGE, FILE, FOLDER, STDIN;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
