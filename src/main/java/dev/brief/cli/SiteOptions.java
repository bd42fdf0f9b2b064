package dev.brief.cli;

import dev.brief.BriefException;
import dev.brief.Console;
import dev.brief.ExitCode;
import dev.brief.app.SiteRun;
import dev.brief.render.Coverage;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import picocli.CommandLine.Option;

/** The site folder of {@code brief daily} and how its coverage judges the inputs. */
public final class SiteOptions {
    @Option(names = "--site", paramLabel = "DIR",
            description = "Write the day into the site folder DIR: DIR/YYYY-MM-DD.html and .json, DIR/index.html and DIR/feed.atom "
                + "(the last 30 days). Other days are kept. Nothing goes to stdout unless -o is given.")
    Path dir;

    @Option(names = "--keep-days", paramLabel = "N", defaultValue = "0",
            description = "With --site: keep the last N days and remove older ones. Default: 0, keep every day.")
    int keepDays;

    @Option(names = "--lock-wait", paramLabel = "DURATION", defaultValue = "5m", converter = DurationConverter.class,
            description = "With --site: how long to wait for another run writing the same folder, then fail. Default: ${DEFAULT-VALUE}.")
    Duration lockWait;

    @Option(names = "--stale-after", paramLabel = "DURATION", defaultValue = "24h", converter = DurationConverter.class,
            description = "The coverage calls a feed stale when its newest item is older than this: 24h, 36h. Default: ${DEFAULT-VALUE}.")
    Duration staleAfter = Coverage.DEFAULT_STALE_AFTER;

    /** Takes the site folder's lock, or null without --site; called before any input is read. */
    SiteRun open(Console console) {
        if (keepDays < 0) {
            throw new BriefException(ExitCode.USAGE, "--keep-days must be 0 (keep every day) or more (it is " + keepDays + ")");
        }
        if (dir == null) {
            if (keepDays != 0) {
                throw new BriefException(ExitCode.USAGE, "--keep-days is for a site folder; add --site DIR");
            }
            return null;
        }
        return SiteRun.open(new SiteRun.Settings(dir, keepDays, lockWait), console, Clock.systemUTC());
    }
}
