package dev.brief.read;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;

/**
 * How inputs are read.
 *
 * @param noFetch      keep feed teasers instead of fetching the linked pages
 * @param since        leave out articles dated before this day, or null
 * @param until        leave out articles dated after this day, or null
 * @param fetchTimeout connect and read timeout of each web request
 * @param cacheDir     where fetched pages are kept between runs, or null for no cache
 */
public record ReadSettings(boolean noFetch, LocalDate since, LocalDate until, Duration fetchTimeout, Path cacheDir) {
    public static final Duration DEFAULT_FETCH_TIMEOUT = Duration.ofSeconds(20);

    public static ReadSettings defaults() {
        return new ReadSettings(false, null, null, DEFAULT_FETCH_TIMEOUT, null);
    }

    /** Undated articles are always in range: nothing says they are not. */
    boolean inRange(LocalDate published) {
        return published == null
                || (since == null || !published.isBefore(since)) && (until == null || !published.isAfter(until));
    }

    /** "--since 2025-07-10 --until 2025-07-11", as the user gave them. */
    public String rangeText() {
        return (since == null ? "" : "--since " + since) + (since != null && until != null ? " " : "") + (until == null ? "" : "--until " + until);
    }
}
