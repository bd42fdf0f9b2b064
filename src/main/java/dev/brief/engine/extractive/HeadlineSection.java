package dev.brief.engine.extractive;

import dev.brief.domain.Article;
import dev.brief.group.SentenceEmbedder;
import java.util.List;
import java.util.regex.Pattern;

/** The headline: a source's title, the one closest to the summary. */
final class HeadlineSection {
    private static final int MAX_HEADLINE_WORDS = 20;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private final SentenceGraph graph;

    HeadlineSection(SentenceGraph graph) {
        this.graph = graph;
    }

    /**
     * The title closest to what the summary said, preferring real titles to cut-off first sentences;
     * with no title at all, the event's first sentence.
     */
    String write(Said summary) {
        List<Article> withTitles = graph.articles().stream().filter(a -> a.title() != null && !a.title().isBlank()).toList();
        if (withTitles.isEmpty()) {
            return graph.sentence(0).text();
        }
        List<Article> whole = withTitles.stream()
                .filter(a -> !a.title().endsWith("…") && WORD.matcher(a.title()).results().count() <= MAX_HEADLINE_WORDS).toList();
        List<Article> candidates = whole.isEmpty() ? withTitles : whole;
        if (candidates.size() == 1) {
            return candidates.get(0).title();
        }
        List<float[]> titles = SentenceEmbedder.embed(candidates.stream().map(Article::title).toList());
        List<float[]> said = SentenceEmbedder.embed(summary.sentences().stream().map(i -> graph.sentence(i).text()).toList());
        int best = 0;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int t = 0; t < candidates.size(); t++) {
            double score = 0;
            for (float[] v : said) {
                score += SentenceEmbedder.cosine(titles.get(t), v);
            }
            if (score > bestScore + 1e-9) {
                bestScore = score;
                best = t;
            }
        }
        return candidates.get(best).title();
    }
}
