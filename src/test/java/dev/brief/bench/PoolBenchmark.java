package dev.brief.bench;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.brief.Console;
import dev.brief.FakeOllama;
import dev.brief.FakeOpenAi;
import dev.brief.app.DailyRun;
import dev.brief.app.ModelSettings;
import dev.brief.domain.Article;
import dev.brief.domain.DailyBriefing;
import dev.brief.domain.Engine;
import dev.brief.group.EventGrouper;
import dev.brief.model.Backend;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * How well a pool of servers shares {@code brief daily}'s work: stand-ins for OpenAI-compatible
 * servers (WireMock, --backend openai) that each answer one request at a time after a fixed delay, as
 * a server with one slot does. With S servers, N events of C calls each ideally take N × C × delay / S.
 * brief keeps --parallel calls in flight on each server (default 2 here: one answered, one waiting its
 * turn, so that a server never idles while brief checks an answer). Reports the measured briefing phase (first request to the end) against that, for
 * 1, 2 and 4 servers; then 2 servers of which one stops after a few answers, where every event must
 * still be briefed. The articles are ECB+ documents read by path (two of one event per topic); the
 * answers are placeholders written by this benchmark, citing the request's own article ids (they fail
 * the verifier's coverage check, so each event also makes its repair call); no model wrote them.
 *
 * <pre>
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) dev.brief.bench.PoolBenchmark \
 *     ../shared/eval/ecbplus/ecbplus_docs.jsonl 12 1000 2     # events, delay in ms, --parallel
 * </pre>
 */
public final class PoolBenchmark {
    private static final ObjectMapper JSON = new ObjectMapper();

    private PoolBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path path = Path.of(args[0]);
        int events = args.length > 1 ? Integer.parseInt(args[1]) : 12;
        int delay = args.length > 2 ? Integer.parseInt(args[2]) : 1000;
        int parallel = args.length > 3 ? Integer.parseInt(args[3]) : 2;
        List<Article> articles = articles(path, events); // grouping them also loads the embedding model, outside the timings
        Console quiet = new Console(new PrintStream(OutputStream.nullOutputStream()), true, false);
        System.out.printf("%d articles, %d events to brief, %d ms a call, --parallel %d (calls in flight on each server, which answers one at a time)%n",
                articles.size(), events, delay, parallel);

        for (int servers : new int[] {1, 2, 4}) {
            List<StandIn> pool = start(servers, delay, Integer.MAX_VALUE);
            try {
                DailyBriefing daily = new DailyRun(settings(pool), quiet, parallel, false).run(articles);
                long end = System.currentTimeMillis();
                int briefed = (int) (daily.briefed().size() - daily.failedEvents());
                double callsPerEvent = (double) daily.calls().calls() / daily.briefed().size();
                double ideal = daily.briefed().size() * callsPerEvent * delay / servers;
                long wall = end - first(pool);
                System.out.printf("%d server%s: %d of %d events briefed, %d calls (%.1f per event), answered %s; briefing phase %d ms,"
                                + " ideal N x calls x delay / servers = %.0f ms, ratio %.2f%n",
                        servers, servers == 1 ? "" : "s", briefed, daily.briefed().size(), daily.calls().calls(), callsPerEvent,
                        answered(pool), wall, ideal, wall / ideal);
            } finally {
                pool.forEach(s -> s.server.stop());
            }
        }

        // Two servers; the second stops for good after answering 4 requests, in the middle of the run.
        List<StandIn> pool = start(2, delay, 4);
        try {
            Console stderr = new Console(System.err, false, false);
            DailyBriefing daily = new DailyRun(settings(pool), stderr, parallel, false).run(articles);
            long end = System.currentTimeMillis();
            System.out.printf("2 servers, one stopping after 4 answers: %d of %d events briefed, %d failed; %d calls, %d failed calls;"
                            + " answered %s; servers taken out: %d; briefing phase %d ms%n",
                    daily.briefed().size() - daily.failedEvents(), daily.briefed().size(), daily.failedEvents(), daily.calls().calls(),
                    daily.calls().failed(), answered(pool), daily.servers().takenOut().size(), end - first(pool));
        } finally {
            pool.forEach(s -> s.server.stop());
        }
    }

    /** ECB+ pairs (two documents of one event per topic), as many as it takes for grouping to find that many events of two sources. */
    private static List<Article> articles(Path path, int events) throws Exception {
        for (int pairs = events; pairs < events * 3; pairs++) {
            List<Article> articles = ParallelBenchmark.articles(path, pairs);
            long toBrief = new EventGrouper().group(articles).events().stream().filter(e -> e.independentSources() >= 2).count();
            if (toBrief == events) {
                return articles;
            }
        }
        throw new IllegalStateException("no set of ECB+ pairs groups into " + events + " events of two sources");
    }

    private static ModelSettings settings(List<StandIn> pool) {
        List<String> urls = pool.stream().map(s -> "http://127.0.0.1:" + s.port + "/v1").toList();
        return ModelSettings.of(FakeOllama.MODEL, new ModelSettings.Servers(Backend.OPENAI, null, List.of(), null, urls, null, null),
                Engine.OLLAMA, null, null, Duration.ofMinutes(1), true, null, null, null);
    }

    private static long first(List<StandIn> pool) {
        return pool.stream().flatMap(s -> s.chats.stream()).mapToLong(Long::longValue).min().orElseThrow();
    }

    private static String answered(List<StandIn> pool) {
        return pool.stream().map(s -> String.valueOf(s.answered.get())).reduce((a, b) -> a + "/" + b).orElse("");
    }

    /** One stand-in server, answering one chat at a time; it stops for good after stopAfter answers. */
    private static final class StandIn {
        final WireMockServer server;
        final int port;
        final AtomicInteger answered = new AtomicInteger();
        final List<Long> chats = java.util.Collections.synchronizedList(new ArrayList<>());

        StandIn(int delay, int stopAfter) {
            server = new WireMockServer(wireMockConfig().dynamicPort().containerThreads(16).extensions(new OneAtATime(this, delay, stopAfter)));
            server.start();
            port = server.port();
            server.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get("/v1/models").willReturn(
                    com.github.tomakehurst.wiremock.client.WireMock.okJson("{\"object\":\"list\",\"data\":[{\"id\":\"" + FakeOllama.MODEL
                            + "\",\"object\":\"model\",\"owned_by\":\"vllm\",\"max_model_len\":32768}]}")));
            server.stubFor(FakeOpenAi.chat().willReturn(FakeOpenAi.streamed("{}")));
        }
    }

    private static List<StandIn> start(int n, int delay, int stopAfter) {
        List<StandIn> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(new StandIn(delay, i == 1 ? stopAfter : Integer.MAX_VALUE));
        }
        return out;
    }

    /**
     * Serves one chat at a time (the others wait their turn, as with one slot), each after the delay,
     * with a placeholder briefing that cites the request's own article ids.
     */
    private static final class OneAtATime implements ResponseDefinitionTransformerV2 {
        private final StandIn owner;
        private final int delay;
        private final int stopAfter;
        private final Object slot = new Object();

        OneAtATime(StandIn owner, int delay, int stopAfter) {
            this.owner = owner;
            this.delay = delay;
            this.stopAfter = stopAfter;
        }

        @Override
        public ResponseDefinition transform(ServeEvent serveEvent) {
            if (!serveEvent.getRequest().getUrl().endsWith("/chat/completions")) {
                return serveEvent.getResponseDefinition();
            }
            owner.chats.add(serveEvent.getRequest().getLoggedDate().getTime());
            List<String> ids = new ArrayList<>();
            try {
                JsonNode request = JSON.readTree(serveEvent.getRequest().getBodyAsString());
                request.at("/response_format/json_schema/schema").findValue("enum").forEach(id -> ids.add(id.asText()));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            synchronized (slot) {
                if (owner.answered.get() >= stopAfter) {
                    // gone for good: the connection drops, and the server is stopped from outside the request
                    new Thread(owner.server::stop).start();
                    return com.github.tomakehurst.wiremock.client.WireMock.aResponse()
                            .withFault(com.github.tomakehurst.wiremock.http.Fault.CONNECTION_RESET_BY_PEER).build();
                }
                try {
                    Thread.sleep(delay);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                owner.answered.incrementAndGet();
            }
            return FakeOpenAi.streamed(ParallelBenchmark.placeholderAnswer(ids)).build();
        }

        @Override
        public String getName() {
            return "one-at-a-time";
        }
    }
}
