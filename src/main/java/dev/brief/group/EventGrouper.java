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
 * similarity per pair, and average-linkage clustering cuts at a threshold. Wire copies start in their
 * original's group. Articles are taken in id order, so the same articles give the same events
 * whatever order they came in.
 */
public final class EventGrouper {
    private final GroupingWeights weights;

    public EventGrouper(GroupingWeights weights) {
        this.weights = weights;
    }

    public EventGrouper() {
        this(GroupingWeights.DEFAULT);
    }

    public Grouping group(List<Article> input) {
        List<Article> articles = new ArrayList<>(input);
        articles.sort(Comparator.comparing(Article::id));
        int n = articles.size();
        if (n == 0) {
            return new Grouping(List.of(), Map.of(), Map.of(), 0);
        }
        PairSignals signals = PairSignals.of(articles);
        float[][] similarity = signals.combined(weights);
        int[] labels = AverageLinkage.cut(n, AverageLinkage.merges(similarity, copies(articles), weights.threshold()),
                weights.threshold());
        labels = AverageLinkage.attachFragments(labels, similarity, weights.fragmentSize(), weights.attachThreshold());

        Map<Integer, List<Integer>> members = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            members.computeIfAbsent(labels[i], k -> new ArrayList<>()).add(i);
        }
        Map<String, Double> affinity = new HashMap<>();
        Map<String, Double> cohesion = new HashMap<>();
        List<Event> events = new ArrayList<>();
        for (List<Integer> group : members.values()) {
            double pairSum = 0;
            int best = group.get(0);
            double bestAffinity = Double.NEGATIVE_INFINITY;
            for (int i : group) {
                double sum = 0;
                for (int j : group) {
                    if (i != j) {
                        sum += similarity[i][j];
                    }
                }
                double a = group.size() > 1 ? sum / (group.size() - 1) : Double.NaN;
                affinity.put(articles.get(i).id(), a);
                pairSum += sum;
                if (a > bestAffinity) {
                    bestAffinity = a;
                    best = i;
                }
            }
            List<Article> eventArticles = new ArrayList<>(group.stream().map(articles::get).toList());
            eventArticles.sort(Comparator.comparing(Article::published, Comparator.nullsLast(Comparator.naturalOrder()))
                    .thenComparing(Article::id));
            Event event = new Event(eventId(eventArticles), label(articles.get(best)), eventArticles);
            cohesion.put(event.id(), group.size() > 1 ? pairSum / (group.size() * (group.size() - 1.0)) : Double.NaN);
            events.add(event);
        }
        events.sort(ORDER);
        return new Grouping(events, affinity, cohesion, signals.embedded());
    }

    /** Most independent outlets first, then the most recent, then by id so that ties stay put. */
    public static final Comparator<Event> ORDER = Comparator.comparingLong(Event::independentSources).reversed()
            .thenComparing(EventGrouper::latest, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(Event::id);

    static LocalDate latest(Event e) {
        return e.articles().stream().map(Article::published).filter(d -> d != null).max(Comparator.naturalOrder()).orElse(null);
    }

    /** start[i]: the first article of i's chain of copies (Article.duplicateOf), else i itself. */
    private static int[] copies(List<Article> articles) {
        Map<String, Integer> index = new LinkedHashMap<>();
        for (int i = 0; i < articles.size(); i++) {
            index.put(articles.get(i).id(), i);
        }
        int[] root = new int[articles.size()];
        for (int i = 0; i < root.length; i++) {
            root[i] = i;
        }
        for (int i = 0; i < root.length; i++) {
            Integer original = articles.get(i).duplicateOf() == null ? null : index.get(articles.get(i).duplicateOf());
            if (original != null) {
                int a = rootOf(root, i);
                int b = rootOf(root, original);
                root[Math.max(a, b)] = Math.min(a, b);
            }
        }
        for (int i = 0; i < root.length; i++) {
            root[i] = rootOf(root, i);
        }
        return root;
    }

    private static int rootOf(int[] root, int i) {
        while (root[i] != i) {
            i = root[i];
        }
        return i;
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
