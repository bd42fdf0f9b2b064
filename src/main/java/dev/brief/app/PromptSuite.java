package dev.brief.app;

import dev.brief.domain.Problem;
import dev.brief.BriefException;
import dev.brief.ExitCode;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.brief.domain.Briefing;
import dev.brief.domain.Briefing.Difference;
import dev.brief.domain.Briefing.Item;
import dev.brief.domain.Briefing.Position;
import dev.brief.domain.Source;
import dev.brief.domain.Article;
import dev.brief.domain.IndependentSources;
import dev.brief.text.Words;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A file of prompt test cases for {@code brief test}, in YAML (or JSON, which is YAML too). Each case
 * names its articles, the model's response (recorded cassettes, or answers written by hand), and
 * what the briefing must satisfy. Paths are relative to the suite file.
 */
public record PromptSuite(Path file, String description, List<Case> cases) {
    public static final List<String> SECTIONS = List.of("summary", "agreements", "differences", "singleSource");

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY);

    record File(String description, List<Case> cases) {}

    /**
     * @param model  the model the request names; default: the cassette's, else brief's default model
     * @param numCtx the --num-ctx cap, or null
     */
    public record Case(String name, List<String> inputs, String model, Integer numCtx, Response response, Expect expect) {}

    /**
     * Exactly one of: cassette, a folder recorded with --record; handWritten, answers written by hand
     * in the model's JSON format (one per call: the first answers the briefing request, the next a
     * repair request; the last repeats).
     */
    public record Response(String cassette, @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> handWritten) {}

    /** The assertions; each one left out is not checked. */
    public record Expect(
            Boolean everySourceCited,
            Boolean itemsCiteValidSources,
            Boolean agreementsCiteTwoOutlets,
            List<String> contains,
            List<String> notContains,
            Integer maxWords,
            List<String> sectionsPresent,
            List<String> sectionsAbsent,
            Boolean verificationPasses,
            String goldenRequest) {

        /**
         * What the briefing fails, one line each, in the order above; empty when it passes.
         *
         * @param request the first request as {@code brief prompts render} prints it
         */
        public List<String> failures(Briefing b, List<Article> articles, Supplier<String> request, Path suiteDir) {
            List<String> out = new ArrayList<>();
            if (Boolean.TRUE.equals(everySourceCited)) {
                Set<String> cited = cited(b);
                for (Source s : b.sources()) {
                    if (!cited.contains(s.id())) {
                        out.add("source [" + s.number() + "] " + s.displayName() + " is never cited");
                    }
                }
            }
            if (Boolean.TRUE.equals(itemsCiteValidSources)) {
                Set<String> ids = new LinkedHashSet<>(b.sources().stream().map(Source::id).toList());
                forEachItem(b, (where, item) -> {
                    if (item.sources().isEmpty()) {
                        out.add(where + " cites no source");
                    }
                    item.sources().stream().filter(id -> !ids.contains(id)).forEach(id -> out.add(where + " cites unknown source '" + id + "'"));
                });
                for (int i = 0; i < b.differences().size(); i++) {
                    for (Position p : b.differences().get(i).positions()) {
                        if (!ids.contains(p.source())) {
                            out.add("differences[" + i + "] cites unknown source '" + p.source() + "'");
                        }
                    }
                }
            }
            if (Boolean.TRUE.equals(agreementsCiteTwoOutlets)) {
                IndependentSources independent = IndependentSources.among(articles);
                for (int i = 0; i < b.agreements().size(); i++) {
                    Set<String> outlets = independent.keysOf(b.agreements().get(i).sources());
                    if (outlets.size() < 2) {
                        out.add("agreements[" + i + "] cites " + outlets.size() + " independent outlet" + (outlets.size() == 1 ? "" : "s") + ", not 2");
                    }
                }
            }
            String text = text(b);
            for (String s : contains == null ? List.<String>of() : contains) {
                if (!text.contains(s)) {
                    out.add("the briefing does not contain \"" + s + "\"");
                }
            }
            for (String s : notContains == null ? List.<String>of() : notContains) {
                if (text.contains(s)) {
                    out.add("the briefing contains \"" + s + "\"");
                }
            }
            if (maxWords != null) {
                int words = Words.count(text);
                if (words > maxWords) {
                    out.add("the briefing has " + words + " words, more than " + maxWords);
                }
            }
            for (String s : sectionsPresent == null ? List.<String>of() : sectionsPresent) {
                if (section(b, s) == 0) {
                    out.add("section " + s + " is empty");
                }
            }
            for (String s : sectionsAbsent == null ? List.<String>of() : sectionsAbsent) {
                if (section(b, s) > 0) {
                    out.add("section " + s + " has " + section(b, s) + " item(s)");
                }
            }
            if (Boolean.TRUE.equals(verificationPasses) && b.verification().unverified() > 0) {
                List<String> problems = new ArrayList<>();
                forEachItem(b, (where, item) -> item.problems().forEach(p -> problems.add(where + ": " + p)));
                for (int i = 0; i < b.differences().size(); i++) {
                    for (Problem p : b.differences().get(i).problems()) {
                        problems.add("differences[" + i + "]: " + p);
                    }
                }
                out.add("verification failed: " + b.verification().unverified() + " of " + b.verification().claims()
                        + " claims unverified (" + String.join("; ", problems) + ")");
            }
            if (goldenRequest != null) {
                String failure = compareGolden(suiteDir.resolve(goldenRequest), request.get());
                if (failure != null) {
                    out.add(failure);
                }
            }
            return out;
        }

        private boolean empty() {
            return everySourceCited == null && itemsCiteValidSources == null && agreementsCiteTwoOutlets == null
                    && contains == null && notContains == null && maxWords == null && sectionsPresent == null
                    && sectionsAbsent == null && verificationPasses == null && goldenRequest == null;
        }
    }

    /** Reads and checks a suite file; a bad one is a usage error of its own, not a failed case. */
    public static PromptSuite load(Path file) {
        File parsed;
        try {
            parsed = YAML.readValue(file.toFile(), File.class);
        } catch (UnrecognizedPropertyException e) {
            throw bad(file, "unknown field '" + e.getPropertyName() + "' in " + path(e) + "; known: "
                    + String.join(", ", e.getKnownPropertyIds().stream().map(Object::toString).sorted().toList()));
        } catch (JsonMappingException e) {
            String where = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")";
            throw bad(file, path(e) + ": " + e.getOriginalMessage().replaceAll("\\s+", " ").replaceAll(" \\(class [^)]*\\)", "") + where);
        } catch (IOException e) {
            throw new BriefException(ExitCode.INPUT, "cannot read suite " + file + " (" + e.getMessage() + ")");
        }
        if (parsed == null || parsed.cases() == null || parsed.cases().isEmpty()) {
            throw bad(file, "it has no cases");
        }
        List<Case> cases = new ArrayList<>();
        for (int i = 0; i < parsed.cases().size(); i++) {
            Case c = parsed.cases().get(i);
            String name = c.name() == null || c.name().isBlank() ? "case " + (i + 1) : c.name().strip();
            if (c.inputs() == null || c.inputs().isEmpty()) {
                throw bad(file, "case '" + name + "' has no inputs");
            }
            Response r = c.response();
            if (r == null || (r.cassette() == null) == (r.handWritten() == null || r.handWritten().isEmpty())) {
                throw bad(file, "case '" + name + "' needs a response with either cassette: DIR or handWritten: ANSWER");
            }
            if (c.expect() == null || c.expect().empty()) {
                throw bad(file, "case '" + name + "' has no expect: assertions");
            }
            for (List<String> sections : java.util.Arrays.asList(c.expect().sectionsPresent(), c.expect().sectionsAbsent())) {
                for (String s : sections == null ? List.<String>of() : sections) {
                    if (!SECTIONS.contains(s)) {
                        throw bad(file, "case '" + name + "' names section '" + s + "'; sections are " + String.join(", ", SECTIONS));
                    }
                }
            }
            cases.add(new Case(name, c.inputs(), c.model(), c.numCtx(), r, c.expect()));
        }
        return new PromptSuite(file, parsed.description(), cases);
    }

    /** Where in the file: "cases[1].expect". */
    private static String path(JsonMappingException e) {
        StringBuilder p = new StringBuilder();
        List<JsonMappingException.Reference> refs = e.getPath();
        for (int i = 0; i < refs.size() - (e instanceof UnrecognizedPropertyException ? 1 : 0); i++) {
            JsonMappingException.Reference r = refs.get(i);
            if (r.getFieldName() != null) {
                p.append(p.length() == 0 ? "" : ".").append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                p.append('[').append(r.getIndex()).append(']');
            }
        }
        return p.length() == 0 ? "the top level" : p.toString();
    }

    private static BriefException bad(Path file, String why) {
        return new BriefException(ExitCode.INPUT, "suite " + file + " is not valid: " + why + "; see docs/testing-prompts.md");
    }

    /** The briefing's own words: headline, items, topics, positions and quotes; not the source list. */
    static String text(Briefing b) {
        StringBuilder t = new StringBuilder(b.headline()).append('\n');
        forEachItem(b, (where, item) -> t.append(item.text()).append('\n'));
        for (Difference d : b.differences()) {
            t.append(d.topic()).append('\n');
            for (Position p : d.positions()) {
                t.append(p.text()).append('\n');
                if (p.quote() != null) {
                    t.append(p.quote()).append('\n');
                }
            }
        }
        return t.toString();
    }

    private static Set<String> cited(Briefing b) {
        Set<String> cited = new LinkedHashSet<>();
        forEachItem(b, (where, item) -> cited.addAll(item.sources()));
        b.differences().forEach(d -> d.positions().forEach(p -> cited.add(p.source())));
        return cited;
    }

    private static int section(Briefing b, String name) {
        return switch (name) {
            case "summary" -> b.summary().size();
            case "agreements" -> b.agreements().size();
            case "differences" -> b.differences().size();
            default -> b.singleSource().size();
        };
    }

    private static void forEachItem(Briefing b, java.util.function.BiConsumer<String, Item> action) {
        Map<String, List<Item>> sections = new LinkedHashMap<>();
        sections.put("summary", b.summary());
        sections.put("agreements", b.agreements());
        sections.put("singleSource", b.singleSource());
        sections.forEach((name, items) -> {
            for (int i = 0; i < items.size(); i++) {
                action.accept(name + "[" + i + "]", items.get(i));
            }
        });
    }

    /** Null when the request is the golden file's, else the first line that differs. */
    static String compareGolden(Path golden, String actual) {
        if (!Files.isRegularFile(golden)) {
            return "golden file " + golden + " does not exist; write it with brief prompts render";
        }
        String expected;
        try {
            expected = Files.readString(golden, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "cannot read golden file " + golden + " (" + e.getMessage() + ")";
        }
        if (expected.equals(actual)) {
            return null;
        }
        String[] want = expected.split("\n", -1);
        String[] got = actual.split("\n", -1);
        // The header (model, options, token estimate) follows from the messages; name a changed message line first.
        int n = firstDifference(want, got, HEADER_LINES);
        if (n == Math.min(want.length, got.length) && want.length == got.length) {
            n = firstDifference(want, got, 0);
        }
        return "the request differs from " + golden.getFileName() + " at line " + (n + 1) + ": expected \""
                + clip(n < want.length ? want[n] : "(end of file)") + "\", got \"" + clip(n < got.length ? got[n] : "(end of request)") + "\"";
    }

    private static final int HEADER_LINES = 3;

    private static int firstDifference(String[] want, String[] got, int from) {
        int n = Math.min(from, Math.min(want.length, got.length));
        while (n < want.length && n < got.length && want[n].equals(got[n])) {
            n++;
        }
        return n;
    }

    private static String clip(String s) {
        return s.length() > 80 ? s.substring(0, 80) + "…" : s;
    }
}
