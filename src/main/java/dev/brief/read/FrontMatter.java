package dev.brief.read;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * YAML front matter at the top of a Markdown or text file, between two {@code ---} lines. Its
 * {@code title}, {@code outlet}, {@code author}, {@code published} (or {@code date}), {@code url} and
 * {@code agency} win over what brief guesses from the text.
 *
 * @param fields lower-cased keys to their values as text; empty when the file has no front matter
 * @param body   the text after the front matter
 */
record FrontMatter(Map<String, String> fields, String body) {

    /** Splits off the front matter. Throws {@link IllegalArgumentException} when it is not valid YAML. */
    static FrontMatter split(String text) {
        if (!text.startsWith("---")) {
            return new FrontMatter(Map.of(), text);
        }
        int firstEnd = text.indexOf('\n');
        if (firstEnd < 0 || !text.substring(0, firstEnd).strip().equals("---")) {
            return new FrontMatter(Map.of(), text);
        }
        int lineStart = firstEnd + 1;
        while (lineStart < text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            int end = lineEnd < 0 ? text.length() : lineEnd;
            String line = text.substring(lineStart, end).strip();
            if (line.equals("---") || line.equals("...")) {
                String yaml = text.substring(firstEnd + 1, lineStart);
                String body = lineEnd < 0 ? "" : text.substring(lineEnd + 1);
                return new FrontMatter(parse(yaml), body);
            }
            lineStart = end + 1;
        }
        // An opening rule without a closing one is a Markdown horizontal rule, not front matter.
        return new FrontMatter(Map.of(), text);
    }

    private static Map<String, String> parse(String yaml) {
        Object tree;
        try {
            tree = yaml().load(yaml);
        } catch (YAMLException e) {
            String why = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("");
            throw new IllegalArgumentException("front matter is not valid YAML: " + why);
        }
        Map<String, String> fields = new LinkedHashMap<>();
        if (tree instanceof Map<?, ?> map) {
            map.forEach((k, v) -> {
                if (k != null && v != null && !(v instanceof Map) && !(v instanceof Iterable)) {
                    fields.put(k.toString().trim().toLowerCase(Locale.ROOT), v instanceof Date d ? Dates.of(d).toString() : v.toString().trim());
                } else if (k != null && v instanceof Iterable<?> list) {
                    // authors: [A, B]
                    StringBuilder joined = new StringBuilder();
                    list.forEach(x -> joined.append(joined.length() > 0 ? ", " : "").append(x));
                    fields.put(k.toString().trim().toLowerCase(Locale.ROOT), joined.toString());
                }
            });
        } else if (tree != null) {
            throw new IllegalArgumentException("front matter is not a YAML mapping of keys to values");
        }
        return fields;
    }

    /** Dates stay text: YAML's own timestamp type would move "2025-07-11T01:00+08:00" to the 10th in UTC. */
    private static Yaml yaml() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(true);
        Resolver noTimestamps = new Resolver() {
            @Override
            protected void addImplicitResolvers() {
                addImplicitResolver(org.yaml.snakeyaml.nodes.Tag.BOOL, BOOL, "yYnNtTfFoO");
                addImplicitResolver(org.yaml.snakeyaml.nodes.Tag.INT, INT, "-+0123456789");
                addImplicitResolver(org.yaml.snakeyaml.nodes.Tag.FLOAT, FLOAT, "-+0123456789.");
                addImplicitResolver(org.yaml.snakeyaml.nodes.Tag.NULL, NULL, "~nN\0");
                addImplicitResolver(org.yaml.snakeyaml.nodes.Tag.NULL, EMPTY, null);
            }
        };
        DumperOptions dump = new DumperOptions();
        return new Yaml(new SafeConstructor(options), new Representer(dump), dump, options, noTimestamps);
    }

    boolean isEmpty() {
        return fields.isEmpty();
    }

    String get(String... keys) {
        for (String k : keys) {
            String v = fields.get(k);
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }

    LocalDate published() {
        return Dates.parse(get("published", "date"));
    }

    /** The text's own guesses, overruled by every field the front matter sets. */
    TextArticleParser.Parsed over(TextArticleParser.Parsed guessed) {
        return overrule(fields, guessed);
    }

    /** Metadata the input declares (front matter, a JSON record's fields) wins over guesses from its text. */
    static TextArticleParser.Parsed overrule(Map<String, String> declared, TextArticleParser.Parsed guessed) {
        if (declared.isEmpty()) {
            return guessed;
        }
        FrontMatter d = new FrontMatter(declared, "");
        return d.overruled(guessed);
    }

    private TextArticleParser.Parsed overruled(TextArticleParser.Parsed guessed) {
        String author = get("author", "authors", "byline");
        String agency = get("agency");
        if (agency == null && author != null && Outlets.agency(author) != null) {
            agency = Outlets.agency(author);
            author = null;
        }
        String url = get("url", "link", "canonical");
        String outlet = get("outlet", "publisher", "site", "source");
        LocalDate published = published();
        Instant publishedAt = Dates.instant(get("published", "date"));
        return new TextArticleParser.Parsed(
                outlet != null ? outlet : guessed.outlet() != null ? guessed.outlet() : url != null ? Outlets.fromUrl(url) : null,
                agency != null ? Outlets.agencyOrSelf(agency) : guessed.agency(),
                or(get("title"), guessed.title()),
                or(author, guessed.author()),
                published != null ? published : guessed.published(),
                or(url, guessed.url()),
                guessed.text(),
                published != null ? publishedAt : guessed.publishedAt());
    }

    private static String or(String a, String b) {
        return a != null ? a : b;
    }
}
