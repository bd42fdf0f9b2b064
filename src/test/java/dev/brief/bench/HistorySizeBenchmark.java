package dev.brief.bench;

import dev.brief.domain.Article;
import dev.brief.domain.Briefing;
import dev.brief.domain.Event;
import dev.brief.engine.extractive.ExtractiveBriefer;
import dev.brief.group.ArticleSignals;
import dev.brief.group.EventGrouper;
import dev.brief.history.HistoryStore;
import dev.brief.history.Recorded;
import dev.brief.history.StoryLinker;
import dev.brief.render.JsonRenderer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How big the history grows, and how long storing and recalling take: 30 days of 1,000 articles each.
 * A day is the ECB+ articles (all splits, 982, topped up to 1,000 with repeats under new ids), grouped
 * as brief daily groups them; every event of two or more articles gets an extractive engine's
 * briefing (20 written, each standing for several events). The grouping, signals and briefings are
 * computed once and stored under each day's date and new ids, so the figure is the history's own cost,
 * not the engines'.
 *
 * <pre>
 * java -cp $CP dev.brief.bench.HistorySizeBenchmark ../shared/eval/ecbplus/ecbplus_docs.jsonl [DAYS] [ARTICLES]
 * </pre>
 */
public final class HistorySizeBenchmark {
    private HistorySizeBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path jsonl = Path.of(args[0]);
        int days = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        int perDay = args.length > 2 ? Integer.parseInt(args[2]) : 1000;
        List<Article> pool = new ArrayList<>();
        for (String split : List.of("train", "dev", "test")) {
            pool.addAll(LabelledArticles.ecbPlus(jsonl, split).articles());
        }
        List<Article> day = new ArrayList<>();
        for (int i = 0; i < perDay; i++) {
            Article a = pool.get(i % pool.size());
            day.add(new Article(String.format("%06x", i), "Outlet " + (i % 40), null, a.title(), null, null, a.url(), null, a.text(),
                    a.contentHash(), null));
        }
        long t0 = System.nanoTime();
        List<Event> events = new EventGrouper().group(day).events();
        List<ArticleSignals> signals = ArticleSignals.of(day);
        Map<String, ArticleSignals> signalOf = new HashMap<>();
        for (int i = 0; i < day.size(); i++) {
            signalOf.put(day.get(i).id(), signals.get(i));
        }
        // Briefing every event takes minutes; 20 real briefings, each standing for several events, give their size.
        Map<String, Briefing> briefings = new HashMap<>();
        ExtractiveBriefer extractive = new ExtractiveBriefer();
        List<Briefing> written = new ArrayList<>();
        for (Event e : events) {
            if (e.articles().size() >= 2) {
                if (written.size() < 20) {
                    written.add(extractive.brief(e));
                }
                briefings.put(e.id(), written.get(briefings.size() % written.size()));
            }
        }
        System.out.printf("one day: %d articles, %d events, %d briefed (grouping, signals and briefings computed once in %.1f s)%n",
                day.size(), events.size(), briefings.size(), (System.nanoTime() - t0) / 1e9);

        Path dir = Files.createTempDirectory("brief-history-bench");
        Path file = dir.resolve("history.db");
        LocalDate first = LocalDate.of(2025, 3, 1);
        JsonRenderer json = new JsonRenderer();
        long recordNanos = 0;
        try (HistoryStore store = HistoryStore.open(file)) {
            for (int d = 0; d < days; d++) {
                LocalDate date = first.plusDays(d);
                List<Recorded.Event> stored = new ArrayList<>();
                for (Event e : events) {
                    Briefing b = briefings.get(e.id());
                    List<String> said = new ArrayList<>();
                    if (b != null) {
                        b.summary().forEach(i -> said.add(i.text()));
                        b.agreements().forEach(i -> said.add(i.text()));
                        b.singleSource().forEach(i -> said.add(i.text()));
                    }
                    int dd = d;
                    stored.add(new Recorded.Event(e.id() + "-" + d, "s" + e.id() + "-" + d, b == null ? Recorded.Status.SINGLE : Recorded.Status.NEW,
                            e.label(), b == null ? null : json.tree(b).toString(), b == null ? List.of() : b.summary(), said,
                            e.articles().stream().map(a -> new Recorded.Article(a.id() + "-" + dd, a.outlet(), null, a.title(), date, a.url(), null,
                                    signalOf.get(a.id()))).toList()));
                }
                long start = System.nanoTime();
                store.record(new Recorded.Run(date, List.of("feeds-" + d + ".txt"), new Recorded.Counts(day.size(), events.size(),
                        briefings.size(), 0, 0, events.size() - briefings.size(), briefings.size(), 0), stored));
                recordNanos += System.nanoTime() - start;
            }
            LocalDate today = first.plusDays(days);
            long start = System.nanoTime();
            List<HistoryStore.Candidate> candidates = store.candidates(today.minusDays(StoryLinker.DEFAULT_WINDOW_DAYS), today);
            long loaded = System.nanoTime();
            List<StoryLinker.Today> todays = events.stream().map(e -> new StoryLinker.Today(e.id(),
                    e.articles().stream().map(a -> today).toList(), e.articles().stream().map(a -> signalOf.get(a.id())).toList())).toList();
            int links = new StoryLinker().link(todays, candidates, today).size();
            long linked = System.nanoTime();
            System.out.printf("%d days of %d articles: history file %.1f MB (%.1f KB an article); storing a day %.2f s on average%n", days,
                    day.size(), Files.size(file) / 1e6, Files.size(file) / 1e3 / (days * (double) day.size()), recordNanos / 1e9 / days);
            System.out.printf("day %d, window %d days: loading %d stored events %.2f s, linking %d events to them %.2f s (%d links)%n",
                    days + 1, StoryLinker.DEFAULT_WINDOW_DAYS, candidates.size(), (loaded - start) / 1e9, todays.size(), (linked - loaded) / 1e9, links);
        }
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file);
                java.sql.Statement q = c.createStatement();
                java.sql.ResultSet a = q.executeQuery("SELECT sum(length(embedding)), sum(length(words) + length(names)), "
                        + "sum(length(id) + ifnull(length(outlet), 0) + ifnull(length(title), 0) + ifnull(length(url), 0)) FROM article")) {
            a.next();
            long embeddings = a.getLong(1);
            long terms = a.getLong(2);
            long meta = a.getLong(3);
            try (java.sql.ResultSet e = q.executeQuery("SELECT sum(ifnull(length(briefing), 0)), sum(length(said) + length(new_items)) FROM event")) {
                e.next();
                System.out.printf("of which, in MB: embeddings %.1f, words and names %.1f, article metadata %.1f, briefings %.1f, "
                        + "statements said %.1f; the rest is indexes and pages%n", embeddings / 1e6, terms / 1e6, meta / 1e6,
                        e.getLong(1) / 1e6, e.getLong(2) / 1e6);
            }
        }
        Files.deleteIfExists(file);
        Files.deleteIfExists(dir);
    }
}
