package dev.brief.bench;

import dev.brief.domain.Article;
import dev.brief.domain.Event;
import dev.brief.group.ArticleSignals;
import dev.brief.group.EventGrouper;
import dev.brief.history.HistoryStore;
import dev.brief.history.StoryLinker;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Story linking on two days built from ECB+, whose every topic holds two similar events (two
 * celebrities' rehab stays, two earthquakes). In even topics each event's articles are split over the
 * two days (the first half on day 1, the rest on day 2), and the topic's other event is the decoy. In
 * odd topics one event is reported on day 1 only and the other on day 2 only: the second is new, and
 * the story of the first, free to be taken, is the decoy of the same topic. Every
 * article is dated its day, so the dates do not give the decoy away. A link is right when the day-2
 * event and the day-1 story hold the same true event; precision is over the links made, recall over
 * the day-2 events whose story is on day 1.
 *
 * <pre>
 * java -cp $CP dev.brief.bench.StoryLinkingBenchmark ../shared/eval/ecbplus/ecbplus_docs.jsonl         # test, at StoryLinker.THRESHOLD
 * java -cp $CP dev.brief.bench.StoryLinkingBenchmark ../shared/eval/ecbplus/ecbplus_docs.jsonl tune    # the sweep, train and dev only
 * </pre>
 *
 * Events are the true events of each day ("gold events": linking measured apart from grouping) and
 * the events {@link EventGrouper} finds ("grouped": the whole path, its mistakes included).
 */
public final class StoryLinkingBenchmark {
    private static final LocalDate DAY1 = LocalDate.of(2025, 3, 10);
    private static final LocalDate DAY2 = DAY1.plusDays(1);

    private StoryLinkingBenchmark() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: StoryLinkingBenchmark ECBPLUS_JSONL [tune]");
            System.exit(2);
        }
        Path path = Path.of(args[0]);
        if (args.length > 1 && args[1].equals("tune")) {
            List<Scored> sets = new ArrayList<>();
            for (String split : List.of("train", "dev")) {
                for (boolean grouped : List.of(false, true)) {
                    sets.add(score(LabelledArticles.ecbPlus(path, split), grouped, split));
                }
            }
            System.out.println("threshold  " + sets.stream().map(s -> String.format("%-26s", s.name)).collect(Collectors.joining()) + "mean F0.5");
            for (int t = 0; t <= 50; t += 2) {
                double threshold = t / 100.0;
                StringBuilder line = new StringBuilder(String.format("%.2f       ", threshold));
                double sum = 0;
                for (Scored s : sets) {
                    Figures f = s.at(threshold);
                    line.append(String.format("P %.3f R %.3f F.5 %.3f  ", f.precision(), f.recall(), f.f05()));
                    sum += f.f05();
                }
                System.out.println(line.append(String.format("%.3f", sum / sets.size())));
            }
            return;
        }
        for (String split : List.of("train", "dev", "test")) {
            for (boolean grouped : List.of(false, true)) {
                long start = System.nanoTime();
                Scored s = score(LabelledArticles.ecbPlus(path, split), grouped, split);
                Figures f = s.at(StoryLinker.THRESHOLD);
                System.out.printf("%-22s threshold %.2f  day-2 events %3d, linkable %3d  links %3d (right %3d, to the decoy %2d)  "
                        + "P %.3f  R %.3f  F1 %.3f  (%.1f s)%n", s.name, StoryLinker.THRESHOLD, s.events.size(), f.linkable, f.links, f.right,
                        f.decoy, f.precision(), f.recall(), f.f1(), (System.nanoTime() - start) / 1e9);
            }
        }
    }

    /** A day-2 event and its true event. */
    private record Day2Event(String id, String truth) {}

    private record Figures(int links, int right, int decoy, int linkable) {
        double precision() {
            return links == 0 ? 1 : (double) right / links;
        }

        double recall() {
            return linkable == 0 ? 1 : (double) right / linkable;
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        double f05() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 1.25 * p * r / (0.25 * p + r);
        }
    }

    /** The scores of every day-2 event with every day-1 story, computed once, cut at any threshold. */
    private record Scored(String name, List<Day2Event> events, Map<String, String> storyTruth, List<StoryLinker.Today> today,
            List<HistoryStore.Candidate> candidates) {
        Figures at(double threshold) {
            Map<String, StoryLinker.Link> links = new StoryLinker(dev.brief.group.GroupingWeights.DEFAULT, threshold)
                    .link(today, candidates, DAY2);
            java.util.Set<String> day1Truths = new java.util.HashSet<>(storyTruth.values());
            int right = 0;
            int decoy = 0;
            int linkable = 0;
            for (Day2Event e : events) {
                if (day1Truths.contains(e.truth)) {
                    linkable++;
                }
                StoryLinker.Link l = links.get(e.id);
                if (l == null) {
                    continue;
                }
                String linked = storyTruth.get(l.storyId());
                if (linked.equals(e.truth)) {
                    right++;
                } else if (topic(linked).equals(topic(e.truth))) {
                    decoy++;
                }
            }
            return new Figures(links.size(), right, decoy, linkable);
        }
    }

    private static Scored score(LabelledArticles data, boolean grouped, String split) {
        Map<String, List<Integer>> byEvent = new TreeMap<>();
        for (int i = 0; i < data.articles().size(); i++) {
            byEvent.computeIfAbsent(data.events().get(i), k -> new ArrayList<>()).add(i);
        }
        List<Article> day1 = new ArrayList<>();
        List<Article> day2 = new ArrayList<>();
        Map<String, String> truth = new HashMap<>();
        for (Map.Entry<String, List<Integer>> e : byEvent.entrySet()) {
            List<Integer> docs = new ArrayList<>(e.getValue());
            docs.sort(Comparator.comparing(i -> data.articles().get(i).id()));
            // In odd topics one event ends on day 1 and the other starts on day 2: the trap of two earthquakes.
            boolean odd = Integer.parseInt(topic(e.getKey())) % 2 == 1;
            int firstDay = !odd ? (docs.size() + 1) / 2 : e.getKey().endsWith("_ecbplus") ? 0 : docs.size();
            for (int k = 0; k < docs.size(); k++) {
                Article a = dated(data.articles().get(docs.get(k)), k < firstDay ? DAY1 : DAY2);
                truth.put(a.id(), e.getKey());
                (k < firstDay ? day1 : day2).add(a);
            }
        }
        List<Event> events1 = events(day1, truth, grouped);
        List<Event> events2 = events(day2, truth, grouped);
        Map<String, ArticleSignals> signals = new HashMap<>();
        for (List<Article> day : List.of(day1, day2)) {
            List<ArticleSignals> s = ArticleSignals.of(day);
            for (int i = 0; i < day.size(); i++) {
                signals.put(day.get(i).id(), s.get(i));
            }
        }
        Map<String, String> storyTruth = new LinkedHashMap<>();
        List<HistoryStore.Candidate> candidates = new ArrayList<>();
        for (Event e : events1) {
            storyTruth.put(e.id(), majority(e, truth));
            candidates.add(new HistoryStore.Candidate(e.id(), DAY1, e.id(), e.articles().stream().map(Article::published).toList(),
                    e.articles().stream().map(a -> signals.get(a.id())).toList()));
        }
        List<Day2Event> out = new ArrayList<>();
        List<StoryLinker.Today> today = new ArrayList<>();
        for (Event e : events2) {
            out.add(new Day2Event(e.id(), majority(e, truth)));
            today.add(new StoryLinker.Today(e.id(), e.articles().stream().map(Article::published).toList(),
                    e.articles().stream().map(a -> signals.get(a.id())).toList()));
        }
        return new Scored("ECB+ " + split + (grouped ? " grouped" : " gold"), out, storyTruth, today, candidates);
    }

    private static List<Event> events(List<Article> day, Map<String, String> truth, boolean grouped) {
        if (grouped) {
            return new EventGrouper().group(day).events();
        }
        Map<String, List<Article>> byTruth = day.stream().collect(Collectors.groupingBy(a -> truth.get(a.id()), TreeMap::new, Collectors.toList()));
        List<Event> out = new ArrayList<>();
        byTruth.forEach((t, articles) -> out.add(new Event(t + "@" + articles.get(0).published(), t, articles)));
        return out;
    }

    private static String majority(Event e, Map<String, String> truth) {
        return e.articles().stream().collect(Collectors.groupingBy(a -> truth.get(a.id()), TreeMap::new, Collectors.counting()))
                .entrySet().stream().max(Map.Entry.<String, Long>comparingByValue()
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder())).map(Map.Entry::getKey).orElseThrow();
    }

    private static String topic(String event) {
        return event.substring(0, event.indexOf('_'));
    }

    private static Article dated(Article a, LocalDate day) {
        return new Article(a.id() + "@" + day, a.outlet(), a.agency(), a.title(), a.author(), day, a.url(), a.path(), a.text(),
                a.contentHash(), a.duplicateOf());
    }

}
