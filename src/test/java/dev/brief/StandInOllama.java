package dev.brief;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.brief.text.SentenceSplitter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stand-in Ollama server for map-reduce tests and benchmarks, in Ollama's wire format (streamed
 * /api/chat, /api/show). Its answers are made mechanically from each request, not by a model: notes
 * on an article copy its first sentences; a merge keeps the first notes it is allowed, joining
 * identical claims; a briefing cites notes as they stand. So every claim is an article's own
 * sentence, and the briefing can be verified against the articles. It can answer after a fixed
 * delay, and it counts how many requests it was answering at once.
 */
public final class StandInOllama implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern ARTICLE = Pattern.compile("<article id=\"([^\"]+)\">\\n(?:.*\\n){3}\\n([\\s\\S]*?)\\n?</article>");
    private static final Pattern NOTES = Pattern.compile("<notes>\\n([\\s\\S]*?)\\n</notes>");
    private static final Pattern MAX_NOTES = Pattern.compile("at most (\\d+) notes");
    /** Real tokenizers give about 4.2 characters a token for English; brief's estimate assumes 3.5. */
    private static final double CHARS_PER_TOKEN = 4.2;

    private final WireMockServer server;
    private final int notesPerCall;
    private final AtomicInteger answering = new AtomicInteger();
    private final AtomicInteger mostAtOnce = new AtomicInteger();

    /** @param notesPerCall how many notes an answer to a map call holds */
    public StandInOllama(int contextLength, int delayMillis, int notesPerCall) {
        this.notesPerCall = notesPerCall;
        server = new WireMockServer(wireMockConfig().dynamicPort().containerThreads(32).extensions(new Answers(delayMillis)));
        server.start();
        server.stubFor(FakeOllama.showRequest().willReturn(FakeOllama.show(contextLength)));
        server.stubFor(FakeOllama.chat().willReturn(aResponse().withStatus(500)));
    }

    public String url() {
        return "http://127.0.0.1:" + server.port();
    }

    /** The /api/chat request bodies, in the order they arrived. */
    public List<JsonNode> chatRequests() {
        List<JsonNode> out = new ArrayList<>();
        for (ServeEvent e : server.getAllServeEvents()) {
            if (e.getRequest().getUrl().equals("/api/chat")) {
                out.add(0, json(e.getRequest().getBodyAsString()));
            }
        }
        return out;
    }

    /** The most chat requests the server was answering at one time. */
    public int mostAtOnce() {
        return mostAtOnce.get();
    }

    @Override
    public void close() {
        server.stop();
    }

    private final class Answers implements ResponseDefinitionTransformerV2 {
        private final int delayMillis;

        Answers(int delayMillis) {
            this.delayMillis = delayMillis;
        }

        @Override
        public String getName() {
            return "stand-in-ollama";
        }

        @Override
        public ResponseDefinition transform(ServeEvent event) {
            if (!event.getRequest().getUrl().equals("/api/chat")) {
                return event.getResponseDefinition();
            }
            // The delay is spent here, between counting the call in and out: WireMock's own fixed delay
            // comes after its request listeners, which would count a call out before it was answered.
            mostAtOnce.accumulateAndGet(answering.incrementAndGet(), Math::max);
            try {
                Thread.sleep(delayMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                answering.decrementAndGet();
            }
            JsonNode request = json(event.getRequest().getBodyAsString());
            int promptChars = 0;
            for (JsonNode m : request.path("messages")) {
                promptChars += m.path("content").asText().length();
            }
            String user = request.path("messages").get(request.path("messages").size() - 1).path("content").asText();
            String answer = user.contains("Take notes on the article") ? mapAnswer(user)
                    : user.contains("combine them a group at a time") ? mergeAnswer(user)
                    : briefingAnswer(user);
            return FakeOllama.streamed(answer, (int) (promptChars / CHARS_PER_TOKEN), (int) (answer.length() / CHARS_PER_TOKEN), "stop").build();
        }
    }

    private String mapAnswer(String user) {
        Matcher m = ARTICLE.matcher(user);
        ArrayNode notes = JSON.createArrayNode();
        if (m.find()) {
            for (String sentence : SentenceSplitter.split(m.group(2))) {
                if (notes.size() >= notesPerCall) {
                    break;
                }
                ObjectNode n = notes.addObject();
                n.put("claim", sentence);
                n.putArray("quotes");
                n.putArray("numbers");
                n.putArray("names");
                n.put("attribution", "");
            }
        }
        ObjectNode root = JSON.createObjectNode();
        root.set("notes", notes);
        return root.toString();
    }

    private String mergeAnswer(String user) {
        Matcher max = MAX_NOTES.matcher(user);
        int most = max.find() ? Integer.parseInt(max.group(1)) : 1;
        Map<String, ObjectNode> byClaim = new LinkedHashMap<>();
        for (JsonNode n : notes(user)) {
            ObjectNode kept = byClaim.get(n.path("claim").asText());
            if (kept != null) {
                Set<String> ids = new LinkedHashSet<>();
                kept.path("articles").forEach(id -> ids.add(id.asText()));
                n.path("articles").forEach(id -> ids.add(id.asText()));
                ArrayNode a = kept.putArray("articles");
                ids.forEach(a::add);
            } else if (byClaim.size() < most) {
                byClaim.put(n.path("claim").asText(), ((ObjectNode) n).deepCopy());
            }
        }
        ObjectNode root = JSON.createObjectNode();
        ArrayNode out = root.putArray("notes");
        for (ObjectNode n : byClaim.values()) {
            for (String field : List.of("quotes", "numbers", "names")) {
                if (!n.has(field)) {
                    n.putArray(field);
                }
            }
            if (!n.has("attribution")) {
                n.put("attribution", "");
            }
            out.add(n);
        }
        return root.toString();
    }

    private String briefingAnswer(String user) {
        ObjectNode root = JSON.createObjectNode();
        root.put("headline", "A stand-in briefing made from the notes");
        ArrayNode summary = root.putArray("summary");
        root.putArray("agreements");
        root.putArray("differences");
        ArrayNode single = root.putArray("singleSource");
        List<JsonNode> notes = notes(user);
        for (int i = 0; i < notes.size() && i < 8; i++) {
            ObjectNode item = (i < 3 ? summary : single).addObject();
            item.put("text", notes.get(i).path("claim").asText());
            ArrayNode sources = item.putArray("sources");
            notes.get(i).path("articles").forEach(sources::add);
        }
        return root.toString();
    }

    private static List<JsonNode> notes(String user) {
        List<JsonNode> out = new ArrayList<>();
        Matcher m = NOTES.matcher(user);
        if (m.find()) {
            for (String line : m.group(1).split("\n")) {
                if (!line.isBlank()) {
                    out.add(json(line));
                }
            }
        }
        return out;
    }

    private static JsonNode json(String s) {
        try {
            return JSON.readTree(s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
