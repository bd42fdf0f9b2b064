package dev.brief.read;

import java.util.List;

/** The articles read from the inputs, and the inputs that were skipped. */
public record ReadResult(List<Article> articles, List<Skipped> skipped) {
    public ReadResult {
        articles = List.copyOf(articles);
        skipped = List.copyOf(skipped);
    }
}
