package dev.brief.cli;

import dev.brief.app.Folders;
import dev.brief.BriefException;
import dev.brief.ExitCode;
import dev.brief.read.ReadSettings;
import java.time.Duration;
import java.time.LocalDate;
import picocli.CommandLine.Option;

/** How inputs are read: feeds, dates, fetching. For every command that reads articles. */
public final class ReadOptions {
    @Option(names = "--no-fetch", description = "Keep feed items' teasers instead of fetching the pages they link to.")
    boolean noFetch;

    @Option(names = "--since", paramLabel = "DATE",
            description = "Leave out articles dated before DATE (2025-07-10, today, yesterday). Undated ones are kept.")
    LocalDate since;

    @Option(names = "--until", paramLabel = "DATE",
            description = "Leave out articles dated after DATE (2025-07-11, today, yesterday). Undated ones are kept.")
    LocalDate until;

    @Option(names = "--fetch-timeout", paramLabel = "DURATION", defaultValue = "20s", converter = DurationConverter.class,
            description = "The longest one web page may take, from connecting to its last byte: 5s, 1m. Default: ${DEFAULT-VALUE}.")
    Duration fetchTimeout;

    @Option(names = "--max-items", paramLabel = "N", defaultValue = "" + ReadSettings.DEFAULT_MAX_ITEMS,
            description = "Read at most the first N items of each feed. Default: ${DEFAULT-VALUE}.")
    int maxItems;

    @Option(names = "--allow-private",
            description = "Let links found in feeds, and redirects, lead to private addresses (this machine, its network): for intranet feeds.")
    boolean allowPrivate;

    /** @param noCache whether --no-cache was given (it lives with the model options where those exist) */
    ReadSettings settings(boolean noCache) {
        if (since != null && until != null && since.isAfter(until)) {
            throw new BriefException(ExitCode.USAGE, "--since " + since + " is after --until " + until + "; swap them");
        }
        if (fetchTimeout.isZero() || fetchTimeout.isNegative()) {
            throw new BriefException(ExitCode.USAGE, "--fetch-timeout must be positive, such as 20s");
        }
        if (maxItems < 1) {
            throw new BriefException(ExitCode.USAGE, "--max-items must be 1 or more (it is " + maxItems + ")");
        }
        return new ReadSettings(noFetch, since, until, fetchTimeout, noCache ? null : Folders.cache(), allowPrivate, maxItems);
    }
}
