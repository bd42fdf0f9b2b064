package dev.brief.read;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The schema.org article a page describes in its JSON-LD scripts: headline, date, authors and
 * publisher. Scripts wrapped in {@code <![CDATA[ ]]>}, with raw line breaks in strings or trailing
 * commas, as pages write them, are read; references by {@code @id} inside a {@code @graph} are followed.
 */
record JsonLd(String headline, String name, String datePublished, String authors, String publisher) {
    static final JsonLd NONE = new JsonLd(null, null, null, null, null);

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_TRAILING_COMMA,
                    JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
            .build();
    private static final Pattern CDATA = Pattern.compile("^\\s*(?://\\s*)?<!\\[CDATA\\[|(?://\\s*)?\\]\\]>\\s*$");
    private static final Set<String> POSTINGS = Set.of("blogposting", "liveblogposting", "socialmediaposting",
            "discussionforumposting", "report", "apireference");
    private static final org.jsoup.select.Evaluator SCRIPTS = org.jsoup.select.QueryParser.parse("script[type~=(?i)^application/ld\\+json$]");
    private static final Set<String> OUTLETS = Set.of("newsmediaorganization", "website");

    /**
     * The article's title: its headline, or its name when the two differ and the name is closer to the
     * page's {@code <title>} (some sites put their own name or a description in one of them).
     */
    String title(String pageTitle) {
        if (headline == null || name == null || headline.equals(name)) {
            return headline != null ? headline : name;
        }
        return sharedWords(name, pageTitle) > sharedWords(headline, pageTitle) ? name : headline;
    }

    private static long sharedWords(String a, String b) {
        Set<String> words = new java.util.HashSet<>(List.of(b.toLowerCase(Locale.ROOT).split("(?U)\\W+")));
        return java.util.Arrays.stream(a.toLowerCase(Locale.ROOT).split("(?U)\\W+")).filter(w -> !w.isEmpty() && words.contains(w)).count();
    }

    /** The first article described by the page's scripts, or {@link #NONE}. */
    static JsonLd of(Document doc) {
        List<JsonNode> nodes = new ArrayList<>();
        for (Element script : doc.select(SCRIPTS)) {
            try {
                JsonNode root = JSON.readTree(CDATA.matcher(script.data()).replaceAll(""));
                collect(root, nodes);
            } catch (IOException e) {
                // Broken JSON-LD is common; the other scripts and the meta tags still count.
            }
        }
        Map<String, JsonNode> byId = new HashMap<>();
        for (JsonNode n : nodes) {
            String id = textOf(n.get("@id"));
            if (id != null) {
                byId.putIfAbsent(id, n);
            }
        }
        JsonNode article = nodes.stream().filter(JsonLd::isArticle).findFirst().orElse(null);
        String outlet = nodes.stream().filter(n -> hasType(n, OUTLETS)).map(n -> textOf(n.get("name"))).filter(s -> s != null)
                .findFirst().orElse(null);
        if (article == null) {
            return outlet == null ? NONE : new JsonLd(null, null, null, null, outlet);
        }
        String publisher = names(article.get("publisher"), byId);
        return new JsonLd(textOf(article.get("headline")), textOf(article.get("name")), textOf(article.get("datePublished")),
                names(article.get("author"), byId), publisher != null ? publisher : outlet);
    }

    /** Every object in the tree that has a type, in document order: arrays, {@code @graph} and nested values. */
    private static void collect(JsonNode node, List<JsonNode> out) {
        if (node == null) {
            return;
        }
        if (node.isArray()) {
            node.forEach(n -> collect(n, out));
        } else if (node.isObject()) {
            if (node.has("@type")) {
                out.add(node);
            }
            collect(node.get("@graph"), out);
            collect(node.get("mainEntity"), out);
        }
    }

    private static boolean isArticle(JsonNode node) {
        for (String t : types(node)) {
            if (t.endsWith("article") || POSTINGS.contains(t)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasType(JsonNode node, Set<String> wanted) {
        return types(node).stream().anyMatch(wanted::contains);
    }

    private static List<String> types(JsonNode node) {
        List<String> out = new ArrayList<>();
        JsonNode type = node.get("@type");
        if (type != null && type.isArray()) {
            type.forEach(t -> out.add(typeName(t.asText())));
        } else if (type != null) {
            out.add(typeName(type.asText()));
        }
        return out;
    }

    /** "NewsArticle", "schema:NewsArticle" or "https://schema.org/NewsArticle" → "newsarticle". */
    private static String typeName(String type) {
        int cut = Math.max(type.lastIndexOf('/'), type.lastIndexOf(':'));
        return type.substring(cut + 1).toLowerCase(Locale.ROOT);
    }

    /** "A", {"name": "A"}, {"@id": "#a"} or [{"name": "A"}, {"name": "B"}] → "A, B". */
    private static String names(JsonNode node, Map<String, JsonNode> byId) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isTextual()) {
            String s = textOf(node);
            return s == null || s.startsWith("http") ? null : s;
        }
        if (node.isObject()) {
            String name = textOf(node.get("name"));
            if (name == null && node.has("@id") && byId.get(node.get("@id").asText()) != node) {
                JsonNode target = byId.get(node.get("@id").asText());
                name = target == null ? null : textOf(target.get("name"));
            }
            return name;
        }
        if (node.isArray()) {
            List<String> all = new ArrayList<>();
            node.forEach(n -> {
                String s = names(n, byId);
                if (s != null && !all.contains(s)) {
                    all.add(s);
                }
            });
            return all.isEmpty() ? null : String.join(", ", all);
        }
        return null;
    }

    private static String textOf(JsonNode n) {
        if (n == null || n.isNull() || n.isContainerNode()) {
            return null;
        }
        String s = n.asText().strip();
        return s.isEmpty() ? null : s.indexOf('&') < 0 ? s : org.jsoup.parser.Parser.unescapeEntities(s, false);
    }
}
