package dev.brief.app;

import dev.brief.Console;
import dev.brief.domain.Article;
import dev.brief.domain.Briefing;
import dev.brief.domain.DailyBriefing;
import dev.brief.domain.DailyBriefing.Section;
import dev.brief.domain.DailyBriefing.StoryMark;
import dev.brief.domain.Event;
import dev.brief.domain.Story;
import dev.brief.group.ArticleSignals;
import dev.brief.history.HistoryStore;
import dev.brief.history.Recorded;
import dev.brief.history.StoryLinker;
import dev.brief.render.DailyRenderer;
import dev.brief.text.Hashing;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a daily run remembers: before briefing, which of today's events continue a story of the last
 * days ({@link #recall}); after the document is written, the run itself, in one transaction
 * ({@link #remember}). Without a history every event is simply new and nothing is kept.
 */
public final class StoryMemory implements AutoCloseable {
    /**
     * @param file       the history file, or null for none (--no-history)
     * @param windowDays how many days back a story may be continued (--story-window)
     * @param full       brief every event in full, and never collapse one (--full)
     */
    public record Settings(Path file, int windowDays, boolean full) {
        public static final Settings NONE = new Settings(null, StoryLinker.DEFAULT_WINDOW_DAYS, false);
    }

    private final Settings settings;
    private final Console console;
    private final List<String> inputs;
    private final HistoryStore store;
    private final Map<String, ArticleSignals> signals = new HashMap<>();
    private LocalDate day;
    private final Map<String, Story> recalled = new LinkedHashMap<>();

    private StoryMemory(Settings settings, Console console, List<String> inputs, HistoryStore store) {
        this.settings = settings;
        this.console = console;
        // The run's inputs as they name the same thing from any folder: a rerun elsewhere is still a rerun.
        this.inputs = inputs.stream().map(StoryMemory::absolute).toList();
        this.store = store;
    }

    /** Opens the history now, so that a file brief cannot use stops the run before any work. */
    public static StoryMemory open(Settings settings, Console console, List<String> inputs) {
        if (settings.file() == null) {
            return new StoryMemory(settings, console, inputs, null);
        }
        // A folder made for the history is said, so that a mistyped --history path does not pass unseen.
        Path folder = settings.file().toAbsolutePath().getParent();
        boolean newFolder = folder != null && !Files.isDirectory(folder);
        HistoryStore store = HistoryStore.open(settings.file());
        if (newFolder) {
            console.notice("created the folder " + folder + " for the history");
        }
        return new StoryMemory(settings, console, inputs, store);
    }

    public boolean full() {
        return settings.full();
    }

    /** Each event's story, by event id: a stored story it continues, or a new one starting today. */
    public Map<String, Story> recall(List<Article> articles, List<Event> events, Map<String, float[]> leads) {
        LocalDate known = DailyBriefing.dayOf(articles);
        day = known != null ? known : LocalDate.now();
        Map<String, Story> out = new LinkedHashMap<>();
        if (store == null) {
            return out;
        }
        List<Article> all = events.stream().flatMap(e -> e.articles().stream()).toList();
        List<ArticleSignals> computed = ArticleSignals.of(all, leads);
        for (int i = 0; i < all.size(); i++) {
            signals.put(all.get(i).id(), computed.get(i));
        }
        List<StoryLinker.Today> today = events.stream().map(e -> new StoryLinker.Today(e.id(),
                e.articles().stream().map(Article::published).toList(), e.articles().stream().map(a -> signals.get(a.id())).toList())).toList();
        Map<String, StoryLinker.Link> links = new StoryLinker().link(today, store.candidates(day.minusDays(settings.windowDays()), day), day);
        for (Event e : events) {
            StoryLinker.Link link = links.get(e.id());
            out.put(e.id(), link != null ? store.story(link.storyId(), day) : Story.startingOn(newStoryId(day, e.id()), day));
        }
        recalled.putAll(out);
        long continuing = out.values().stream().filter(Story::continues).count();
        console.debug(continuing + " of " + events.size() + " events continue a story of the last " + settings.windowDays() + " days");
        return out;
    }

    /** Stores the run in one transaction; says so when this day's run with the same inputs was already there. */
    public void remember(DailyBriefing daily) {
        if (store == null || day == null) {
            return;
        }
        List<Recorded.Event> events = new ArrayList<>();
        DailyRenderer renderer = new DailyRenderer();
        for (Section s : daily.briefed()) {
            StoryMark mark = s.story();
            Recorded.Status status = s.failed() ? Recorded.Status.FAILED : switch (mark.status()) {
                case NEW -> Recorded.Status.NEW;
                case DEVELOPING -> Recorded.Status.DEVELOPING;
                case UNCHANGED -> Recorded.Status.UNCHANGED;
            };
            String headline = s.briefing() != null ? s.briefing().headline()
                    : s.collapsed() && mark.story().headline() != null ? mark.story().headline() : s.event().label();
            // On a story's first day everything is new: its timeline shows the summary.
            List<Briefing.Item> newItems = status == Recorded.Status.NEW && s.briefing() != null ? s.briefing().summary() : mark.newSince();
            events.add(new Recorded.Event(s.event().id(), mark.story().id(), status, headline,
                    s.briefing() == null ? null : renderer.briefingJson(s), newItems, said(s), articles(s.event())));
        }
        for (Event e : daily.alsoReported()) {
            Story story = recalled.get(e.id());
            events.add(new Recorded.Event(e.id(), story.id(), Recorded.Status.SINGLE, e.label(), null, List.of(), List.of(), articles(e)));
        }
        Recorded.Counts counts = new Recorded.Counts(daily.articles(), daily.events(),
                (int) (daily.briefed().size() - daily.failedEvents() - daily.collapsedEvents()), (int) daily.collapsedEvents(),
                (int) daily.failedEvents(), daily.alsoReported().size(), daily.calls().calls(), daily.calls().cached());
        Recorded.Outcome outcome = store.record(new Recorded.Run(day, inputs, counts, events));
        console.notice(switch (outcome) {
            case ADDED -> "history: stored the run of " + day + " in " + store.path();
            case REPLACED -> "history: replaced the earlier run of " + day + " with the same inputs in " + store.path();
            case UNCHANGED -> "history: the run of " + day + " with these inputs is already stored; nothing changed";
        });
    }

    /** Every statement a briefing made: what the story's later days must not repeat. */
    private static List<String> said(Section s) {
        if (s.briefing() == null) {
            return List.of();
        }
        Briefing b = s.briefing();
        List<String> out = new ArrayList<>();
        b.summary().forEach(i -> out.add(i.text()));
        b.agreements().forEach(i -> out.add(i.text()));
        b.differences().forEach(d -> d.positions().forEach(p -> out.add(p.text())));
        b.singleSource().forEach(i -> out.add(i.text()));
        return out;
    }

    private List<Recorded.Article> articles(Event e) {
        return e.articles().stream().map(a -> new Recorded.Article(a.id(), a.outlet(), a.agency(), a.title(), a.published(), a.url(),
                a.path(), signals.get(a.id()))).toList();
    }

    private static String absolute(String input) {
        try {
            Path p = Path.of(input);
            return !input.equals("-") && java.nio.file.Files.exists(p) ? p.toAbsolutePath().normalize().toString() : input;
        } catch (java.nio.file.InvalidPathException e) {
            return input;
        }
    }

    /** Stable, so that a rerun of the day gives its new stories the same ids. */
    static String newStoryId(LocalDate day, String eventId) {
        return "s" + Hashing.sha256Hex(day + "\n" + eventId).substring(0, 7);
    }

    @Override
    public void close() {
        if (store != null) {
            store.close();
        }
    }
}
