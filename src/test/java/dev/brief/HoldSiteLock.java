package dev.brief;

import dev.brief.app.SiteRun;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

/** A process that holds a site folder's lock until it is killed: the other run of the lock tests. */
public final class HoldSiteLock {
    private HoldSiteLock() {}

    public static void main(String[] args) throws Exception {
        try (SiteRun run = SiteRun.open(new SiteRun.Settings(Path.of(args[0]), 0, Duration.ofSeconds(30)), Console.silent(), Clock.systemUTC())) {
            System.out.println("locked");
            System.out.flush();
            Thread.sleep(Duration.ofMinutes(5).toMillis());
        }
    }
}
