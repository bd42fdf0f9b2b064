package dev.brief.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.brief.BriefException;
import dev.brief.ExitCode;
import dev.brief.domain.Briefing.Difference;
import dev.brief.domain.Briefing.Item;
import dev.brief.domain.Briefing.Position;
import dev.brief.domain.Briefing;
import dev.brief.domain.Engine;
import dev.brief.domain.GenerationOptions;
import dev.brief.domain.Problem;
import dev.brief.domain.Source;
import dev.brief.text.ControlCharacters;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Reads back the JSON contract that {@link JsonRenderer} writes, for {@code brief verify}. */
public final class JsonBriefingReader {
    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonBriefingReader() {}

    /**
     * Every briefing in a JSON file: the one of {@code brief event}, or each briefed event of a
     * {@code brief daily} document (events that failed have none).
     *
     * @param name where the JSON came from, for the error message
     */
    public static List<Briefing> readAll(String json, String name) {
        JsonNode root = parse(json, name);
        if (root != null && root.path("events").isArray() && root.has("alsoReported")) {
            List<Briefing> out = new ArrayList<>();
            for (JsonNode event : root.path("events")) {
                if (event.path("briefing").isObject()) {
                    out.add(read(event.path("briefing"), name));
                }
            }
            return out;
        }
        return List.of(read(root, name));
    }

    public static Briefing read(String json, String name) {
        return read(parse(json, name), name);
    }

    private static JsonNode parse(String json, String name) {
        try {
            return withoutControlCharacters(JSON.readTree(json));
        } catch (IOException e) {
            throw notABriefing(name, "it is not valid JSON");
        }
    }

    /**
     * The file is from outside, as an article is: its strings lose their control characters before any
     * of them is printed ("brief verify" prints the headline), by the rule article text is read with.
     */
    private static JsonNode withoutControlCharacters(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.fields().forEachRemaining(e -> e.setValue(withoutControlCharacters(e.getValue())));
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                array.set(i, withoutControlCharacters(array.get(i)));
            }
        } else if (node != null && node.isTextual()) {
            return TextNode.valueOf(ControlCharacters.strip(node.asText()));
        }
        return node;
    }

    private static Briefing read(JsonNode root, String name) {
        if (root == null || !root.isObject() || !root.path("sources").isArray() || !root.path("summary").isArray()) {
            throw notABriefing(name, "it has no \"sources\" and \"summary\"");
        }
        try {
            List<Source> sources = new ArrayList<>();
            for (JsonNode s : root.path("sources")) {
                sources.add(new Source(s.path("id").asText(), s.path("number").asInt(), text(s, "outlet"), text(s, "agency"),
                        text(s, "title"), s.hasNonNull("published") ? LocalDate.parse(s.path("published").asText()) : null,
                        text(s, "url"), text(s, "path"), text(s, "duplicateOf")));
            }
            List<Difference> differences = new ArrayList<>();
            for (JsonNode d : root.path("differences")) {
                List<Position> positions = new ArrayList<>();
                for (JsonNode p : d.path("positions")) {
                    positions.add(new Position(p.path("source").asText(), p.path("text").asText(), text(p, "quote")));
                }
                differences.add(new Difference(d.path("topic").asText(), positions, d.path("verified").asBoolean(true), recorded(d.path("problems"))));
            }
            JsonNode o = root.path("options");
            GenerationOptions options = o.isObject() ? new GenerationOptions(o.path("num_ctx").asInt(), o.path("temperature").asDouble(),
                    o.path("seed").asInt(), o.path("num_predict").asInt()) : null;
            JsonNode u = root.path("usage");
            Briefing.Usage usage = new Briefing.Usage(u.path("calls").asInt(), u.path("cachedCalls").asInt(),
                    u.path("promptTokens").asLong(), u.path("completionTokens").asLong(), u.path("mapCalls").asInt(),
                    u.path("mergeCalls").asInt(), u.path("reduceLevels").asInt());
            JsonNode v = root.path("verification");
            Briefing.Verification verification = new Briefing.Verification(v.path("claims").asInt(), v.path("verified").asInt(),
                    v.path("unverified").asInt(), v.path("repaired").asInt());
            String engine = text(root, "engine");
            return new Briefing(root.path("headline").asText(""), engine == null ? null : Engine.ofId(engine), text(root, "model"), options,
                    text(root, "promptHash"), sources, items(root.path("summary")), items(root.path("agreements")), differences,
                    items(root.path("singleSource")), usage, verification);
        } catch (RuntimeException e) {
            throw notABriefing(name, e.getMessage());
        }
    }

    private static List<Item> items(JsonNode array) {
        List<Item> out = new ArrayList<>();
        for (JsonNode i : array) {
            out.add(new Item(i.path("text").asText(), strings(i.path("sources")), i.path("verified").asBoolean(true), recorded(i.path("problems"))));
        }
        return out;
    }

    private static List<Problem> recorded(JsonNode array) {
        return strings(array).stream().map(m -> Problem.of(Problem.Kind.RECORDED, m)).toList();
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static BriefException notABriefing(String name, String why) {
        return new BriefException(ExitCode.INPUT, name + " is not a brief JSON briefing (" + why + "); pass a file written by 'brief event --format json' or 'brief daily --format json'");
    }
}
