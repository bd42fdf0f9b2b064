package dev.brief.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A text file that names other inputs, one a line: feeds and pages by URL, files and folders by
 * path (relative to the list's own folder). Blank lines and lines starting with {@code #} are
 * ignored. A text is a list only when every other line names an input, so an article never is one.
 */
final class InputList {
    /** Lists are short; a bigger text is an article. */
    static final int MAX_BYTES = 256 * 1024;
    private static final Pattern URL = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*://\\S+");
    private static final Pattern TRAILING_COMMENT = Pattern.compile("\\s+#.*$");

    private InputList() {}

    /**
     * The inputs the text names, or null if it is not a list.
     *
     * @param base the list's folder, or null for the working directory
     */
    static List<String> entries(String text, Path base) {
        List<String> entries = new ArrayList<>();
        for (String line : text.split("\\R")) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            l = TRAILING_COMMENT.matcher(l).replaceFirst("");
            if (URL.matcher(l).matches()) {
                entries.add(l);
                continue;
            }
            Path p;
            try {
                p = base == null ? Path.of(l) : base.resolve(l);
            } catch (InvalidPathException e) {
                return null;
            }
            // A path that does not exist still counts when it looks like one, so that it is reported missing.
            boolean pathLike = !l.matches(".*\\s.*") && (l.endsWith("/") || DocumentKind.isArticleFileName(l));
            if (!pathLike && !Files.exists(p)) {
                return null;
            }
            entries.add(p.normalize().toString());
        }
        return entries.isEmpty() ? null : entries;
    }

    /** The inputs a small text file names, one a line, or null if it is not such a list. */
    static List<String> listed(Path file) {
        try {
            DocumentKind kind = DocumentKind.ofExtension(DocumentKind.extension(file.toString()));
            if ((kind != null && kind != DocumentKind.TEXT) || !Files.isRegularFile(file) || Files.size(file) > MAX_BYTES) {
                return null;
            }
            return listed(Files.readAllBytes(file), file.toAbsolutePath().getParent());
        } catch (IOException e) {
            return null; // reading it as an article reports why
        }
    }

    /** The inputs given bytes name, one a line, read relative to base (null: as given), or null if they are not such a list. */
    static List<String> listed(byte[] bytes, Path base) {
        if (bytes.length > MAX_BYTES) {
            return null;
        }
        try {
            return entries(TextDecoding.decode(bytes, null, false).text(), base);
        } catch (TextDecoding.NotText e) {
            return null;
        }
    }
}
