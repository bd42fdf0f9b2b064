package dev.brief.model;

import java.net.URI;
import java.net.http.HttpClient;
import java.security.SecureRandom;
import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLContextSpi;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLServerSocketFactory;
import javax.net.ssl.SSLSessionContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;

/**
 * The JDK HTTP clients that talk to model servers. A client made the JDK's way reads and parses
 * every CA certificate when it is built, even for a plain {@code http://} server: about a fifth of
 * a short run's start. For a server at an {@code http://} address the client gets a TLS context that
 * costs nothing and refuses all use; {@code https://} addresses get the JDK's default, as before.
 */
public final class HttpClients {
    private HttpClients() {}

    /** A client builder for the server at baseUrl. */
    public static HttpClient.Builder forServer(String baseUrl) {
        HttpClient.Builder builder = HttpClient.newBuilder();
        if (isPlainHttp(baseUrl)) {
            builder.sslContext(new PlainHttpOnly());
        }
        return builder;
    }

    /** Why a client could not reach its server, in words rather than exception names; every backend says it the same way. */
    public static String whyUnreachable(Throwable cause) {
        if (cause instanceof java.net.http.HttpConnectTimeoutException) {
            return "connection timed out";
        }
        if (cause instanceof java.net.ConnectException) {
            return "connection refused";
        }
        if (cause instanceof java.net.UnknownHostException || cause instanceof java.nio.channels.UnresolvedAddressException) {
            return "unknown host";
        }
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage().replaceAll("\\s+", " ").strip();
    }

    static boolean isPlainHttp(String url) {
        try {
            return url != null && "http".equalsIgnoreCase(URI.create(url.strip()).getScheme());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** A TLS context for a client that only ever speaks plain HTTP (redirects are not followed). */
    private static final class PlainHttpOnly extends SSLContext {
        PlainHttpOnly() {
            super(new Refusing(), null, "none");
        }
    }

    private static final class Refusing extends SSLContextSpi {
        private static UnsupportedOperationException refused() {
            return new UnsupportedOperationException("this client speaks plain http only; give the server an https:// address for TLS");
        }

        @Override
        protected void engineInit(KeyManager[] km, TrustManager[] tm, SecureRandom random) { }

        @Override
        protected SSLSocketFactory engineGetSocketFactory() {
            throw refused();
        }

        @Override
        protected SSLServerSocketFactory engineGetServerSocketFactory() {
            throw refused();
        }

        @Override
        protected SSLEngine engineCreateSSLEngine() {
            throw refused();
        }

        @Override
        protected SSLEngine engineCreateSSLEngine(String host, int port) {
            throw refused();
        }

        @Override
        protected SSLSessionContext engineGetServerSessionContext() {
            return null;
        }

        @Override
        protected SSLSessionContext engineGetClientSessionContext() {
            return null;
        }

        @Override
        protected SSLParameters engineGetDefaultSSLParameters() {
            return new SSLParameters();
        }

        @Override
        protected SSLParameters engineGetSupportedSSLParameters() {
            return new SSLParameters();
        }
    }
}
