package dev.brief.bench;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.brief.Console;
import dev.brief.read.ArticleReader;
import dev.brief.read.ReadResult;
import dev.brief.read.ReadSettings;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

/**
 * Reads a 5,000-item RSS feed whose items are teasers, so that every item's page is fetched, from a
 * WireMock server on 127.0.0.1 that answers each page after a delay (default 0 ms), and
 * prints the wall time: once with the default --max-items and once with --max-items 5000. Goal: the
 * whole feed in under 30 s. The pages are cached nowhere (no --cache-dir), so every page is fetched.
 *
 * <pre>java -XX:+UseSerialGC -cp $CP dev.brief.bench.FeedBenchmark [items] [delay-ms]</pre>
 */
public final class FeedBenchmark {
    public static void main(String[] args) throws IOException {
        int items = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
        int delayMs = args.length > 1 ? Integer.parseInt(args[1]) : 0;
        byte[] page;
        try (InputStream in = FeedBenchmark.class.getResourceAsStream("/read/news-page.html")) {
            page = in.readAllBytes();
        }
        WireMockServer server = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1").containerThreads(40)
                .jettyAcceptors(2));
        server.start();
        String base = "http://127.0.0.1:" + server.port();
        server.stubFor(get("/feed.rss").willReturn(aResponse().withHeader("Content-Type", "application/rss+xml").withBody(feed(base, items))));
        // Each page its own story: a different first sentence, so that none is an exact duplicate of another.
        server.stubFor(get(urlPathMatching("/story/[0-9]+")).willReturn(aResponse().withFixedDelay(delayMs)
                .withHeader("Content-Type", "text/html; charset=utf-8").withTransformers("response-template")
                .withBody(new String(page, StandardCharsets.UTF_8).replace("U.S. Secretary of State Marco Rubio said",
                        "In story {{request.pathSegments.[1]}}, U.S. Secretary of State Marco Rubio said"))));
        try {
            for (int maxItems : List.of(ReadSettings.DEFAULT_MAX_ITEMS, items)) {
                server.resetRequests();
                ReadSettings settings = new ReadSettings(false, null, null, Duration.ofSeconds(20), null, true, maxItems);
                ByteArrayOutputStream err = new ByteArrayOutputStream();
                Console console = new Console(new PrintStream(err, true, StandardCharsets.UTF_8), false, false);
                var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
                long cpuStart = os.getProcessCpuTime();
                long start = System.nanoTime();
                ReadResult result = new ArticleReader(console, InputStream.nullInputStream(), settings).read(List.of(base + "/feed.rss"));
                double seconds = (System.nanoTime() - start) / 1e9;
                double cpu = (os.getProcessCpuTime() - cpuStart) / 1e9; // the server's share included: it runs in this JVM
                System.out.printf("FeedBenchmark: %,d-item feed, --max-items %d, pages answered after %d ms: %,d articles, %,d requests served, %.1f s wall, %.1f s CPU of brief and the server together (goal for the whole feed: under 30 s wall)%n",
                        items, maxItems, delayMs, result.articles().size(), server.getAllServeEvents().size(), seconds, cpu);
            }
        } finally {
            server.stop();
            System.exit(0);
        }
    }

    private static String feed(String base, int items) {
        StringBuilder rss = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel><title>Wire Desk</title>\n");
        for (int i = 1; i <= items; i++) {
            rss.append("<item><title>Story ").append(i).append("</title><link>").append(base).append("/story/").append(i)
                    .append("</link><description>A teaser for story ").append(i).append(".</description></item>\n");
        }
        return rss.append("</channel></rss>\n").toString();
    }

}
