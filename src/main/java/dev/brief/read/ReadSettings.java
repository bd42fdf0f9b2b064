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
 * @param fetchTimeout the longest one web page may take, from connecting to its last byte
 * @param cacheDir     where fetched pages are kept between runs, or null for no cache
 * @param allowPrivate whether links found in feeds, and redirects, may lead to private addresses
 * @param maxItems     the most items read from one feed (the first ones)
 */
public record ReadSettings(boolean noFetch, LocalDate since, LocalDate until, Duration fetchTimeout, Path cacheDir,
        boolean allowPrivate, int maxItems) {
    public static final Duration DEFAULT_FETCH_TIMEOUT = Duration.ofSeconds(20);
    public static final int DEFAULT_MAX_ITEMS = 200;

    public ReadSettings(boolean noFetch, LocalDate since, LocalDate until, Duration fetchTimeout, Path cacheDir) {
        this(noFetch, since, until, fetchTimeout, cacheDir, false, DEFAULT_MAX_ITEMS);
    }

    public static ReadSettings defaults() {
        return new ReadSettings(false, null, null, DEFAULT_FETCH_TIMEOUT, null);
    }

    /** The same settings with private addresses allowed for links found in feeds (--allow-private). */
    public ReadSettings allowingPrivate() {
        return new ReadSettings(noFetch, since, until, fetchTimeout, cacheDir, true, maxItems);
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
