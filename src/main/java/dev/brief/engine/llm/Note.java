package dev.brief.engine.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One note of the map-reduce: a claim with its quotes, numbers, names and attribution, and the ids
 * of the articles it comes from. The ids are kept through every level of reduction, so that the
 * briefing cites articles, never notes.
 */
record Note(List<String> articles, String claim, List<String> quotes, List<String> numbers, List<String> names, String attribution) {
    private static final ObjectMapper JSON = new ObjectMapper();

    Note {
        articles = List.copyOf(articles);
        quotes = List.copyOf(quotes);
        numbers = List.copyOf(numbers);
        names = List.copyOf(names);
    }

    /** One JSON line, ids first; empty fields are left out to save context. */
    String line() {
        ObjectNode n = JSON.createObjectNode();
        ArrayNode ids = n.putArray("articles");
        articles.forEach(ids::add);
        n.put("claim", claim);
        putUnlessEmpty(n, "quotes", quotes);
        putUnlessEmpty(n, "numbers", numbers);
        putUnlessEmpty(n, "names", names);
        if (!attribution.isBlank()) {
            n.put("attribution", attribution);
        }
        return n.toString();
    }

    private static void putUnlessEmpty(ObjectNode n, String field, List<String> values) {
        if (!values.isEmpty()) {
            ArrayNode a = n.putArray(field);
            values.forEach(a::add);
        }
    }

    /** What the line takes in a prompt, with its line break. */
    int tokens() {
        return TokenEstimate.of(line()) + 1;
    }

    /**
     * The notes of an answer: {"notes": [...]}. A note of a map answer is the mapped article's
     * (article); a note of a merge answer names its articles, and only ids among allowed count.
     *
     * @throws IllegalArgumentException when the answer is not notes
     */
    static List<Note> parse(String content, String article, Set<String> allowed) {
        JsonNode root;
        try {
            root = JSON.readTree(content.strip());
        } catch (IOException e) {
            throw new IllegalArgumentException("the answer is not valid JSON");
        }
        if (root == null || !root.path("notes").isArray()) {
            throw new IllegalArgumentException("the answer must be a JSON object with a \"notes\" array");
        }
        List<Note> out = new ArrayList<>();
        for (JsonNode n : root.path("notes")) {
            String claim = n.path("claim").asText("").strip();
            if (!n.isObject() || claim.isEmpty()) {
                continue;
            }
            List<String> ids;
            if (article != null) {
                ids = List.of(article);
            } else {
                Set<String> named = new LinkedHashSet<>();
                n.path("articles").forEach(id -> {
                    if (allowed.contains(id.asText())) {
                        named.add(id.asText());
                    }
                });
                if (named.isEmpty()) {
                    continue; // a claim no article of the group is named for cannot be cited
                }
                ids = List.copyOf(named);
            }
            out.add(new Note(ids, claim, strings(n.path("quotes")), strings(n.path("numbers")), strings(n.path("names")),
                    n.path("attribution").asText("").strip()));
        }
        return out;
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(v -> {
            if (!v.asText("").isBlank()) {
                out.add(v.asText().strip());
            }
        });
        return out;
    }

    /** The schema of a map answer: notes on one article. */
    static final String MAP_SCHEMA = schema(null);

    /** The schema of a merge answer: notes that each name the articles, among ids, they come from. */
    static String mergeSchema(List<String> ids) {
        return schema(ids);
    }

    private static String schema(List<String> ids) {
        ObjectNode root = JSON.createObjectNode();
        root.put("type", "object");
        ObjectNode notes = root.putObject("properties").putObject("notes");
        notes.put("type", "array");
        ObjectNode note = notes.putObject("items");
        note.put("type", "object");
        ObjectNode p = note.putObject("properties");
        ArrayNode required = JSON.createArrayNode();
        if (ids != null) {
            ObjectNode a = p.putObject("articles");
            a.put("type", "array");
            a.put("minItems", 1);
            ArrayNode allowed = a.putObject("items").put("type", "string").putArray("enum");
            ids.forEach(allowed::add);
            required.add("articles");
        }
        p.putObject("claim").put("type", "string");
        for (String list : List.of("quotes", "numbers", "names")) {
            ObjectNode a = p.putObject(list);
            a.put("type", "array");
            a.putObject("items").put("type", "string");
        }
        p.putObject("attribution").put("type", "string");
        required.add("claim").add("quotes").add("numbers").add("names").add("attribution");
        note.set("required", required);
        root.putArray("required").add("notes");
        return root.toString();
    }
}
