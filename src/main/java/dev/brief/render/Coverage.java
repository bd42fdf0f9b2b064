package dev.brief.render;

import dev.brief.domain.Article;
import dev.brief.domain.Event;
import dev.brief.read.InputReport;
import dev.brief.read.ReadResult;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What a daily document saw and did not see, so that a reader can judge what it is missing: each
 * input with what it gave (read, skipped, failed, stale), the events left out by topic, and when each
 * article was published.
 *
 * @param generated   when the run read its inputs; a feed's staleness is judged against it
 * @param staleAfter  a feed whose newest item is older than this is stale
 * @param inputs      what each input gave, in input order
 * @param excluded    the events left out by --include/--exclude, with the reason
 * @param publishedAt publication times by article id, where the input gave one (a feed item's date)
 */
public record Coverage(Instant generated, Duration staleAfter, List<InputReport> inputs, List<Excluded> excluded,
        Map<String, Instant> publishedAt) {
    /** The default of --stale-after: a morning briefing should not rest on a feed that said nothing since yesterday. */
    public static final Duration DEFAULT_STALE_AFTER = Duration.ofDays(1);

    public Coverage {
        inputs = List.copyOf(inputs);
        excluded = List.copyOf(excluded);
        publishedAt = Map.copyOf(publishedAt);
    }

    public static Coverage of(ReadResult read, List<Excluded> excluded, Duration staleAfter, Instant now) {
        return new Coverage(now, staleAfter, read.inputs(), excluded, read.publishedAt());
    }

    /** An event left out by topic before any model call, and why (which word matched, or that none did). */
    public record Excluded(Event event, String reason) {}

    /** How an input fared, as the report names it. */
    public enum Status {
        /** Read; some of what it gave may still have been skipped. */
        OK,
        /** Nothing in it could be read (every item skipped, or left out for its date). */
        EMPTY,
        /** Fetching it failed. */
        FAILED,
        /** A feed whose newest item is older than --stale-after. */
        STALE;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public Status status(InputReport r) {
        if (r.fetchFailure() != null) {
            return Status.FAILED;
        }
        if (stale(r)) {
            return Status.STALE;
        }
        return r.articles().isEmpty() ? Status.EMPTY : Status.OK;
    }

    /** How old a feed's newest item was when the run read it, or null when that is not known. */
    public Duration age(InputReport r) {
        return r.newestItem() == null ? null : Duration.between(r.newestItem(), generated);
    }

    private boolean stale(InputReport r) {
        Duration age = age(r);
        return r.kind() == InputReport.Kind.FEED && age != null && age.compareTo(staleAfter) > 0;
    }

    public long count(Status status) {
        return inputs.stream().filter(r -> status(r) == status).count();
    }

    /** When an article was published: its time when the input gave one, else null (its day is on the article). */
    public Instant timeOf(Article a) {
        return publishedAt.get(a.id());
    }

    /** Whether an article is another's copy or an agency's story printed as it came: marked apart in the charts. */
    public static boolean wireOrCopy(Article a) {
        return a.agency() != null || a.duplicateOf() != null;
    }
}
