package dev.brief.engine.llm;

import dev.brief.domain.Briefing;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.brief.domain.Briefing.Difference;
import dev.brief.domain.Briefing.Item;
import dev.brief.domain.Briefing.Position;
import dev.brief.text.ControlCharacters;
import java.util.ArrayList;
import java.util.List;

/**
 * The briefing JSON a model answers with, read leniently enough to keep every statement and strictly
 * enough to name each structural fault for the repair prompt.
 */
public record ModelAnswer(String headline, List<Item> summary, List<Item> agreements, List<Difference> differences, List<Item> singleSource) {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The answer cannot be used as a briefing; problems says why, one fault a line. */
    public static final class Invalid extends Exception {
        public final List<String> problems;

        Invalid(List<String> problems) {
            super(String.join("; ", problems), null, false, false);
            this.problems = List.copyOf(problems);
        }
    }

    public static ModelAnswer parse(String content) throws Invalid {
        JsonNode root;
        try {
            root = JSON.readTree(stripFences(content));
        } catch (JsonProcessingException e) {
            throw new Invalid(List.of("the answer is not valid JSON (" + jsonFault(e) + ")"));
        }
        if (root == null || !root.isObject()) {
            throw new Invalid(List.of("the answer must be one JSON object"));
        }
        List<String> problems = new ArrayList<>();
        String headline = text(root, "headline");
        if (headline.isEmpty()) {
            problems.add("\"headline\" is missing or empty");
        }
        List<Item> summary = items(root, "summary", problems);
        if (summary.isEmpty() && problems.stream().noneMatch(p -> p.contains("\"summary\""))) {
            problems.add("\"summary\" is empty; it needs 3 to 6 bullets");
        }
        List<Item> agreements = items(root, "agreements", problems);
        List<Difference> differences = differences(root, problems);
        List<Item> singleSource = items(root, "singleSource", problems);
        if (!problems.isEmpty()) {
            throw new Invalid(problems);
        }
        return new ModelAnswer(headline, summary, agreements, differences, singleSource);
    }

    /** Jackson's wording, without its source-location boilerplate, for the repair prompt and the user. */
    private static String jsonFault(JsonProcessingException e) {
        String m = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (m.startsWith("Unexpected end-of-input")) {
            return "it stops before the end";
        }
        var at = e.getLocation();
        String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
        int cut = m.indexOf(" (");
        return (cut > 0 ? m.substring(0, cut) : m).replaceAll("\\s+", " ").strip() + where;
    }

    private static List<Item> items(JsonNode root, String field, List<String> problems) {
        JsonNode node = root.get(field);
        List<Item> out = new ArrayList<>();
        if (node == null || node.isNull()) {
            return out;
        }
        if (!node.isArray()) {
            problems.add("\"" + field + "\" must be an array");
            return out;
        }
        for (int i = 0; i < node.size(); i++) {
            JsonNode item = node.get(i);
            String text = text(item, "text");
            if (!item.isObject() || text.isEmpty()) {
                problems.add("\"" + field + "\"[" + i + "] needs a non-empty \"text\"");
                continue;
            }
            out.add(Item.of(text, ids(item.get("sources"))));
        }
        return out;
    }

    private static List<Difference> differences(JsonNode root, List<String> problems) {
        JsonNode node = root.get("differences");
        List<Difference> out = new ArrayList<>();
        if (node == null || node.isNull()) {
            return out;
        }
        if (!node.isArray()) {
            problems.add("\"differences\" must be an array");
            return out;
        }
        for (int i = 0; i < node.size(); i++) {
            JsonNode d = node.get(i);
            String topic = text(d, "topic");
            if (topic.isEmpty()) {
                problems.add("\"differences\"[" + i + "] needs a non-empty \"topic\"");
                continue;
            }
            List<Position> positions = new ArrayList<>();
            JsonNode ps = d.path("positions");
            for (int j = 0; j < ps.size(); j++) {
                JsonNode p = ps.get(j);
                String source = text(p, "source");
                String text = text(p, "text");
                if (source.isEmpty() || text.isEmpty()) {
                    problems.add("\"differences\"[" + i + "].positions[" + j + "] needs a \"source\" and a \"text\"");
                    continue;
                }
                String quote = text(p, "quote");
                positions.add(new Position(source, text, quote.isEmpty() ? null : quote));
            }
            out.add(Difference.of(topic, positions));
        }
        return out;
    }

    private static List<String> ids(JsonNode sources) {
        List<String> out = new ArrayList<>();
        if (sources == null) {
            return out;
        }
        if (sources.isTextual()) {
            out.add(ControlCharacters.strip(sources.asText()).strip());
            return out;
        }
        for (JsonNode s : sources) {
            String id = ControlCharacters.strip(s.asText("")).strip();
            if (!id.isEmpty() && !out.contains(id)) {
                out.add(id);
            }
        }
        return out;
    }

    /** A string field, without control characters: the model may echo an article's escape sequences. */
    private static String text(JsonNode node, String field) {
        return ControlCharacters.strip(node.path(field).asText("")).strip();
    }

    /** Some models wrap JSON in a Markdown fence even under structured output. */
    private static String stripFences(String s) {
        String t = s.strip();
        if (t.startsWith("```")) {
            int nl = t.indexOf('\n');
            int end = t.lastIndexOf("```");
            if (nl > 0 && end > nl) {
                return t.substring(nl + 1, end);
            }
        }
        return t;
    }

    /** The briefing's content in the answer format, to show the model its own answer when asking for a repair. */
    public static String toJson(Briefing b) {
        ObjectNode root = JSON.createObjectNode();
        root.put("headline", b.headline());
        root.set("summary", itemsJson(b.summary()));
        root.set("agreements", itemsJson(b.agreements()));
        ArrayNode ds = root.putArray("differences");
        for (Difference d : b.differences()) {
            ObjectNode dn = ds.addObject();
            dn.put("topic", d.topic());
            ArrayNode ps = dn.putArray("positions");
            for (Position p : d.positions()) {
                ObjectNode pn = ps.addObject();
                pn.put("source", p.source());
                pn.put("text", p.text());
                if (p.quote() != null) {
                    pn.put("quote", p.quote());
                }
            }
        }
        root.set("singleSource", itemsJson(b.singleSource()));
        return root.toString();
    }

    private static ArrayNode itemsJson(List<Item> items) {
        ArrayNode a = JSON.createArrayNode();
        for (Item i : items) {
            ObjectNode n = a.addObject();
            n.put("text", i.text());
            ArrayNode s = n.putArray("sources");
            i.sources().forEach(s::add);
        }
        return a;
    }
}
