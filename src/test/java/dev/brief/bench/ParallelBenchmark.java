package dev.brief.bench;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.brief.Console;
import dev.brief.app.DailyRun;
import dev.brief.FakeOllama;
import dev.brief.app.ModelSettings;
import dev.brief.group.EventGrouper;
import dev.brief.domain.DailyBriefing;
import dev.brief.domain.Engine;
import dev.brief.domain.Article;
import java.io.PrintStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How well {@code brief daily --parallel P} overlaps model calls: a WireMock Ollama answers every
 * /api/chat after a fixed delay, so N events ideally take N/P × delay per call of an event (the
 * placeholder answers fail the verifier's coverage check, so each event also makes its repair call). Reports the measured time of the
 * briefing phase (first request to the end) over that ideal. The articles are ECB+ documents read by
 * path: two of one event per topic, one event per topic. The answers are placeholders written by this
 * benchmark, citing the request's own article ids; no model wrote them.
 *
 * <pre>
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) dev.brief.bench.ParallelBenchmark \
 *     ../shared/eval/ecbplus/ecbplus_docs.jsonl 8 1000
 * </pre>
 */
public final class ParallelBenchmark {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ParallelBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path path = Path.of(args[0]);
        int events = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        int delay = args.length > 2 ? Integer.parseInt(args[2]) : 1000;
        List<Article> articles = articles(path, events);

        WireMockServer server = new WireMockServer(wireMockConfig().dynamicPort().containerThreads(32).extensions(new CitingAnswer()));
        server.start();
        try {
            server.stubFor(FakeOllama.chat().willReturn(FakeOllama.streamed("{}").withFixedDelay(delay)));
            server.stubFor(FakeOllama.showRequest().willReturn(FakeOllama.show(32768)));
            Console quiet = new Console(new PrintStream(OutputStream.nullOutputStream()), true, false);
            ModelSettings settings = ModelSettings.of(FakeOllama.MODEL, ModelSettings.Servers.ollama("http://127.0.0.1:" + server.port()),
                    Engine.OLLAMA, null, null, Duration.ofMinutes(1), true, null, null, null);
            new EventGrouper().group(articles); // loads the embedding model once, outside the timings
            for (int parallel : new int[] {1, 2, 4}) {
                server.resetRequests();
                DailyBriefing daily = new DailyRun(settings, quiet, parallel, false).run(articles);
                long end = System.currentTimeMillis();
                long first = server.getAllServeEvents().stream().mapToLong(e -> e.getRequest().getLoggedDate().getTime()).min().orElseThrow();
                int briefed = daily.briefed().size();
                // An event's calls (answer, then a repair when the verifier objects) run one after the other.
                double callsPerEvent = (double) daily.calls().calls() / briefed;
                double ideal = Math.ceil((double) briefed / parallel) * callsPerEvent * delay;
                System.out.printf("--parallel %d: %d events briefed (%d failed), %d calls (%.1f per event), briefing phase %d ms,"
                                + " ideal ceil(N/P) x calls per event x delay = %.0f ms, ratio %.2f%n",
                        parallel, briefed, daily.failedEvents(), daily.calls().calls(), callsPerEvent, end - first, ideal, (end - first) / ideal);
            }
        } finally {
            server.stop();
        }
    }

    /** Two ECB+ documents of the same ecb event from each of the first topics. */
    static List<Article> articles(Path path, int events) throws Exception {
        LabelledArticles all = LabelledArticles.ecbPlus(path, "train");
        Map<String, List<Article>> byEvent = new LinkedHashMap<>();
        for (int i = 0; i < all.articles().size(); i++) {
            if (all.events().get(i).endsWith("_ecb")) {
                byEvent.computeIfAbsent(all.events().get(i), k -> new ArrayList<>()).add(all.articles().get(i));
            }
        }
        List<Article> out = new ArrayList<>();
        for (List<Article> docs : byEvent.values()) {
            if (out.size() / 2 == events) {
                break;
            }
            out.addAll(docs.subList(0, 2));
        }
        return out;
    }

    /** Answers each /api/chat with a placeholder briefing that cites the request's own article ids. */
    static final class CitingAnswer implements ResponseDefinitionTransformerV2 {
        @Override
        public ResponseDefinition transform(ServeEvent serveEvent) {
            if (!serveEvent.getRequest().getUrl().equals("/api/chat")) {
                return serveEvent.getResponseDefinition();
            }
            List<String> ids = new ArrayList<>();
            try {
                JsonNode request = JSON.readTree(serveEvent.getRequest().getBodyAsString());
                JsonNode enumNode = request.get("format").findValue("enum");
                enumNode.forEach(id -> ids.add(id.asText()));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            String answer = placeholderAnswer(ids);
            int delay = serveEvent.getResponseDefinition().getFixedDelayMilliseconds() == null ? 0
                    : serveEvent.getResponseDefinition().getFixedDelayMilliseconds();
            return FakeOllama.streamed(answer).withFixedDelay(delay).build();
        }

        @Override
        public String getName() {
            return "citing-answer";
        }
    }

    /** A test double's answer (labelled as one) that cites every article id the request's schema allows. */
    static String placeholderAnswer(List<String> ids) {
        ObjectNode answer = JSON.createObjectNode();
        answer.put("headline", "Placeholder answer from the benchmark's test double");
        item(answer.putArray("summary"), "Placeholder summary line.", ids);
        item(answer.putArray("agreements"), "Placeholder agreement.", ids);
        answer.putArray("differences");
        answer.putArray("singleSource");
        return answer.toString();
    }

    private static void item(ArrayNode array, String text, List<String> ids) {
        ObjectNode item = array.addObject();
        item.put("text", text);
        ArrayNode sources = item.putArray("sources");
        ids.forEach(sources::add);
    }
}
