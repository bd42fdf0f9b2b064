package dev.brief.bench;

import dev.brief.group.EventGrouper;
import dev.brief.group.Grouping;
import dev.brief.group.PairSignals;
import dev.brief.group.SentenceEmbedder;
import dev.brief.domain.Article;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Wall time to group N articles in a fresh JVM, loading the embedding model included. The articles
 * are ECB+ documents read by path; past the 982 documents, later copies drop their first sentence so
 * that every text is different.
 *
 * <pre>
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) dev.brief.bench.GroupingSpeedBenchmark \
 *     ../shared/eval/ecbplus/ecbplus_docs.jsonl 1000
 * </pre>
 */
public final class GroupingSpeedBenchmark {
    private GroupingSpeedBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path path = Path.of(args[0]);
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        List<Article> docs = new ArrayList<>();
        for (String split : List.of("train", "dev", "test")) {
            docs.addAll(LabelledArticles.ecbPlus(path, split).articles());
        }
        List<Article> articles = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Article a = docs.get(i % docs.size());
            String text = a.text();
            for (int round = 0; round < i / docs.size(); round++) {
                int dot = text.indexOf(". ");
                text = dot > 0 ? text.substring(dot + 2) : text + " (copy)";
            }
            articles.add(new Article(String.format("a%05d", i), a.outlet(), a.agency(), a.title(), null, a.published(), a.url(),
                    null, text, Integer.toString(i), null));
        }
        long start = System.nanoTime();
        Grouping grouping = new EventGrouper().group(articles);
        double seconds = (System.nanoTime() - start) / 1e9;
        // Embedding speed alone, with the model loaded: the same texts again.
        List<String> leads = articles.stream().map(PairSignals::lead).toList();
        long embedStart = System.nanoTime();
        SentenceEmbedder.embed(leads);
        double embedSeconds = (System.nanoTime() - embedStart) / 1e9;
        System.out.printf("embedding alone (model loaded): %d texts of up to %d characters in %.1f s = %.0f embeddings/s%n",
                leads.size(), leads.stream().mapToInt(String::length).max().orElse(0), embedSeconds, leads.size() / embedSeconds);
        System.out.printf("grouped %d articles into %d events in %.1f s wall (embedding model loading included); "
                        + "%d texts embedded, %.0f articles/s overall; %d cores%n",
                n, grouping.events().size(), seconds, grouping.embedded(), n / seconds, Runtime.getRuntime().availableProcessors());
    }
}
