package dev.brief.engine.llm;

import dev.brief.model.PromptFiles;
import dev.brief.BriefException;
import dev.brief.ExitCode;
import dev.brief.text.Hashing;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fixed prompt files: bundled in the jar from prompts/, or read from {@code --prompts DIR}. The
 * hash covers every file's name and bytes, so any edit gives a new hash.
 */
public final class PromptSet implements PromptFiles {
    /** Every file a prompt set must have. */
    public static final List<String> FILES = List.of("system.md", "event.md", "article.md", "single-source.md", "repair.md", "map.md", "merge.md", "reduce.md",
            "update.md", "check.md");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([a-z_]+)}}");

    private final Map<String, String> files;
    private final String origin;

    private PromptSet(Map<String, String> files, String origin) {
        this.files = files;
        this.origin = origin;
    }

    public static PromptSet bundled() {
        Map<String, String> files = new TreeMap<>();
        for (String name : FILES) {
            try (InputStream in = PromptSet.class.getResourceAsStream("/prompts/" + name)) {
                if (in == null) {
                    throw new IllegalStateException("prompt file missing from the jar: " + name);
                }
                files.put(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return new PromptSet(files, "bundled");
    }

    public static PromptSet fromDirectory(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new BriefException(ExitCode.INPUT, "prompts directory " + dir + " does not exist; pass a folder holding " + String.join(", ", FILES));
        }
        Map<String, String> files = new TreeMap<>();
        for (String name : FILES) {
            Path file = dir.resolve(name);
            try {
                files.put(name, Files.readString(file, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new BriefException(ExitCode.INPUT, "prompt file " + file + " is missing or unreadable; a prompts folder needs " + String.join(", ", FILES));
            }
        }
        return new PromptSet(files, dir.toString());
    }

    public static PromptSet load(Path dirOrNull) {
        return dirOrNull == null ? bundled() : fromDirectory(dirOrNull);
    }

    public String origin() {
        return origin;
    }

    @Override
    public String text(String name) {
        String t = files.get(name);
        if (t == null) {
            throw new IllegalArgumentException("no prompt file " + name);
        }
        return t;
    }

    /** File names and the SHA-256 of each, in name order. */
    @Override
    public Map<String, String> fileHashes() {
        Map<String, String> out = new LinkedHashMap<>();
        files.forEach((name, text) -> out.put(name, Hashing.sha256Hex(text).substring(0, 12)));
        return out;
    }

    /** The hash of the whole set, recorded in every briefing it makes. */
    public String hash() {
        StringBuilder all = new StringBuilder();
        files.forEach((name, text) -> all.append(name).append('\0').append(text).append('\0'));
        return Hashing.sha256Hex(all.toString()).substring(0, 12);
    }

    /** Fills {{name}} placeholders; values are inserted as they are, never re-expanded. */
    public String render(String name, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(text(name));
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            if (value == null) {
                throw new BriefException(ExitCode.INPUT, "prompt file " + name + " uses {{" + m.group(1) + "}}, which brief does not fill; known: " + values.keySet());
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }
}
