package dev.brief.history;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.brief.domain.Briefing;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** How values are written in the history's columns: JSON for lists and maps, little-endian floats for embeddings. */
final class Codec {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Codec() {}

    static byte[] embedding(float[] v) {
        ByteBuffer b = ByteBuffer.allocate(v.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        for (float x : v) {
            b.putFloat(x);
        }
        return b.array();
    }

    static float[] embedding(byte[] bytes) {
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        float[] v = new float[bytes.length / Float.BYTES];
        for (int i = 0; i < v.length; i++) {
            v[i] = b.getFloat();
        }
        return v;
    }

    /** Terms in name order, weights rounded to 4 places: enough to compare, and a third of the room. */
    static String terms(Map<String, Float> terms) {
        ObjectNode o = JSON.createObjectNode();
        new TreeMap<>(terms).forEach((k, v) -> o.put(k, Math.round(v * 10000) / 10000.0));
        return o.toString();
    }

    static Map<String, Float> terms(String json) {
        Map<String, Float> out = new LinkedHashMap<>();
        parse(json).fields().forEachRemaining(e -> out.put(e.getKey(), (float) e.getValue().asDouble()));
        return out;
    }

    static String strings(List<String> values) {
        ArrayNode a = JSON.createArrayNode();
        values.forEach(a::add);
        return a.toString();
    }

    static List<String> strings(String json) {
        try {
            return JSON.readValue(json, new TypeReference<List<String>>() {});
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a damaged list in the history: " + e.getOriginalMessage(), e);
        }
    }

    static String items(List<Briefing.Item> items) {
        ArrayNode a = JSON.createArrayNode();
        for (Briefing.Item i : items) {
            ObjectNode n = a.addObject();
            n.put("text", i.text());
            ArrayNode s = n.putArray("sources");
            i.sources().forEach(s::add);
            n.put("verified", i.verified());
        }
        return a.toString();
    }

    static List<Briefing.Item> items(String json) {
        List<Briefing.Item> out = new ArrayList<>();
        for (JsonNode n : parse(json)) {
            List<String> sources = new ArrayList<>();
            n.path("sources").forEach(s -> sources.add(s.asText()));
            out.add(new Briefing.Item(n.path("text").asText(), sources, n.path("verified").asBoolean(true), List.of()));
        }
        return out;
    }

    /**
     * What a run stores, less what differs between a first run and its rerun from the cache (the
     * model calls counted, the time): equal fingerprints mean the history would not change.
     */
    static String fingerprint(Recorded.Run run) {
        StringBuilder s = new StringBuilder();
        Recorded.Counts n = run.counts();
        s.append(run.day()).append('\n').append(String.join("\u0001", run.inputs())).append('\n')
                .append(List.of(n.articles(), n.events(), n.briefed(), n.unchanged(), n.failed(), n.alsoReported())).append('\n');
        for (Recorded.Event e : run.events()) {
            s.append(e.id()).append('\u0001').append(e.storyId()).append('\u0001').append(e.status()).append('\u0001').append(e.headline())
                    .append('\u0001').append(withoutUsage(e.briefingJson())).append('\u0001').append(items(e.newItems()))
                    .append('\u0001').append(strings(e.said())).append('\u0001')
                    .append(e.articles().stream().map(Recorded.Article::id).toList()).append('\n');
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String withoutUsage(String briefingJson) {
        if (briefingJson == null) {
            return "";
        }
        JsonNode n = parse(briefingJson);
        if (n instanceof ObjectNode o) {
            o.remove("usage");
        }
        return n.toString();
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("damaged JSON in the history: " + e.getOriginalMessage(), e);
        }
    }
}
