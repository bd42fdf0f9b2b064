package dev.brief.read;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.brief.text.AtomicFiles;
import dev.brief.text.Hashing;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.HttpURLConnection;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;

/**
 * Fetches http(s) pages: connect and read timeouts, a size cap, at most {@link #MAX_REDIRECTS}
 * redirects, an honest User-Agent, and an on-disk cache so a rerun fetches nothing again.
 */
final class WebFetcher {
    static final int MAX_REDIRECTS = 5;
    static final String USER_AGENT = "brief/" + version() + " (news briefing command-line tool)";
    private static final String ACCEPT = "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,"
            + "application/xml;q=0.9,application/json;q=0.9,text/plain;q=0.8,*/*;q=0.5";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A fetched page: the URL it was finally served from, its Content-Type (or null), its bytes. */
    record Page(String url, String contentType, byte[] body, boolean cached) {}

    /** A URL that gave no page; the message says why in a few words. */
    static final class FetchFailed extends Exception {
        FetchFailed(String reason) {
            super(reason);
        }
    }

    private final Duration timeout;
    private final long maxBytes;
    private final Path cacheDir;

    /** @param cacheDir where fetched pages are kept, or null to neither read nor write a cache */
    WebFetcher(Duration timeout, long maxBytes, Path cacheDir) {
        this.timeout = timeout;
        this.maxBytes = maxBytes;
        this.cacheDir = cacheDir;
    }

    static boolean isWebUrl(String input) {
        String lower = input.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }

    Page fetch(String url) throws FetchFailed {
        Path cached = cacheDir == null ? null : cacheDir.resolve(Hashing.sha256Hex(url) + ".json");
        if (cached != null && Files.isRegularFile(cached)) {
            Page page = readCache(cached);
            if (page != null) {
                return page;
            }
        }
        Page page = download(url);
        if (cached != null) {
            writeCache(cached, url, page);
        }
        return page;
    }

    private Page download(String url) throws FetchFailed {
        URI current = uri(url);
        for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
            HttpURLConnection conn = null;
            try {
                conn = (HttpURLConnection) current.toURL().openConnection();
                conn.setInstanceFollowRedirects(false);
                conn.setConnectTimeout((int) timeout.toMillis());
                conn.setReadTimeout((int) timeout.toMillis());
                conn.setRequestProperty("User-Agent", USER_AGENT);
                conn.setRequestProperty("Accept", ACCEPT);
                conn.setRequestProperty("Accept-Language", "en;q=1.0, *;q=0.5");
                int status = conn.getResponseCode();
                if (status >= 300 && status < 400 && status != 304) {
                    String location = conn.getHeaderField("Location");
                    if (location == null || location.isBlank()) {
                        throw new FetchFailed("HTTP " + status + " redirect without a Location header");
                    }
                    current = redirectTarget(current, location);
                    continue;
                }
                if (status != 200) {
                    String reason = conn.getResponseMessage();
                    throw new FetchFailed("HTTP " + status + (reason == null || reason.isBlank() ? "" : " " + reason.strip()));
                }
                long length = conn.getContentLengthLong();
                if (length > maxBytes) {
                    throw new FetchFailed(tooLarge());
                }
                byte[] body;
                try (InputStream in = conn.getInputStream()) {
                    body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
                }
                if (body.length > maxBytes) {
                    throw new FetchFailed(tooLarge());
                }
                return new Page(current.toString(), conn.getContentType(), body, false);
            } catch (SocketTimeoutException e) {
                throw new FetchFailed("timed out: no answer within " + seconds(timeout) + " (--fetch-timeout)");
            } catch (UnknownHostException e) {
                throw new FetchFailed("unknown host " + current.getHost());
            } catch (ConnectException e) {
                throw new FetchFailed("could not connect to " + current.getHost() + ": " + e.getMessage());
            } catch (IOException | IllegalArgumentException e) {
                throw new FetchFailed("could not be fetched: " + e.getMessage());
            } finally {
                if (conn != null) {
                    conn.disconnect();
                }
            }
        }
        throw new FetchFailed("too many redirects (more than " + MAX_REDIRECTS + ")");
    }

    private static URI uri(String url) throws FetchFailed {
        try {
            URI u = new URI(url.strip());
            if (u.getHost() == null) {
                throw new FetchFailed("not a valid URL: no host");
            }
            return u;
        } catch (URISyntaxException e) {
            throw new FetchFailed("not a valid URL: " + e.getReason());
        }
    }

    private static URI redirectTarget(URI from, String location) throws FetchFailed {
        URI next;
        try {
            next = from.resolve(new URI(location.strip()));
        } catch (URISyntaxException e) {
            throw new FetchFailed("redirect to an invalid URL: " + location);
        }
        if (!isWebUrl(next.toString())) {
            throw new FetchFailed("redirect to a non-http(s) URL: " + next);
        }
        return next;
    }

    private String tooLarge() {
        return "too large (more than " + maxBytes / (1024 * 1024) + " MiB)";
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + "s" : d.toMillis() + "ms";
    }

    private static Page readCache(Path file) {
        try {
            var node = JSON.readTree(file.toFile());
            return new Page(node.path("url").asText(), node.path("contentType").isNull() ? null : node.path("contentType").asText(null),
                    Base64.getDecoder().decode(node.path("body").asText()), true);
        } catch (IOException | IllegalArgumentException e) {
            return null; // A damaged entry is fetched again and rewritten.
        }
    }

    /** Written to a temporary name and moved, so a killed run never leaves half an entry. */
    private static void writeCache(Path file, String requested, Page page) {
        try {
            Files.createDirectories(file.getParent());
            ObjectNode node = JSON.createObjectNode();
            node.put("requested", requested);
            node.put("url", page.url());
            node.put("contentType", page.contentType());
            node.put("fetchedAt", Instant.now().toString());
            node.put("body", Base64.getEncoder().encodeToString(page.body()));
            AtomicFiles.write(file, JSON.writeValueAsBytes(node));
        } catch (IOException e) {
            // The cache only saves time; a read-only cache folder must not fail the read.
        }
    }

    private static String version() {
        String v = WebFetcher.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
