package dev.brief.read;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** What a document is, from its name, its Content-Type, and its first bytes. */
enum DocumentKind {
    TEXT, HTML, JSON, FEED;

    private static final List<String> TEXT_EXTENSIONS = List.of("txt", "text", "md", "markdown");
    private static final List<String> HTML_EXTENSIONS = List.of("html", "htm", "xhtml", "shtml");
    private static final List<String> JSON_EXTENSIONS = List.of("json", "jsonl", "ndjson");
    private static final List<String> FEED_EXTENSIONS = List.of("xml", "rss", "atom");

    /** Every extension read as an article file. */
    static List<String> extensions() {
        return Stream.of(TEXT_EXTENSIONS, HTML_EXTENSIONS, JSON_EXTENSIONS, FEED_EXTENSIONS).flatMap(List::stream).toList();
    }

    static DocumentKind of(String ext, String contentType, byte[] bytes) {
        DocumentKind byExt = ofExtension(ext);
        if (byExt == TEXT || byExt == HTML || byExt == JSON) {
            return byExt;
        }
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        if (type.contains("rss") || type.contains("atom")) {
            return FEED;
        }
        if (type.contains("json")) {
            return JSON;
        }
        if (type.startsWith("text/html") || type.contains("xhtml")) {
            return HTML;
        }
        // .xml, text/xml, text/plain and the unnamed: look at the first bytes.
        String head = new String(bytes, 0, Math.min(bytes.length, 2048), StandardCharsets.ISO_8859_1)
                .replace("\0", "").stripLeading().toLowerCase(Locale.ROOT);
        if (head.startsWith("\u00ef\u00bb\u00bf") || head.startsWith("\u00fe\u00ff") || head.startsWith("\u00ff\u00fe")) {
            head = head.substring(head.startsWith("\u00ef") ? 3 : 2).stripLeading();
        }
        if (byExt == FEED || head.startsWith("<?xml") || head.startsWith("<rss") || head.startsWith("<feed")) {
            if (FeedReader.looksLikeFeed(head)) {
                return FEED;
            }
            if (head.contains("<html")) {
                return HTML;
            }
            return byExt == FEED ? FEED : TEXT;
        }
        if (head.startsWith("<!doctype html") || head.startsWith("<html") || head.startsWith("<!--") && head.contains("<html")) {
            return HTML;
        }
        if ((head.startsWith("{") || head.startsWith("[")) && !type.startsWith("text/plain")) {
            return JSON;
        }
        return TEXT;
    }

    /** Whether a file of this name is read as an article (or as a feed or records of them). */
    static boolean isArticleFileName(String name) {
        return ofExtension(extension(name)) != null;
    }

    static DocumentKind ofExtension(String ext) {
        if (ext == null) {
            return null;
        }
        if (TEXT_EXTENSIONS.contains(ext)) {
            return TEXT;
        }
        if (HTML_EXTENSIONS.contains(ext)) {
            return HTML;
        }
        if (JSON_EXTENSIONS.contains(ext)) {
            return JSON;
        }
        return FEED_EXTENSIONS.contains(ext) ? FEED : null;
    }

    /** The lower-case extension of a file name or of a URL's path, or null. */
    static String extension(String name) {
        if (name == null) {
            return null;
        }
        String n = name;
        int q = n.indexOf('?');
        if (q >= 0) {
            n = n.substring(0, q);
        }
        n = n.substring(n.lastIndexOf('/') + 1);
        int dot = n.lastIndexOf('.');
        return dot < 0 ? null : n.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
