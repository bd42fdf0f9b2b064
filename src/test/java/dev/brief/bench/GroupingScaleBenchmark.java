package dev.brief.bench;

import dev.brief.domain.Article;
import dev.brief.group.EventGrouper;
import dev.brief.group.Grouping;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Grouping speed and memory at newsroom scale: N articles (ECB+ texts) or N headlines (UCI titles),
 * grouped in one batch in a fresh JVM, embedding model loading included. Past the labelled texts,
 * each further round of copies is a new set of events: every capitalised word is swapped for another
 * name of the pool (the same swap throughout the round, so a round's copies of one event stay one
 * story), the first sentence or two are dropped, and the date moves by a few days. The texts are
 * read by path and built here in memory; nothing is written.
 *
 * <pre>
 * /usr/bin/time -v java -Xmx2g -cp $CP dev.brief.bench.GroupingScaleBenchmark articles 100000 \
 *     ../shared/eval/ecbplus/ecbplus_docs.jsonl ../shared/eval/uci-news-aggregator-sample/uci-news-aggregator_first6366rows.csv
 * </pre>
 * The first argument is {@code articles} or {@code headlines}; an optional fifth argument is a time
 * window in days ({@code --window}).
 */
public final class GroupingScaleBenchmark {
    private static final Pattern CAPITALISED = Pattern.compile("\\b\\p{Lu}[\\p{L}]{2,}\\b");
    private static final Set<String> KEEP = Set.of("The", "This", "That", "These", "Those", "And", "But", "For", "With",
            "From", "After", "Before", "When", "While", "Its", "His", "Her", "Their", "They", "She", "What", "Who", "How",
            "Why", "Where", "There", "Here", "Our", "Not", "All", "One", "Two", "Some", "Many", "More", "Most", "New");

    private GroupingScaleBenchmark() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 4) {
            System.err.println("usage: GroupingScaleBenchmark articles|headlines N ECBPLUS_JSONL UCI_CSV [WINDOW_DAYS]");
            System.exit(2);
        }
        boolean headlines = args[0].equals("headlines");
        int n = Integer.parseInt(args[1]);
        List<Article> pool = new ArrayList<>();
        if (headlines) {
            pool.addAll(LabelledArticles.uci(Path.of(args[3])).articles());
        } else {
            for (String split : List.of("train", "dev", "test")) {
                pool.addAll(LabelledArticles.ecbPlus(Path.of(args[2]), split).articles());
            }
        }
        List<String> names = names(pool);
        List<Article> articles = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            articles.add(variant(pool.get(i % pool.size()), i / pool.size(), i, names, headlines));
        }
        Integer windowDays = args.length > 4 ? Integer.valueOf(args[4]) : null;
        long start = System.nanoTime();
        Grouping grouping = group(articles, windowDays);
        double seconds = (System.nanoTime() - start) / 1e9;
        long heapPeak = 0;
        for (MemoryPoolMXBean pool2 : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool2.getType() == MemoryType.HEAP) {
                heapPeak += pool2.getPeakUsage().getUsed();
            }
        }
        System.out.printf("grouped %,d %s into %,d events in %.1f s wall (model loading included; %d cores); "
                        + "heap peak %,d MB (max %,d MB)%n", n, headlines ? "headlines" : "articles", grouping.events().size(), seconds,
                Runtime.getRuntime().availableProcessors(), heapPeak >> 20, Runtime.getRuntime().maxMemory() >> 20);
    }

    private static Grouping group(List<Article> articles, Integer windowDays) {
        return new EventGrouper(windowDays).group(articles);
    }

    /** Round 0 is the text as labelled; each later round is another set of events. */
    static Article variant(Article a, int round, int i, List<String> names, boolean headline) {
        String id = String.format("s%06d", i);
        if (round == 0) {
            return new Article(id, a.outlet(), a.agency(), a.title(), null, a.published(), a.url(), null, a.text(), id, null, headline);
        }
        String title = a.title() == null ? null : swapNames(a.title(), round, names);
        String text = swapNames(a.text(), round, names);
        if (!headline) {
            for (int k = 0; k < round % 3; k++) {
                int dot = text.indexOf(". ");
                text = dot > 0 && dot < text.length() - 200 ? text.substring(dot + 2) : text;
            }
        } else {
            text = title;
        }
        return new Article(id, a.outlet(), a.agency(), title, null, a.published() == null ? null : a.published().plusDays(round % 5),
                a.url() == null ? null : a.url() + "#" + round, null, text, id, null, headline);
    }

    private static String swapNames(String text, int round, List<String> names) {
        Matcher m = CAPITALISED.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String w = m.group();
            String swapped = KEEP.contains(w) ? w : names.get(Math.floorMod((w + "#" + round).hashCode() * 31 + round, names.size()));
            m.appendReplacement(out, Matcher.quoteReplacement(swapped));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static List<String> names(List<Article> pool) {
        Set<String> out = new LinkedHashSet<>();
        for (Article a : pool) {
            Matcher m = CAPITALISED.matcher((a.title() == null ? "" : a.title() + " ") + a.text());
            while (m.find()) {
                if (!KEEP.contains(m.group())) {
                    out.add(m.group());
                }
            }
        }
        return new ArrayList<>(out);
    }
}
