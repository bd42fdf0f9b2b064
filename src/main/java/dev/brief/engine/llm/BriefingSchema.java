package dev.brief.engine.llm;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * The JSON schema sent as Ollama's {@code format}. Source ids are an enum of this request's article
 * ids, so a model under structured output cannot cite a source that does not exist.
 */
public final class BriefingSchema {
    private static final ObjectMapper JSON = new ObjectMapper();

    private BriefingSchema() {}

    /** With one source there is nothing to agree or differ on, so those fields are left out. */
    public static String forSources(List<String> ids) {
        boolean several = ids.size() > 1;
        ObjectNode root = JSON.createObjectNode();
        root.put("type", "object");
        ObjectNode props = root.putObject("properties");
        props.putObject("headline").put("type", "string");
        props.set("summary", items(ids, 1, 6));
        if (several) {
            props.set("agreements", items(ids, 2, 0));
            ObjectNode differences = props.putObject("differences");
            differences.put("type", "array");
            ObjectNode difference = differences.putObject("items");
            difference.put("type", "object");
            ObjectNode dProps = difference.putObject("properties");
            dProps.putObject("topic").put("type", "string");
            ObjectNode positions = dProps.putObject("positions");
            positions.put("type", "array");
            positions.put("minItems", 2);
            ObjectNode position = positions.putObject("items");
            position.put("type", "object");
            ObjectNode pProps = position.putObject("properties");
            pProps.set("source", idEnum(ids));
            pProps.putObject("text").put("type", "string");
            pProps.putObject("quote").put("type", "string");
            position.set("required", strings("source", "text"));
            difference.set("required", strings("topic", "positions"));
        }
        props.set("singleSource", items(ids, 1, 0));
        root.set("required", several
                ? strings("headline", "summary", "agreements", "differences", "singleSource")
                : strings("headline", "summary", "singleSource"));
        return root.toString();
    }

    private static ObjectNode items(List<String> ids, int minSources, int maxItems) {
        ObjectNode array = JSON.createObjectNode();
        array.put("type", "array");
        if (maxItems > 0) {
            array.put("maxItems", maxItems);
        }
        ObjectNode item = array.putObject("items");
        item.put("type", "object");
        ObjectNode props = item.putObject("properties");
        props.putObject("text").put("type", "string");
        ObjectNode sources = props.putObject("sources");
        sources.put("type", "array");
        sources.put("minItems", minSources);
        sources.set("items", idEnum(ids));
        item.set("required", strings("text", "sources"));
        return array;
    }

    private static ObjectNode idEnum(List<String> ids) {
        ObjectNode node = JSON.createObjectNode();
        node.put("type", "string");
        ArrayNode values = node.putArray("enum");
        ids.forEach(values::add);
        return node;
    }

    private static ArrayNode strings(String... values) {
        ArrayNode a = JSON.createArrayNode();
        for (String v : values) {
            a.add(v);
        }
        return a;
    }
}
