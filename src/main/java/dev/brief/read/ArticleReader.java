package dev.brief.read;

import dev.brief.Console;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads every input into articles: files, directories (recursively, in name order) and {@code -} for
 * stdin. A bad input is skipped with its reason; the others go on.
 */
public final class ArticleReader {
    static final long MAX_BYTES = 10L * 1024 * 1024;
    private static final Set<String> TEXT_EXTENSIONS = Set.of("txt", "text", "md", "markdown");
    private static final int ID_LENGTH = 6;

    private final Console console;
    private final InputStream stdin;

    public ArticleReader(Console console, InputStream stdin) {
        this.console = console;
        this.stdin = stdin;
    }

    public ReadResult read(List<String> inputs) {
        List<Article> articles = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        for (String input : inputs) {
            if (input.equals("-")) {
                readStdin(articles, skipped);
                continue;
            }
            Path path = Path.of(input);
            if (Files.isDirectory(path)) {
                readDirectory(path, articles, skipped);
            } else {
                readFile(path, articles, skipped);
            }
        }
        ReadResult result = new ReadResult(assignIds(articles, skipped), skipped);
        for (Skipped s : skipped) {
            console.notice("skipped " + s);
        }
        return result;
    }

    private void readStdin(List<Article> articles, List<Skipped> skipped) {
        try {
            byte[] bytes = stdin.readNBytes((int) MAX_BYTES + 1);
            addDocument("stdin", null, bytes, articles, skipped);
        } catch (IOException e) {
            skipped.add(new Skipped("stdin", "could not be read: " + e.getMessage()));
        }
    }

    private void readDirectory(Path dir, List<Article> articles, List<Skipped> skipped) {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            skipped.add(new Skipped(dir.toString(), "directory could not be listed: " + e.getMessage()));
            return;
        }
        int before = articles.size() + skipped.size();
        for (Path file : files) {
            if (TEXT_EXTENSIONS.contains(extension(file))) {
                readFile(file, articles, skipped);
            } else {
                console.debug("ignored " + file + ": not a supported file type");
            }
        }
        if (articles.size() + skipped.size() == before) {
            skipped.add(new Skipped(dir.toString(), "directory holds no .txt or .md files"));
        }
    }

    private void readFile(Path file, List<Article> articles, List<Skipped> skipped) {
        String name = file.toString();
        try {
            if (!Files.exists(file)) {
                skipped.add(new Skipped(name, "no such file"));
                return;
            }
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                skipped.add(new Skipped(name, "too large (" + size / (1024 * 1024) + " MiB; the limit is " + MAX_BYTES / (1024 * 1024) + " MiB)"));
                return;
            }
            addDocument(name, name, Files.readAllBytes(file), articles, skipped);
        } catch (NoSuchFileException e) {
            skipped.add(new Skipped(name, "no such file"));
        } catch (AccessDeniedException e) {
            skipped.add(new Skipped(name, "permission denied"));
        } catch (IOException e) {
            skipped.add(new Skipped(name, "could not be read: " + e.getMessage()));
        }
    }

    private void addDocument(String name, String path, byte[] bytes, List<Article> articles, List<Skipped> skipped) {
        if (bytes.length > MAX_BYTES) {
            skipped.add(new Skipped(name, "too large (the limit is " + MAX_BYTES / (1024 * 1024) + " MiB)"));
            return;
        }
        if (looksBinary(bytes)) {
            skipped.add(new Skipped(name, "binary data, not text"));
            return;
        }
        String text = decode(bytes, name);
        TextArticleParser.Parsed parsed = TextArticleParser.parse(text);
        if (parsed.text().isBlank()) {
            skipped.add(new Skipped(name, "empty: no article text"));
            return;
        }
        articles.add(new Article(null, parsed.outlet(), parsed.agency(), parsed.title(), parsed.author(),
                parsed.published(), parsed.url(), path, parsed.text(), contentHash(parsed.text()), null));
    }

    /** NUL bytes never occur in text in any encoding this reads; they mark binary files. */
    static boolean looksBinary(byte[] bytes) {
        int n = Math.min(bytes.length, 8192);
        for (int i = 0; i < n; i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }

    private String decode(byte[] bytes, String name) {
        int offset = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                    .toString();
        } catch (CharacterCodingException e) {
            console.notice(name + " is not valid UTF-8; reading it as Windows-1252");
            return new String(bytes, Charset.forName("windows-1252"));
        }
    }

    /** Gives each article its id and merges exact duplicates, keeping the first. */
    private static List<Article> assignIds(List<Article> articles, List<Skipped> skipped) {
        Map<String, Article> byHash = new LinkedHashMap<>();
        for (Article a : articles) {
            Article first = byHash.putIfAbsent(a.contentHash(), a);
            if (first != null) {
                skipped.add(new Skipped(a.where(), "exact duplicate of " + first.where()));
            }
        }
        Map<String, Article> byId = new LinkedHashMap<>();
        for (Article a : byHash.values()) {
            int len = ID_LENGTH;
            String id = a.contentHash().substring(0, len);
            while (byId.containsKey(id)) {
                id = a.contentHash().substring(0, ++len);
            }
            byId.put(id, a.withId(id));
        }
        return new ArrayList<>(byId.values());
    }

    static String contentHash(String text) {
        String normal = text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").trim();
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(normal.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String extension(Path file) {
        String n = file.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot < 0 ? "" : n.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
