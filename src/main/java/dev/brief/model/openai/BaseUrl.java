package dev.brief.model.openai;

import java.net.URI;
import java.util.Locale;

/**
 * The address of an OpenAI-compatible API, as {@code --base-url} gives it: the part before
 * {@code /chat/completions}. A bare host and port means the {@code /v1} every server named in
 * docs/servers.md uses.
 */
public final class BaseUrl {
    private BaseUrl() {}

    /** http(s)://host:port/path with no trailing slash; /v1 when no path is given. */
    public static String parse(String value) {
        String s = value.strip();
        int sep = s.indexOf("://");
        if (sep < 0) {
            throw new IllegalArgumentException("'" + value + "' is not a server address (it needs http:// or https://)");
        }
        String scheme = s.substring(0, sep).toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IllegalArgumentException("the base URL must be http or https, not " + scheme + "://");
        }
        URI uri;
        try {
            uri = URI.create(scheme + s.substring(sep));
            uri.toURL();
        } catch (IllegalArgumentException | java.net.MalformedURLException e) {
            throw new IllegalArgumentException("'" + value + "' is not a server address");
        }
        if (uri.getHost() == null || uri.getQuery() != null || uri.getFragment() != null) {
            throw new IllegalArgumentException("'" + value + "' is not a server address");
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath().replaceAll("/+$", "");
        if (path.isEmpty()) {
            path = "/v1";
        }
        return scheme + "://" + uri.getRawAuthority() + path;
    }

    /** scheme://host:port, where a recording proxy sends its requests. */
    public static String origin(String baseUrl) {
        URI uri = URI.create(baseUrl);
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }

    /** The path after the origin, such as /v1. */
    public static String path(String baseUrl) {
        String p = URI.create(baseUrl).getRawPath();
        return p == null ? "" : p;
    }

    /** The server's own root: the base URL without its /v1, where llama-server and LM Studio keep their other endpoints. */
    static String root(String baseUrl) {
        return baseUrl.endsWith("/v1") ? baseUrl.substring(0, baseUrl.length() - 3) : baseUrl;
    }
}
