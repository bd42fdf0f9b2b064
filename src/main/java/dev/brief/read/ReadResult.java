package dev.brief.read;

import dev.brief.domain.Article;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The articles read from the inputs, the inputs that were skipped, and the dates of the articles
 * left out for their date (--since, --until).
 *
 * @param inputs      what each input gave, in input order, for the coverage report
 * @param publishedAt the publication time of each article whose input gives one (a feed item's
 *                    date), by article id; Article itself keeps only the day
 */
public record ReadResult(List<Article> articles, List<Skipped> skipped, List<LocalDate> leftOut, List<InputReport> inputs,
        Map<String, Instant> publishedAt) {
    public ReadResult {
        articles = List.copyOf(articles);
        skipped = List.copyOf(skipped);
        leftOut = List.copyOf(leftOut);
        inputs = List.copyOf(inputs);
        publishedAt = Map.copyOf(publishedAt);
    }

    public ReadResult(List<Article> articles, List<Skipped> skipped, List<LocalDate> leftOut) {
        this(articles, skipped, leftOut, List.of(), Map.of());
    }

    public ReadResult(List<Article> articles, List<Skipped> skipped) {
        this(articles, skipped, List.of());
    }
    /** Why no article was read, in one line with what to do: the error when there is nothing to work on. */
    public String whyNothing(ReadSettings settings) {
        String reasons = skipped.stream().map(Skipped::toString).collect(Collectors.joining("; "));
        if (leftOut.isEmpty()) {
            return "no article could be read (" + reasons + "); pass text, Markdown, HTML, JSON Lines or feed files, "
                    + "folders of them, lists of them (one a line), or http(s) URLs";
        }
        List<LocalDate> dates = leftOut.stream().filter(Objects::nonNull).sorted().toList();
        LocalDate first = dates.get(0);
        LocalDate last = dates.get(dates.size() - 1);
        String all = leftOut.size() == 1 ? "the only article found was" : "all " + leftOut.size() + " articles found were";
        String why;
        if (settings.since() != null && last.isBefore(settings.since())) {
            why = all + " published before " + settings.since() + " (--since); the latest is from " + last;
        } else if (settings.until() != null && first.isAfter(settings.until())) {
            why = all + " published after " + settings.until() + " (--until); the earliest is from " + first;
        } else {
            why = all + " published outside " + settings.rangeText() + " (from " + first + " to " + last + ")";
        }
        return why + (reasons.isEmpty() ? "" : "; skipped " + reasons) + "; widen --since/--until";
    }
}
