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

    @Option(names = "--since", paramLabel = "DATE", converter = DateConverter.class,
            description = "Leave out articles dated before DATE (2025-07-10, today, yesterday). Undated ones are kept.")
    LocalDate since;

    @Option(names = "--until", paramLabel = "DATE", converter = DateConverter.class,
            description = "Leave out articles dated after DATE (2025-07-11, today, yesterday). Undated ones are kept.")
    LocalDate until;

    @Option(names = "--fetch-timeout", paramLabel = "DURATION", defaultValue = "20s", converter = DurationConverter.class,
            description = "Connect and read timeout of each web request: 5s, 1m. Default: ${DEFAULT-VALUE}.")
    Duration fetchTimeout;

    /** @param noCache whether --no-cache was given (it lives with the model options where those exist) */
    ReadSettings settings(boolean noCache) {
        if (since != null && until != null && since.isAfter(until)) {
            throw new BriefException(ExitCode.USAGE, "--since " + since + " is after --until " + until + "; swap them");
        }
        if (fetchTimeout.isZero() || fetchTimeout.isNegative()) {
            throw new BriefException(ExitCode.USAGE, "--fetch-timeout must be positive, such as 20s");
        }
        return new ReadSettings(noFetch, since, until, fetchTimeout, noCache ? null : Folders.cache());
    }
}
