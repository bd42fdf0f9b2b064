package dev.brief.model;

import dev.brief.domain.GenerationOptions;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Says, in one line, why no recording matches a request: which prompt file or article changed, or the
 * model or the options, compared with the nearest recording.
 */
final class ReplayMiss {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{[a-z_]+}}");

    private ReplayMiss() {}

    static String explain(ModelRequest request, List<Cassette> cassettes, Path dir, PromptFiles prompts, Function<String, String> articleName) {
        return explain(request, Backend.OLLAMA, cassettes, dir, prompts, articleName);
    }

    /** @param backend the backend this run replays with; recordings of the other one cannot answer it */
    static String explain(ModelRequest request, Backend backend, List<Cassette> all, Path dir, PromptFiles prompts,
            Function<String, String> articleName) {
        String head = "no recording in " + dir + " matches a request to the model";
        if (all.isEmpty()) {
            return head + ": " + dir.resolve("mappings") + " holds no chat recordings; record them with --record " + dir;
        }
        List<Cassette> cassettes = all.stream().filter(c -> c.backend() == backend).toList();
        if (cassettes.isEmpty()) {
            String recorded = all.get(0).backend().label();
            return head + ": the recordings were made with --backend " + recorded + " and this run uses --backend " + backend.label()
                    + "; pass --backend " + recorded + " to replay them, or record again with --record " + dir + " --backend " + backend.label();
        }
        JsonNode format = parse(request.schema());
        Set<String> ids = Cassette.enumValues(format);
        Cassette nearest = cassettes.stream().min(Comparator.comparingInt(c -> distance(request, format, ids, c))).orElseThrow();
        List<String> reasons = reasons(request, format, ids, nearest, prompts, articleName);
        if (reasons.isEmpty()) {
            reasons.add("it differs from the nearest recording in a field brief does not compare (a newer LangChain4j may send new fields)");
        }
        return head + ": " + String.join("; ", reasons) + " (nearest recording: " + dir.relativize(nearest.file()) + ")"
                + "; if the change is intended, record again with --record " + dir;
    }

    private static int distance(ModelRequest r, JsonNode format, Set<String> ids, Cassette c) {
        int d = 10 * symmetricDifference(ids, c.articleIds());
        List<ChatTurn> recorded = c.messages() == null ? List.of() : c.messages();
        d += 3 * Math.abs(recorded.size() - r.messages().size());
        for (int i = 0; i < Math.min(recorded.size(), r.messages().size()); i++) {
            d += recorded.get(i).equals(r.messages().get(i)) ? 0 : 3;
        }
        d += Objects.equals(c.model(), r.model()) ? 0 : 1;
        d += optionDifferences(c, r.options()).isEmpty() ? 0 : 1;
        d += Objects.equals(c.format(), format) ? 0 : 1;
        return d;
    }

    private static List<String> reasons(ModelRequest r, JsonNode format, Set<String> ids, Cassette c, PromptFiles prompts,
            Function<String, String> articleName) {
        List<String> reasons = new ArrayList<>();
        Set<String> recordedIds = c.articleIds();
        List<String> added = ids.stream().filter(id -> !recordedIds.contains(id)).toList();
        List<String> gone = recordedIds.stream().filter(id -> !ids.contains(id)).toList();
        if (added.size() == 1 && gone.size() == 1) {
            // Ids come from the text, so one article in place of another is an edited article.
            reasons.add("article " + name(added.get(0), articleName) + " changed since the recording (recorded as id " + gone.get(0) + ")");
        } else {
            for (String id : added) {
                reasons.add("article " + name(id, articleName) + " is not in the recording: it is new or its text changed");
            }
            for (String id : gone) {
                reasons.add("recorded article " + id + " is not among the inputs");
            }
        }
        boolean sameArticles = ids.equals(recordedIds);

        List<ChatTurn> now = r.messages();
        List<ChatTurn> then = c.messages();
        if (then != null) {
            if (then.size() != now.size()) {
                reasons.add("the recording is of a call with " + then.size() + " messages, this call has " + now.size()
                        + (now.size() > then.size() ? " (a repair request the recording does not have)" : ""));
            }
            for (int i = 0; i < Math.min(then.size(), now.size()); i++) {
                if (then.get(i).equals(now.get(i))) {
                    continue;
                }
                String recorded = then.get(i).content();
                String role = now.get(i).role();
                if (i == 0 && role.equals("system")) {
                    reasons.add(changedFiles(List.of("system.md"), recorded, c, prompts, "the system message"));
                } else if (role.equals("user") && i == 1) {
                    if (sameArticles) {
                        List<String> files = new ArrayList<>(List.of("event.md", "article.md"));
                        if (ids.size() == 1) {
                            files.add("single-source.md");
                        }
                        reasons.add(changedFiles(files, recorded, c, prompts, "the user message (the articles as brief read them)"));
                    }
                } else if (role.equals("assistant")) {
                    reasons.add("the model's answer quoted in the repair request differs from the recorded one");
                } else if (role.equals("user")) {
                    reasons.add(changedFiles(List.of("repair.md"), recorded, c, prompts, "the problems listed in the repair request"));
                } else {
                    reasons.add("message " + (i + 1) + " (" + role + ") differs from the recording");
                }
            }
        }
        if (!Objects.equals(c.model(), r.model())) {
            reasons.add("the model is " + r.model() + ", the recording's is " + c.model());
        }
        List<String> options = optionDifferences(c, r.options());
        if (!options.isEmpty()) {
            reasons.add("options differ: " + String.join(", ", options));
        }
        if (sameArticles && c.format() != null && !c.format().equals(format)) {
            reasons.add("the JSON schema differs from the recorded one (brief itself changed)");
        }
        return reasons;
    }

    private static String name(String id, Function<String, String> articleName) {
        String name = articleName == null ? null : articleName.apply(id);
        return name == null ? id : name + " (id " + id + ")";
    }

    /**
     * Names the prompt files behind a changed message: a file whose fixed text no longer appears in the
     * recorded message, or whose hash differs from the one noted when recording.
     */
    private static String changedFiles(List<String> files, String recorded, Cassette c, PromptFiles prompts, String otherwise) {
        Map<String, String> hashes = prompts.fileHashes();
        JsonNode recordedHashes = c.metadata() == null ? null : c.metadata().get("promptFiles");
        List<String> named = new ArrayList<>();
        for (String f : files) {
            boolean textGone = fixedLines(prompts.text(f)).stream().anyMatch(line -> !recorded.contains(line));
            boolean hashChanged = recordedHashes != null && recordedHashes.has(f) && !recordedHashes.get(f).asText().equals(hashes.get(f));
            if (textGone || hashChanged) {
                named.add(f);
            }
        }
        if (named.isEmpty()) {
            return otherwise + " differs from the recording";
        }
        return String.join(" and ", named) + (named.size() == 1 ? " differs" : " differ") + " from the recording"
                + (named.size() == 1 ? " (prompt file " + named.get(0) + " was edited)" : " (prompt files were edited)");
    }

    /** The lines of a template that are its own text, not filled in. */
    private static List<String> fixedLines(String template) {
        List<String> out = new ArrayList<>();
        for (String piece : PLACEHOLDER.split(template)) {
            for (String line : piece.split("\n")) {
                if (!line.isBlank()) {
                    out.add(line.strip());
                }
            }
        }
        return out;
    }

    /** Each backend's names for the options: Ollama's options object, or the OpenAI request's own fields (no context size). */
    private static List<String> optionDifferences(Cassette c, GenerationOptions now) {
        JsonNode recorded = c.options();
        List<String> out = new ArrayList<>();
        if (recorded == null) {
            return out;
        }
        Map<String, Double> current = new LinkedHashMap<>();
        if (c.backend() == Backend.OPENAI) {
            current.put("temperature", now.temperature());
            current.put("seed", (double) now.seed());
            current.put("max_tokens", (double) now.numPredict());
        } else {
            current.put("num_ctx", (double) now.numCtx());
            current.put("temperature", now.temperature());
            current.put("seed", (double) now.seed());
            current.put("num_predict", (double) now.numPredict());
        }
        Set<String> keys = new LinkedHashSet<>(current.keySet());
        recorded.fieldNames().forEachRemaining(keys::add);
        keys.remove("stop");
        for (String key : keys) {
            JsonNode then = recorded.get(key);
            Double value = current.get(key);
            Double thenValue = then != null && then.isNumber() ? then.asDouble() : null;
            if (!Objects.equals(thenValue, value)) {
                out.add(key + " " + show(then == null ? null : then.asText()) + " recorded, " + show(value == null ? null : number(value)) + " now");
            }
        }
        return out;
    }

    private static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    private static String show(String v) {
        return v == null ? "none" : v;
    }

    private static int symmetricDifference(Set<String> a, Set<String> b) {
        Set<String> all = new TreeSet<>(a);
        all.addAll(b);
        int n = 0;
        for (String s : all) {
            n += a.contains(s) == b.contains(s) ? 0 : 1;
        }
        return n;
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            return null;
        }
    }
}
