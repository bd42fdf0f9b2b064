package dev.brief.bench;

import dev.brief.Console;
import dev.brief.domain.Article;
import dev.brief.read.ArticleReader;
import dev.brief.read.ReadResult;
import dev.brief.read.ReadSettings;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Reads 1,000 generated local articles (half HTML pages with navigation, ads, JSON-LD and comments,
 * half text files with datelines), including 20 wire copies, and prints the wall time. Goal: under 5 s.
 *
 * <pre>./mvnw -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -cp target/test-classes:target/classes:$(cat target/cp.txt) dev.brief.bench.ReadBenchmark</pre>
 */
public final class ReadBenchmark {
    private static final int ARTICLES = 1000;
    private static final String[] SYLLABLES = {"ka", "lo", "mi", "ren", "sta", "vor", "dul", "pe", "tri", "zan", "ho", "gu", "bel", "nos", "qua", "fir"};

    public static void main(String[] args) throws IOException {
        Path dir = Files.createTempDirectory("brief-read-bench");
        try {
            Random random = new Random(42);
            String[] words = new String[3000];
            for (int i = 0; i < words.length; i++) {
                StringBuilder w = new StringBuilder();
                for (int s = 0, n = 1 + random.nextInt(3); s < n; s++) {
                    w.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
                }
                words[i] = w.toString();
            }
            String wire = body(random, words, 6);
            for (int i = 0; i < ARTICLES; i++) {
                String text = i % 50 == 7 ? wire + "\n\n" + sentence(random, words) : body(random, words, 5 + random.nextInt(8));
                if (i % 2 == 0) {
                    Files.writeString(dir.resolve(String.format("a%04d.html", i)), page(i, text));
                } else {
                    Files.writeString(dir.resolve(String.format("a%04d.txt", i)), "Headline number " + i + "\n\nBy Staff Writer\n\n"
                            + "Kuala Lumpur, July " + (1 + i % 28) + ", 2025 – " + text + "\n");
                }
            }
            var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
            long cpuStart = os.getProcessCpuTime();
            long start = System.nanoTime();
            ReadResult result = new ArticleReader(new Console(System.err, true, false), new ByteArrayInputStream(new byte[0]),
                    ReadSettings.defaults()).read(List.of(dir.toString()));
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpu = (os.getProcessCpuTime() - cpuStart) / 1e9;
            long html = result.articles().stream().filter(a -> a.path().endsWith(".html")).count();
            long copies = result.articles().stream().map(Article::duplicateOf).filter(d -> d != null).count();
            int wordCount = result.articles().stream().mapToInt(a -> dev.brief.text.Words.count(a.text())).sum();
            System.out.printf("read %d articles (%d HTML, %d text; %d words; %d linked as wire copies; %d skipped) in %.2f s wall time, %.2f s CPU (%d cores, load average %.1f)%n",
                    result.articles().size(), html, result.articles().size() - html, wordCount, copies, result.skipped().size(), seconds, cpu,
                    Runtime.getRuntime().availableProcessors(), os.getSystemLoadAverage());
            System.out.printf("goal: under 5 s for %d articles: %s%n", ARTICLES, seconds < 5 ? "met" : "NOT met");
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static String page(int i, String text) {
        StringBuilder paragraphs = new StringBuilder();
        for (String p : text.split("\n\n")) {
            paragraphs.append("<p>").append(p).append("</p>\n");
            if (paragraphs.length() % 3 == 0) {
                paragraphs.append("<div class=\"ad ad-inline\">ADVERTISEMENT</div>\n");
            }
        }
        return "<!DOCTYPE html><html><head><title>Story " + i + " | Bench Post</title>"
                + "<meta property=\"og:site_name\" content=\"Bench Post\"><meta property=\"og:title\" content=\"Story " + i + "\">"
                + "<link rel=\"canonical\" href=\"https://bench.example/story/" + i + "\">"
                + "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"headline\":\"Story " + i
                + "\",\"datePublished\":\"2025-07-" + String.format("%02d", 1 + i % 28) + "T09:00:00+02:00\",\"author\":{\"@type\":\"Person\",\"name\":\"Writer " + i % 17 + "\"}}</script>"
                + "<script>var tracking = {id: " + i + "};</script></head><body>"
                + "<header class=\"site-header\"><nav><a href=\"/\">Home</a> <a href=\"/world\">World</a> <a href=\"/sport\">Sport</a></nav></header>"
                + "<main><article><h1>Story " + i + "</h1><p class=\"byline\">By Writer " + i % 17 + "</p>" + paragraphs
                + "<aside class=\"related\"><ul><li><a href=\"/x\">Related story one</a></li><li><a href=\"/y\">Related story two</a></li></ul></aside>"
                + "</article><section class=\"comments\"><p>A reader: first!</p></section></main>"
                + "<footer class=\"site-footer\">© 2025 Bench Post</footer></body></html>";
    }

    private static String body(Random random, String[] words, int paragraphs) {
        StringBuilder b = new StringBuilder();
        for (int p = 0; p < paragraphs; p++) {
            if (p > 0) {
                b.append("\n\n");
            }
            for (int s = 0, n = 2 + random.nextInt(3); s < n; s++) {
                b.append(s > 0 ? " " : "").append(sentence(random, words));
            }
        }
        return b.toString();
    }

    private static String sentence(Random random, String[] words) {
        StringBuilder s = new StringBuilder();
        for (int w = 0, n = 8 + random.nextInt(14); w < n; w++) {
            String word = words[random.nextInt(words.length)];
            s.append(w == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : " " + word);
        }
        return s.append('.').toString();
    }
}
