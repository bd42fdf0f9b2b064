package dev.brief.app;

import dev.brief.BriefException;
import dev.brief.Console;
import dev.brief.ExitCode;
import dev.brief.domain.Article;
import dev.brief.domain.DailyBriefing;
import dev.brief.render.DailyRenderer;
import dev.brief.render.SiteWriter;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.Objects;

/**
 * {@code brief daily --site DIR}: one run on a site folder, from reading to writing, under the folder's
 * lock, so that two overlapping runs (a slow cron job and a manual one) never interleave. The second
 * waits up to --lock-wait, then fails with one line. The lock is the kernel's (a POSIX record lock), so a run that
 * is killed holds it no longer.
 */
public final class SiteRun implements AutoCloseable {
    static final String LOCK_FILE = ".brief.lock";
    private static final Duration POLL = Duration.ofMillis(200);

    /**
     * @param keepDays remove days this many days or more older than the newest; 0 keeps every day
     * @param lockWait how long to wait for another run on the same folder
     */
    public record Settings(Path dir, int keepDays, Duration lockWait) {}

    private final Settings settings;
    private final Console console;
    private final Clock clock;
    private final FileChannel channel;
    private final FileLock lock;

    private SiteRun(Settings settings, Console console, Clock clock, FileChannel channel, FileLock lock) {
        this.settings = settings;
        this.console = console;
        this.clock = clock;
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the folder's lock, creating the folder if need be; waits up to the settings' lockWait. */
    public static SiteRun open(Settings settings, Console console, Clock clock) {
        Path dir = settings.dir();
        FileChannel channel = null;
        try {
            Files.createDirectories(dir);
            channel = FileChannel.open(dir.resolve(LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            Instant deadline = clock.instant().plus(settings.lockWait());
            boolean told = false;
            while (true) {
                FileLock lock = tryLock(channel);
                if (lock != null) {
                    String holder = "pid " + ProcessHandle.current().pid() + " since " + clock.instant() + "\n";
                    channel.truncate(0);
                    channel.write(ByteBuffer.wrap(holder.getBytes(StandardCharsets.UTF_8)), 0);
                    return new SiteRun(settings, console, clock, channel, lock);
                }
                if (!clock.instant().isBefore(deadline)) {
                    throw new BriefException(ExitCode.OUTPUT, "another brief run is writing " + dir + " (" + holder(dir) + "); gave up after "
                            + text(settings.lockWait()) + "; let it finish, or wait longer with --lock-wait");
                }
                if (!told) {
                    console.notice("another brief run is writing " + dir + " (" + holder(dir) + "); waiting up to " + text(settings.lockWait()));
                    told = true;
                }
                Thread.sleep(POLL.toMillis());
            }
        } catch (IOException e) {
            close(channel);
            String why = e instanceof java.nio.file.FileAlreadyExistsException ? "it is a file"
                    : e instanceof java.nio.file.AccessDeniedException ? "permission denied" : e.getMessage();
            throw new BriefException(ExitCode.OUTPUT, "cannot use " + dir + " as a site folder (" + why + "); choose a writable folder with --site");
        } catch (InterruptedException e) {
            close(channel);
            Thread.currentThread().interrupt();
            throw new BriefException(ExitCode.OUTPUT, "interrupted while waiting for another brief run to finish writing " + dir);
        } catch (RuntimeException e) {
            close(channel);
            throw e;
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null; // held by another run in this same process
        }
    }

    /** What the holding run wrote into the lock file: its pid and since when. */
    private static String holder(Path dir) {
        try {
            String s = Files.readString(dir.resolve(LOCK_FILE), StandardCharsets.UTF_8).strip();
            return s.isEmpty() ? "its pid is not known" : s;
        } catch (IOException e) {
            return "its pid is not known";
        }
    }

    /**
     * Writes the day, the index and the feed. The day is the latest date among the articles, or today
     * when none is dated or the latest lies in the future.
     */
    public SiteWriter.Written write(DailyBriefing daily, DailyRenderer renderer) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneId.systemDefault());
        LocalDate latest = java.util.stream.Stream.concat(daily.briefed().stream().map(DailyBriefing.Section::event), daily.alsoReported().stream())
                .flatMap(e -> e.articles().stream()).map(Article::published).filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);
        LocalDate day = latest == null || latest.isAfter(today) ? today : latest;
        SiteWriter.Written w = new SiteWriter(settings.dir()).write(day, daily, renderer, settings.keepDays(), clock.instant());
        w.notices().forEach(console::notice);
        console.notice("wrote " + settings.dir().resolve(SiteWriter.dayFile(day, "html")) + ", the index and the feed"
                + (w.removed().isEmpty() ? "" : "; removed " + w.removed().size() / 2 + " old day(s) (--keep-days " + settings.keepDays() + ")"));
        return w;
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException ignored) {
            // closing the channel releases it too
        }
        close(channel);
    }

    private static void close(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // nothing more to release
            }
        }
    }

    /** "5m", "30s": as the options take durations. */
    private static String text(Duration d) {
        long s = d.getSeconds();
        return s >= 60 && s % 60 == 0 ? s / 60 + "m" : s + "s";
    }
}
