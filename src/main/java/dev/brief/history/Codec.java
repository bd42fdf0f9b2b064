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

/** How values are written in the history's columns: JSON for lists, "term:weight" text for terms, scaled bytes for embeddings. */
final class Codec {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Codec() {}

    /**
     * An embedding in a quarter of its room: a float scale, then each component as a signed byte of
     * that scale. On unit vectors of 384 dimensions the cosine moves by about a thousandth.
     */
    static byte[] embedding(float[] v) {
        float max = 0;
        for (float x : v) {
            max = Math.max(max, Math.abs(x));
        }
        ByteBuffer b = ByteBuffer.allocate(Float.BYTES + v.length).order(ByteOrder.LITTLE_ENDIAN);
        b.putFloat(max);
        for (float x : v) {
            b.put((byte) (max == 0 ? 0 : Math.round(x / max * 127)));
        }
        return b.array();
    }

    static float[] embedding(byte[] bytes) {
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        float max = b.getFloat();
        float[] v = new float[bytes.length - Float.BYTES];
        for (int i = 0; i < v.length; i++) {
            v[i] = b.get() * max / 127;
        }
        return v;
    }

    /** Terms as "term:weight" pairs, by term, weights to 3 places: a term is letters and digits, never a space or a colon. */
    static String terms(Map<String, Float> terms) {
        StringBuilder out = new StringBuilder();
        new TreeMap<>(terms).forEach((k, v) -> out.append(out.length() == 0 ? "" : " ").append(k).append(':')
                .append(Math.round(v * 1000) / 1000.0));
        return out.toString();
    }

    static Map<String, Float> terms(String text) {
        Map<String, Float> out = new LinkedHashMap<>();
        if (text.isEmpty()) {
            return out;
        }
        for (String pair : text.split(" ")) {
            int colon = pair.lastIndexOf(':');
            out.put(pair.substring(0, colon), Float.parseFloat(pair.substring(colon + 1)));
        }
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
