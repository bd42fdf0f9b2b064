package dev.brief.group;

import dev.brief.domain.Event;
import dev.brief.domain.Article;
import dev.brief.text.Hashing;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Groups articles into events with no model call: embeddings, words, names and dates give one
 * similarity per pair, weighed by how much text each article has, and average-linkage clustering
 * merges groups while their average similarity is above a threshold. Only candidate pairs are
 * compared (nearest neighbours by embedding, and articles sharing rare words and names), so time and
 * memory grow with the number of articles, not its square. Wire copies start in their original's
 * group. Articles are taken in id order, so the same articles give the same events whatever order
 * they came in.
 */
public final class EventGrouper {
    private final GroupingWeights weights;
    private final Integer windowDays;

    /** @param windowDays no event spans this many days or more (by the articles' dates); null for no limit */
    public EventGrouper(GroupingWeights weights, Integer windowDays) {
        if (windowDays != null && windowDays < 1) {
            throw new IllegalArgumentException("a window of " + windowDays + " days");
        }
        this.weights = weights;
        this.windowDays = windowDays;
    }

    public EventGrouper(Integer windowDays) {
        this(GroupingWeights.DEFAULT, windowDays);
    }

    public EventGrouper() {
        this(GroupingWeights.DEFAULT, null);
    }

    public Grouping group(List<Article> input) {
        if (input.isEmpty()) {
            return new Grouping(List.of(), Map.of(), Map.of(), 0, Map.of());
        }
        PreparedArticles prepared = PreparedArticles.of(input, windowDays);
        List<Article> articles = prepared.articles();
        int n = articles.size();
        ArticleFeatures features = prepared.features;
        ArticleWeights w = new ArticleWeights(features, weights);
        GraphLinkage.Result result = prepared.cluster(weights);

        Map<Integer, List<Integer>> members = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            members.computeIfAbsent(result.labels()[i], k -> new ArrayList<>()).add(i);
        }
        Map<String, Double> affinity = new HashMap<>();
        Map<String, Double> cohesion = new HashMap<>();
        List<Event> events = new ArrayList<>();
        for (Map.Entry<Integer, List<Integer>> entry : members.entrySet()) {
            List<Integer> group = entry.getValue();
            ClusterSums sums = result.groups()[entry.getKey()];
            int best = group.get(0);
            double bestAffinity = Double.NEGATIVE_INFINITY;
            for (int i : group) {
                double a = Double.NaN;
                if (group.size() > 1) {
                    ClusterSums one = ClusterSums.of(i, features, w);
                    a = (one.pairSum(sums, w) - one.selfSimilarity) / (group.size() - 1);
                }
                affinity.put(articles.get(i).id(), a);
                if (a > bestAffinity + 1e-9) { // equal up to rounding: the first keeps the label
                    bestAffinity = a;
                    best = i;
                }
            }
            List<Article> eventArticles = new ArrayList<>(group.stream().map(articles::get).toList());
            eventArticles.sort(Comparator.comparing(Article::published, Comparator.nullsLast(Comparator.naturalOrder()))
                    .thenComparing(Article::id));
            Event event = new Event(eventId(eventArticles), label(articles.get(best)), eventArticles);
            cohesion.put(event.id(), group.size() > 1
                    ? (sums.pairSum(sums, w) - sums.selfSimilarity) / (group.size() * (group.size() - 1.0)) : Double.NaN);
            events.add(event);
        }
        events.sort(ORDER);
        Map<String, float[]> leads = new HashMap<>();
        for (int i = 0; i < n; i++) {
            leads.put(articles.get(i).id(), features.vectors[i]);
        }
        return new Grouping(events, affinity, cohesion, features.embedded(), leads);
    }

    /** Most independent outlets first, then the most recent, then by id so that ties stay put. */
    public static final Comparator<Event> ORDER = Comparator.comparingLong(Event::independentSources).reversed()
            .thenComparing(EventGrouper::latest, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(Event::id);

    static LocalDate latest(Event e) {
        return e.articles().stream().map(Article::published).filter(d -> d != null).max(Comparator.naturalOrder()).orElse(null);
    }

    /** Stable: the same articles always make the same id. */
    static String eventId(List<Article> articles) {
        StringBuilder ids = new StringBuilder();
        articles.stream().map(Article::id).sorted().forEach(id -> ids.append(id).append('\n'));
        return "e" + Hashing.sha256Hex(ids.toString()).substring(0, 7);
    }

    private static String label(Article a) {
        if (a.title() != null && !a.title().isBlank()) {
            return a.title().replaceAll("\\s+", " ").strip();
        }
        String t = a.text().replaceAll("\\s+", " ").strip();
        return t.length() <= 80 ? t : t.substring(0, 79) + "…";
    }
}
