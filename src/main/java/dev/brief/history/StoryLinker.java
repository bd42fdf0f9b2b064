package dev.brief.history;

import dev.brief.group.ArticleSignals;
import dev.brief.group.GroupingWeights;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which of today's events continue a story of an earlier day. An event is compared with each stored
 * event of the window by average linkage over the grouping signals ({@link ArticleSignals#similarity}:
 * embeddings, words, names, and the penalty for reports days apart), computed on the events' mean
 * signals, which gives the same figure in one comparison; a story's score is that of its
 * closest stored event. An event continues the story it scores highest with, at or above the
 * threshold, and two of today's events never continue one story: the higher score takes it, the
 * other starts a story of its own.
 */
public final class StoryLinker {
    /**
     * The least average similarity for a link. Chosen on ECB+ train and dev, where each event's articles
     * are split over two days and the topic's other event is the decoy (StoryLinkingBenchmark): a wrong
     * link hides news as "unchanged", so the choice weighs precision over recall (F0.5).
     */
    public static final double THRESHOLD = 0.32;
    /** How many days back a story may be continued. */
    public static final int DEFAULT_WINDOW_DAYS = 7;

    private final GroupingWeights weights;
    private final double threshold;

    public StoryLinker() {
        this(GroupingWeights.DEFAULT, THRESHOLD);
    }

    public StoryLinker(GroupingWeights weights, double threshold) {
        this.weights = weights;
        this.threshold = threshold;
    }

    /** One of today's events: its id and its articles' dates and signals. */
    public record Today(String eventId, List<LocalDate> published, List<ArticleSignals> signals) {}

    /** Today's event continues this story. */
    public record Link(String eventId, String storyId, double score) {}

    /** Today's events that continue a stored story, by event id; the others start new stories. */
    public Map<String, Link> link(List<Today> events, List<HistoryStore.Candidate> candidates, LocalDate today) {
        List<Profile> stored = candidates.stream().map(c -> Profile.of(c.signals(), c.published(), c.day())).toList();
        List<Link> scored = new ArrayList<>();
        for (Today e : events) {
            Profile now = Profile.of(e.signals(), e.published(), today);
            Map<String, Double> best = new LinkedHashMap<>();
            for (int k = 0; k < candidates.size(); k++) {
                best.merge(candidates.get(k).storyId(), now.averageSimilarity(stored.get(k), weights), Math::max);
            }
            best.forEach((story, s) -> {
                if (s >= threshold) {
                    scored.add(new Link(e.eventId(), story, s));
                }
            });
        }
        // Highest first; ties by ids, so that the same day links the same way every time.
        scored.sort(Comparator.comparingDouble(Link::score).reversed().thenComparing(Link::eventId).thenComparing(Link::storyId));
        Map<String, Link> out = new LinkedHashMap<>();
        Set<String> taken = new HashSet<>();
        for (Link l : scored) {
            if (!out.containsKey(l.eventId()) && !taken.contains(l.storyId())) {
                out.put(l.eventId(), l);
                taken.add(l.storyId());
            }
        }
        return out;
    }

    /** An event's articles as one mean, and how many of them carry each date (the day of its run when they carry none). */
    private record Profile(ArticleSignals mean, Map<LocalDate, Integer> dates, int size) {
        static Profile of(List<ArticleSignals> signals, List<LocalDate> published, LocalDate runDay) {
            Map<LocalDate, Integer> dates = new LinkedHashMap<>();
            published.forEach(d -> dates.merge(d != null ? d : runDay, 1, Integer::sum));
            return new Profile(ArticleSignals.mean(signals), dates, signals.size());
        }

        /** Average linkage: the mean similarity over every pair of articles, the date penalty included. */
        double averageSimilarity(Profile o, GroupingWeights w) {
            if (size == 0 || o.size == 0) {
                return Double.NEGATIVE_INFINITY;
            }
            double penalty = 0;
            for (Map.Entry<LocalDate, Integer> a : dates.entrySet()) {
                for (Map.Entry<LocalDate, Integer> b : o.dates.entrySet()) {
                    int days = (int) Math.abs(ChronoUnit.DAYS.between(a.getKey(), b.getKey()));
                    penalty += ArticleSignals.datePenalty(days, w) * a.getValue() * b.getValue();
                }
            }
            return mean.content(o.mean, w) - penalty / ((double) size * o.size);
        }
    }
}
