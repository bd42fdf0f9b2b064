package dev.brief.model.ollama;

import java.net.URI;

/**
 * Where the Ollama server is: {@code --ollama-url}, else {@code OLLAMA_HOST} read the way Ollama
 * itself reads it, else http://127.0.0.1:11434.
 */
public final class OllamaHost {
    public static final String DEFAULT = "http://127.0.0.1:11434";

    private OllamaHost() {}

    public static String resolve(String option, String env) {
        if (option != null && !option.isBlank()) {
            return parse(option);
        }
        if (env != null && !env.isBlank()) {
            return parse(env);
        }
        return DEFAULT;
    }

    /**
     * Follows Ollama's own rules: no scheme means http on port 11434; an explicit http:// or
     * https:// without a port means 80 or 443; "0.0.0.0", a bind address, is reached on loopback.
     */
    static String parse(String value) {
        String s = value.trim();
        String scheme = "http";
        String defaultPort = "11434";
        int sep = s.indexOf("://");
        if (sep >= 0) {
            scheme = s.substring(0, sep).toLowerCase(java.util.Locale.ROOT);
            s = s.substring(sep + 3);
            if (scheme.equals("http")) {
                defaultPort = "80";
            } else if (scheme.equals("https")) {
                defaultPort = "443";
            } else {
                throw new IllegalArgumentException("the Ollama URL must be http or https, not " + scheme + "://");
            }
        }
        String path = "";
        int slash = s.indexOf('/');
        if (slash >= 0) {
            path = s.substring(slash).replaceAll("/+$", "");
            s = s.substring(0, slash);
        }
        String host = s;
        String port = defaultPort;
        int colon = s.lastIndexOf(':');
        if (colon >= 0 && s.indexOf(']') < colon) {
            host = s.substring(0, colon);
            port = s.substring(colon + 1);
        }
        if (host.isEmpty() || host.equals("0.0.0.0")) {
            host = "127.0.0.1";
        } else if (host.equals("[::]") || host.equals("::")) {
            host = "[::1]";
        }
        if (!port.matches("\\d{1,5}") || Integer.parseInt(port) > 65535) {
            throw new IllegalArgumentException("the Ollama URL has an invalid port: " + value);
        }
        String url = scheme + "://" + host + ":" + port + path;
        try {
            URI.create(url).toURL();
        } catch (IllegalArgumentException | java.net.MalformedURLException e) {
            throw new IllegalArgumentException("'" + value + "' is not a server address");
        }
        return url;
    }
}
