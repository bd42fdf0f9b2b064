package dev.brief.read;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON Lines (one record a line) and JSON arrays of records. A record's {@code id}, {@code title},
 * {@code text} or {@code html}, {@code outlet}, {@code author}, {@code published} and {@code url}
 * are used; other fields are ignored. A record with a title and no text or html is a headline-only
 * article. A bad line is skipped with its line number; the rest goes on.
 */
final class JsonLinesReader {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] FIELDS = {"title", "outlet", "author", "published", "url", "agency"};

    private final Intake intake;

    JsonLinesReader(Intake intake) {
        this.intake = intake;
    }

    void read(String text, String name, String path) {
        String trimmed = text.stripLeading();
        if (trimmed.startsWith("[") || isOneDocument(trimmed)) {
            readWhole(trimmed, name, path);
            return;
        }
        readLines(text, name, path);
    }

    private void readLines(String text, String name, String path) {
        String[] lines = text.split("\\R", -1);
        int records = 0;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            records++;
            String where = name + ":" + (i + 1);
            try {
                record(JSON.readTree(line), where, path);
            } catch (JsonProcessingException e) {
                intake.skip(where, "not valid JSON: " + reason(e));
            }
        }
        if (records == 0) {
            intake.skip(name, "empty: no JSON records");
        }
    }

    /**
     * A pretty-printed single object spans lines; JSON Lines never does. A first line that is no JSON
     * is either the start of such an object or a broken record: when the whole text is no document but
     * another line is a whole object, the file is JSON Lines and only that line is skipped.
     */
    private static boolean isOneDocument(String text) {
        if (!text.startsWith("{")) {
            return false;
        }
        String[] lines = text.split("\\R");
        if (lines.length < 2 || parses(lines[0])) {
            return false;
        }
        if (parses(text)) {
            return true;
        }
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.startsWith("{") && line.endsWith("}") && parses(line)) {
                return false;
            }
        }
        return true;
    }

    private static boolean parses(String json) {
        try {
            JSON.readTree(json);
            return true;
        } catch (JsonProcessingException e) {
            return false;
        }
    }

    /** The parser's reason without where its input came from: "Unexpected end-of-input: expected close marker for Object". */
    private static String reason(JsonProcessingException e) {
        String message = e.getOriginalMessage();
        int marker = message.indexOf(" (start marker at");
        message = marker >= 0 ? message.substring(0, marker) : message;
        return message.lines().findFirst().orElse(message).strip();
    }

    private void readWhole(String text, String name, String path) {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            var loc = e.getLocation();
            intake.skip(loc == null ? name : name + ":" + loc.getLineNr(), "not valid JSON: " + reason(e));
            return;
        }
        if (root.isObject()) {
            record(root, name, path);
            return;
        }
        if (root.isEmpty()) {
            intake.skip(name, "empty: no JSON records");
        }
        for (int i = 0; i < root.size(); i++) {
            record(root.get(i), name + "[" + i + "]", path);
        }
    }

    private void record(JsonNode node, String where, String path) {
        if (!node.isObject()) {
            intake.skip(where, "not a JSON object");
            return;
        }
        String text = string(node, "text");
        String html = string(node, "html");
        Map<String, String> fields = new LinkedHashMap<>();
        for (String f : FIELDS) {
            String v = string(node, f);
            if (v != null) {
                fields.put(f, v);
            }
        }
        if (text == null && html == null) {
            if (fields.get("title") == null) {
                intake.skip(where, nothingToRead(node));
            } else {
                intake.addHeadline(where, FrontMatter.overrule(fields, new TextArticleParser.Parsed(null, null, null, null, null, null, "")),
                        path, string(node, "id"));
            }
            return;
        }
        TextArticleParser.Parsed guessed = text != null ? bodyOf(text, fields.get("title") != null)
                : HtmlArticleParser.parse(html, fields.get("url"));
        intake.add(where, FrontMatter.overrule(fields, guessed), path, string(node, "id"));
    }

    /**
     * A record's text is its body. With a title of its own nothing of it is taken for a heading, byline
     * or date line; without one its head is searched for them, unless that would leave no body (a
     * one-paragraph text that reads like a heading is the text, not a title).
     */
    private static TextArticleParser.Parsed bodyOf(String text, boolean titled) {
        if (!titled) {
            TextArticleParser.Parsed searched = TextArticleParser.parse(text);
            if (!searched.text().isBlank()) {
                return searched;
            }
        }
        return TextArticleParser.parse(text, TextArticleParser.Header.NONE);
    }

    /**
     * Why a record gives no article, saying which of its fields are there but empty or not text:
     * {@code "title" is empty and there is no "text" or "html"}.
     */
    private static String nothingToRead(JsonNode node) {
        List<String> missing = new ArrayList<>();
        List<String> empty = new ArrayList<>();
        List<String> notText = new ArrayList<>();
        for (String f : new String[] {"text", "html", "title"}) {
            JsonNode v = node.get(f);
            (v == null ? missing : v.isContainerNode() ? notText : empty).add("\"" + f + "\"");
        }
        if (empty.isEmpty() && notText.isEmpty()) {
            return "no \"text\", \"html\" or \"title\" field";
        }
        List<String> parts = new ArrayList<>();
        if (!empty.isEmpty()) {
            parts.add(joined(empty, "and") + (empty.size() == 1 ? " is" : " are") + " empty");
        }
        if (!notText.isEmpty()) {
            parts.add(joined(notText, "and") + (notText.size() == 1 ? " is" : " are") + " not text");
        }
        if (!missing.isEmpty()) {
            parts.add("there is no " + joined(missing, "or"));
        }
        return joined(parts, "and");
    }

    /** "a", "a and b", "a, b and c". */
    private static String joined(List<String> items, String last) {
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " " + last + " " + items.get(items.size() - 1);
    }

    private static String string(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull() || v.isContainerNode()) {
            return null;
        }
        String s = v.asText().strip();
        return s.isEmpty() ? null : s;
    }
}
