package dev.brief.app;

import dev.brief.group.EventGrouper;
import dev.brief.BriefException;
import dev.brief.Console;
import dev.brief.ExitCode;
import dev.brief.Progress;
import dev.brief.domain.Briefing;
import dev.brief.model.CallCount;
import dev.brief.domain.DailyBriefing;
import dev.brief.domain.Event;
import dev.brief.group.Grouping;
import dev.brief.domain.Article;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * {@code brief daily}: groups the articles, briefs every event that two or more independent sources
 * report (up to {@code parallel} events at a time, each through {@link Pipeline#briefEvent}), and lists
 * the rest. One event's failure is recorded in its section and the others go on. Every model answer
 * is cached on disk as soon as it arrives, so a rerun after a crash or Ctrl-C asks only what is missing.
 */
public final class DailyRun {
    private final ModelSettings settings;
    private final Console console;
    private final int parallel;
    private final boolean progressBar;
    private final String checkWith;

    public DailyRun(ModelSettings settings, Console console, int parallel, boolean progressBar) {
        this(settings, console, parallel, progressBar, null);
    }

    /** @param checkWith the model that checks disputed or uncertain statements (--check-with), or null */
    public DailyRun(ModelSettings settings, Console console, int parallel, boolean progressBar, String checkWith) {
        this.checkWith = checkWith;
        if (parallel < 1) {
            throw new BriefException(ExitCode.USAGE, "--parallel must be 1 or more (it is " + parallel + ")");
        }
        this.settings = settings;
        this.console = console;
        this.parallel = parallel;
        this.progressBar = progressBar;
    }

    public DailyBriefing run(List<Article> articles) {
        try (BriefingSession session = new BriefingSession(settings, console, articles, parallel, checkWith)) {
            return run(articles, session);
        }
    }

    private DailyBriefing run(List<Article> articles, BriefingSession session) {
        console.debug("grouping " + articles.size() + " articles (loading the embedding model)");
        Grouping grouping = new EventGrouper().group(articles);
        List<Event> toBrief = new ArrayList<>();
        List<Event> single = new ArrayList<>();
        for (Event e : grouping.events()) {
            (e.independentSources() >= 2 ? toBrief : single).add(e);
        }
        console.notice(articles.size() + " articles, " + grouping.events().size() + " events: " + toBrief.size()
                + " to brief, " + single.size() + " reported by one source");

        CallCount.Totals totals = session.callTotals();
        int callsBefore = totals.calls();
        int cachedBefore = totals.cached();
        int failedBefore = totals.failed();
        Progress progress = new Progress(console, progressBar, "events", toBrief.size());
        progress.start();
        List<Outcome> outcomes = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(parallel, Math.max(1, toBrief.size())), r -> {
            Thread t = new Thread(r, "brief-event");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Outcome>> futures = new ArrayList<>();
            for (Event e : toBrief) {
                futures.add(pool.submit(() -> briefOne(session, e, progress)));
            }
            for (Future<Outcome> f : futures) {
                outcomes.add(f.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BriefException(ExitCode.SERVER, "interrupted; the answers received so far are cached, so a rerun asks only for the rest");
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        List<BriefException> failures = outcomes.stream().map(Outcome::failure).filter(f -> f != null).toList();
        if (!outcomes.isEmpty() && failures.size() == outcomes.size()) {
            // Nothing was briefed: the first reason is the run's reason, with its own exit code.
            throw failures.get(0);
        }
        List<DailyBriefing.Section> sections = outcomes.stream().map(Outcome::section).toList();
        return new DailyBriefing(articles.size(), sections, single, new DailyBriefing.Calls(
                totals.calls() - callsBefore, totals.cached() - cachedBefore, totals.failed() - failedBefore));
    }

    private record Outcome(DailyBriefing.Section section, BriefException failure) {}

    /** Set by the first failure that no other event can escape: no server, or no such model. */
    private final java.util.concurrent.atomic.AtomicReference<BriefException> serverDown = new java.util.concurrent.atomic.AtomicReference<>();

    private Outcome briefOne(BriefingSession session, Event event, Progress progress) {
        BriefException down = serverDown.get();
        if (down != null) {
            // The same cause would fail every event: say it once, at the end, instead of once an event.
            progress.step("failed: " + event.label());
            return new Outcome(new DailyBriefing.Section(event, null, down.getMessage()), down);
        }
        try {
            Briefing b = session.brief(event);
            progress.step(event.label());
            return new Outcome(new DailyBriefing.Section(event, b, null), null);
        } catch (BriefException e) {
            if (e.exitCode() == ExitCode.UNREACHABLE || e.exitCode() == ExitCode.MODEL_MISSING) {
                serverDown.compareAndSet(null, e);
            } else {
                progress.notice("event \"" + event.label() + "\" could not be briefed: " + e.getMessage());
            }
            progress.step("failed: " + event.label());
            return new Outcome(new DailyBriefing.Section(event, null, e.getMessage()), e);
        }
    }
}
