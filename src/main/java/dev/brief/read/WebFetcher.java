package dev.brief.read;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.brief.text.AtomicFiles;
import dev.brief.text.Hashing;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.SystemDefaultDnsResolver;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.entity.DeflateInputStreamFactory;
import org.apache.hc.client5.http.entity.GZIPInputStreamFactory;
import org.apache.hc.client5.http.entity.InputStreamFactory;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.util.Timeout;

/**
 * Fetches http(s) pages: at most {@link #PER_HOST} at a time from one host and {@link #TOTAL} in all,
 * gzip and deflate decoded with the size cap on the decoded bytes, the whole download bounded by
 * the timeout, at most {@link #MAX_REDIRECTS} redirects, an honest User-Agent, and an on-disk cache
 * so a rerun fetches nothing again.
 *
 * <p>A URL the user gave is fetched as given. A URL found in a feed, and every redirect, may lead only
 * to a public address (see {@link PrivateAddresses}) unless private ones are allowed. The check is in
 * the DNS resolver of the HTTP client, whose answers are exactly the addresses it connects to, so a
 * name that resolves differently the second time (DNS rebinding) cannot slip past it.
 */
final class WebFetcher implements AutoCloseable {
    static final int MAX_REDIRECTS = 5;
    /** Politeness: a site is asked for this many pages at a time at most. */
    static final int PER_HOST = 4;
    static final int TOTAL = 16;
    static final String USER_AGENT = "brief/" + version() + " (news briefing command-line tool)";
    private static final String ACCEPT = "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,"
            + "application/xml;q=0.9,application/json;q=0.9,text/plain;q=0.8,*/*;q=0.5";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ScheduledExecutorService DEADLINES = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "brief-fetch-deadline");
        t.setDaemon(true);
        return t;
    });

    /** Who named the URL: the user (fetched as given) or a feed (public addresses only). */
    enum Origin { GIVEN, FOUND }

    /** A fetched page: the URL it was finally served from, its Content-Type (or null), its bytes. */
    record Page(String url, String contentType, byte[] body, boolean cached) {}

    /** A URL that gave no page; the message says why in a few words. */
    static final class FetchFailed extends Exception {
        private final String refusedHost;

        FetchFailed(String reason) {
            this(reason, null);
        }

        private FetchFailed(String reason, String refusedHost) {
            super(reason, null, false, false);
            this.refusedHost = refusedHost;
        }

        /** The host refused for leading to a private address, or null when the fetch failed for another reason. */
        String refusedHost() {
            return refusedHost;
        }
    }

    private final Duration timeout;
    private final long maxBytes;
    private final Path cacheDir;
    private final boolean allowPrivate;
    private final Map<String, Semaphore> hosts = new ConcurrentHashMap<>();
    private final Semaphore total = new Semaphore(TOTAL, true);
    private CloseableHttpClient anyAddress;
    private CloseableHttpClient publicOnly;

    /**
     * @param cacheDir     where fetched pages are kept, or null to neither read nor write a cache
     * @param allowPrivate whether links found in feeds, and redirects, may lead to private addresses
     */
    WebFetcher(Duration timeout, long maxBytes, Path cacheDir, boolean allowPrivate) {
        this.timeout = timeout;
        this.maxBytes = maxBytes;
        this.cacheDir = cacheDir;
        this.allowPrivate = allowPrivate;
    }

    static boolean isWebUrl(String input) {
        String lower = input.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }

    Page fetch(String url, Origin origin) throws FetchFailed {
        boolean check = origin == Origin.FOUND && !allowPrivate;
        Path cached = cacheDir == null ? null : cacheDir.resolve(Hashing.sha256Hex(url) + ".json");
        if (cached != null && Files.isRegularFile(cached)) {
            Page page = readCache(cached);
            if (page != null) {
                if (check) {
                    // The page may have been fetched when the user gave its address; a feed must not get it from the cache.
                    refuseIfPrivate(uri(url));
                    refuseIfPrivate(uri(page.url()));
                }
                return page;
            }
        }
        Page page = download(url, origin);
        if (cached != null) {
            writeCache(cached, url, page);
        }
        return page;
    }

    private Page download(String url, Origin origin) throws FetchFailed {
        URI current = uri(url);
        for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
            boolean check = !allowPrivate && (origin == Origin.FOUND || hop > 0);
            HttpGet get = new HttpGet(current);
            get.setHeader("Accept", ACCEPT);
            get.setHeader("Accept-Language", "en;q=1.0, *;q=0.5");
            Semaphore host = hosts.computeIfAbsent(current.getHost().toLowerCase(Locale.ROOT), h -> new Semaphore(PER_HOST, true));
            AtomicBoolean late = new AtomicBoolean();
            try {
                host.acquire();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new FetchFailed("interrupted");
            }
            try {
                total.acquireUninterruptibly();
                CloseableHttpClient client = client(check); // made before the clock starts: its TLS setup takes a moment
                // The clock starts once it is this page's turn: the timeout bounds the download, not the queue.
                ScheduledFuture<?> deadline = DEADLINES.schedule(() -> {
                    late.set(true);
                    get.cancel();
                }, timeout.toMillis(), TimeUnit.MILLISECONDS);
                try (ClassicHttpResponse response = client.executeOpen(null, get, null)) {
                    int status = response.getCode();
                    if (status >= 300 && status < 400 && status != 304) {
                        Header location = response.getFirstHeader("Location");
                        if (location == null || location.getValue().isBlank()) {
                            throw new FetchFailed("HTTP " + status + " redirect without a Location header");
                        }
                        current = redirectTarget(current, location.getValue());
                        continue;
                    }
                    if (status != 200) {
                        String reason = response.getReasonPhrase();
                        throw new FetchFailed("HTTP " + status + (reason == null || reason.isBlank() ? "" : " " + reason.strip()));
                    }
                    HttpEntity entity = response.getEntity();
                    byte[] body = entity == null ? new byte[0] : body(entity, get);
                    Header type = response.getFirstHeader("Content-Type");
                    return new Page(current.toString(), type == null ? null : type.getValue(), body, false);
                } finally {
                    deadline.cancel(false);
                }
            } catch (Refused e) {
                throw e.failure();
            } catch (IOException | RuntimeException e) {
                throw failure(e, late.get(), current);
            } finally {
                total.release();
                host.release();
            }
        }
        throw new FetchFailed("too many redirects (more than " + MAX_REDIRECTS + ")");
    }

    /** The decoded body, cut at the size cap: a small gzip that unpacks to gigabytes stops there. */
    private byte[] body(HttpEntity entity, HttpGet get) throws IOException, FetchFailed {
        if (entity.getContentEncoding() == null && entity.getContentLength() > maxBytes) {
            get.cancel();
            throw new FetchFailed(SizeLimit.tooLarge(entity.getContentLength(), maxBytes));
        }
        try (InputStream in = entity.getContent()) {
            byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (body.length > maxBytes) {
                get.cancel(); // closing would read the rest of the answer first
                throw new FetchFailed(SizeLimit.tooLarge(maxBytes));
            }
            return body;
        }
    }

    private FetchFailed failure(Exception e, boolean late, URI at) {
        if (late || e instanceof SocketTimeoutException) {
            // A silent server and one that trickles are cut at the same time, and said the same way.
            return new FetchFailed("timed out: the page took longer than " + seconds(timeout) + " (--fetch-timeout)");
        }
        if (e instanceof UnknownHostException) {
            return new FetchFailed("unknown host " + at.getHost());
        }
        if (e instanceof ConnectException || e instanceof org.apache.hc.client5.http.HttpHostConnectException) {
            return new FetchFailed("could not connect to " + at.getHost() + ": " + e.getMessage());
        }
        return new FetchFailed("could not be fetched: " + e.getMessage());
    }

    private synchronized CloseableHttpClient client(boolean publicAddressesOnly) {
        if (allowPrivate || !publicAddressesOnly) {
            if (anyAddress == null) {
                anyAddress = newClient(SystemDefaultDnsResolver.INSTANCE);
            }
            return anyAddress;
        }
        if (publicOnly == null) {
            publicOnly = newClient(new PublicOnly());
        }
        return publicOnly;
    }

    private CloseableHttpClient newClient(DnsResolver dns) {
        Timeout t = Timeout.ofMilliseconds(timeout.toMillis());
        LinkedHashMap<String, InputStreamFactory> decoders = new LinkedHashMap<>();
        decoders.put("gzip", GZIPInputStreamFactory.getInstance());
        decoders.put("x-gzip", GZIPInputStreamFactory.getInstance());
        decoders.put("deflate", DeflateInputStreamFactory.getInstance());
        return HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setDnsResolver(dns)
                        .setMaxConnPerRoute(PER_HOST)
                        .setMaxConnTotal(TOTAL)
                        .setDefaultConnectionConfig(ConnectionConfig.custom().setConnectTimeout(t).setSocketTimeout(t).build())
                        .build())
                .setDefaultRequestConfig(RequestConfig.custom().setResponseTimeout(t).build())
                .setContentDecoderRegistry(decoders)
                .setUserAgent(USER_AGENT)
                .disableRedirectHandling() // each hop is checked here
                .disableAutomaticRetries()
                .disableCookieManagement()
                .build();
    }

    @Override
    public synchronized void close() {
        for (CloseableHttpClient c : Arrays.asList(anyAddress, publicOnly)) {
            if (c != null) {
                try {
                    c.close();
                } catch (IOException e) {
                    // nothing is left to read from it
                }
            }
        }
        anyAddress = null;
        publicOnly = null;
    }

    /** Resolves a name and keeps its public addresses only; the client connects to nothing else. */
    private static final class PublicOnly implements DnsResolver {
        @Override
        public InetAddress[] resolve(String host) throws UnknownHostException {
            InetAddress[] all = SystemDefaultDnsResolver.INSTANCE.resolve(host);
            InetAddress[] open = Arrays.stream(all).filter(a -> !PrivateAddresses.isPrivate(a)).toArray(InetAddress[]::new);
            if (open.length == 0) {
                throw new Refused(host, all.length == 0 ? null : all[0]);
            }
            return open;
        }

        @Override
        public List<InetSocketAddress> resolve(String host, int port) throws UnknownHostException {
            return Arrays.stream(resolve(host)).map(a -> new InetSocketAddress(a, port)).toList();
        }

        @Override
        public String resolveCanonicalHostname(String host) throws UnknownHostException {
            return SystemDefaultDnsResolver.INSTANCE.resolveCanonicalHostname(host);
        }
    }

    /** A name that leads only to private addresses; an UnknownHostException because that is what a resolver may throw. */
    private static final class Refused extends UnknownHostException {
        private final String host;

        Refused(String host, InetAddress address) {
            super(message(host, address));
            this.host = host;
        }

        FetchFailed failure() {
            return new FetchFailed(getMessage(), host);
        }

        private static String message(String host, InetAddress address) {
            return "refused: " + host + (address == null || address.getHostAddress().equals(host) ? "" : " (" + address.getHostAddress() + ")")
                    + " is a private address (this machine, its network or a cloud metadata service), and brief did not get"
                    + " the link from you; pass --allow-private to read intranet feeds";
        }
    }

    /** For a page from the cache: it may come from a feed only if its address is public. */
    private static void refuseIfPrivate(URI u) throws FetchFailed {
        try {
            new PublicOnly().resolve(u.getHost());
        } catch (Refused e) {
            throw e.failure();
        } catch (UnknownHostException e) {
            // no address, so none that is private: the cached copy is all there is
        }
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
        if (next.getHost() == null) {
            throw new FetchFailed("redirect to a URL without a host: " + next);
        }
        return next;
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
