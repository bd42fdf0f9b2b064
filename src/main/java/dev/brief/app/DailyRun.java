package dev.brief.app;

import dev.brief.group.EventGrouper;
import dev.brief.BriefException;
import dev.brief.Concurrently;
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
import java.util.function.Supplier;
import java.util.Map;
import dev.brief.domain.Story;
import dev.brief.text.Counted;

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
    private StoryMemory memory;
    private Topics topics = Topics.ALL;
    private java.util.function.Consumer<dev.brief.render.Coverage.Excluded> excluded = x -> { };
    private final Integer windowDays;
    private String checkWith;

    public DailyRun(ModelSettings settings, Console console, int parallel, boolean progressBar) {
        this(settings, console, parallel, progressBar, null);
    }

    /** @param windowDays no event spans this many days or more; null for no limit */
    public DailyRun(ModelSettings settings, Console console, int parallel, boolean progressBar, Integer windowDays) {
        if (parallel < 1) {
            throw new BriefException(ExitCode.USAGE, "--parallel must be 1 or more (it is " + parallel + ")");
        }
        this.settings = settings;
        this.console = console;
        this.parallel = parallel;
        this.progressBar = progressBar;
        this.windowDays = windowDays;
    }

    /** Marks each event New, Developing or Unchanged against the stories this memory recalls. */
    /** Asks model about each statement the checks dispute or doubt (--check-with); null for no model check. */
    public DailyRun checkingWith(String model) {
        this.checkWith = model;
        return this;
    }

    public DailyRun remembering(StoryMemory storyMemory) {
        this.memory = storyMemory;
        return this;
    }

    /** Leaves out the events these topics exclude, before any model call, and hands each one to excluded for the coverage. */
    public DailyRun following(Topics followed, java.util.function.Consumer<dev.brief.render.Coverage.Excluded> excludedEvents) {
        this.topics = followed;
        this.excluded = excludedEvents;
        return this;
    }

    public DailyBriefing run(List<Article> articles) {
        try (BriefingSession session = new BriefingSession(settings.withRequestsPerServer(parallel), console, articles, parallel, checkWith)) {
            return run(articles, session);
        }
    }

    private DailyBriefing run(List<Article> articles, BriefingSession session) {
        console.debug("grouping " + articles.size() + " articles (loading the embedding model)");
        Grouping grouping = new EventGrouper(windowDays).group(articles);
        List<Event> toBrief = new ArrayList<>();
        List<Event> single = new ArrayList<>();
        for (Event e : grouping.events()) {
            String why = topics.exclusion(e);
            if (why != null) {
                excluded.accept(new dev.brief.render.Coverage.Excluded(e, why));
                continue;
            }
            (e.independentSources() >= 2 ? toBrief : single).add(e);
        }
        console.notice(Counted.of(articles.size(), "article") + ", " + Counted.of(grouping.events().size(), "event") + ": " + toBrief.size()
                + " to brief, " + single.size() + " reported by one source");
        Map<String, Story> stories = memory == null ? Map.of() : memory.recall(articles, grouping.events(), grouping.leads());

        CallCount.Totals totals = session.callTotals();
        int callsBefore = totals.calls();
        int cachedBefore = totals.cached();
        int failedBefore = totals.failed();
        Progress progress = new Progress(console, progressBar, "events", toBrief.size());
        progress.start();
        // --parallel calls on each server of the pool at once: one thread per call. An event's failure is its outcome, not the run's.
        int threads = parallel * Math.max(1, settings.serverUrls().size());
        List<Supplier<Outcome>> tasks = toBrief.stream()
                .<Supplier<Outcome>>map(e -> () -> briefOne(session, e, stories.get(e.id()), progress)).toList();
        List<Outcome> outcomes = Concurrently.all(threads, "brief-event", tasks);
        List<BriefException> failures = outcomes.stream().map(Outcome::failure).filter(f -> f != null).toList();
        if (!outcomes.isEmpty() && failures.size() == outcomes.size()) {
            // Nothing was briefed: the first reason is the run's reason, with its own exit code.
            throw failures.get(0);
        }
        List<DailyBriefing.Section> sections = outcomes.stream().map(Outcome::section).toList();
        return new DailyBriefing(articles.size(), sections, single, new DailyBriefing.Calls(
                totals.calls() - callsBefore, totals.cached() - cachedBefore, totals.failed() - failedBefore),
                new DailyBriefing.Servers(session.servers(), session.takenOut().stream().map(t -> t.name() + ": " + t.reason()).toList()));
    }

    private record Outcome(DailyBriefing.Section section, BriefException failure) {}

    /** Set by the first failure that no other event can escape: no server, no such model, or a refused key. */
    private final java.util.concurrent.atomic.AtomicReference<BriefException> serverDown = new java.util.concurrent.atomic.AtomicReference<>();

    private Outcome briefOne(BriefingSession session, Event event, Story story, Progress progress) {
        BriefException down = serverDown.get();
        if (down != null) {
            // The same cause would fail every event: say it once, at the end, instead of once an event.
            progress.step("failed: " + event.label());
            return new Outcome(new DailyBriefing.Section(event, null, down.getMessage(), StoryMarks.failed(story)), down);
        }
        try {
            session.takeAnsweredBy(); // this thread's record starts with this event
            DailyBriefing.Section section = StoryMarks.brief(session, event, story, memory != null && memory.full())
                    .withServers(session.takeAnsweredBy());
            progress.step(event.label());
            return new Outcome(section, null);
        } catch (BriefException e) {
            if (e.exitCode() == ExitCode.UNREACHABLE || e.exitCode() == ExitCode.MODEL_MISSING || e.exitCode() == ExitCode.AUTH) {
                serverDown.compareAndSet(null, e);
            } else {
                progress.notice("event \"" + event.label() + "\" could not be briefed: " + e.getMessage());
            }
            progress.step("failed: " + event.label());
            return new Outcome(new DailyBriefing.Section(event, null, e.getMessage(), StoryMarks.failed(story)), e);
        }
    }
}
