package dev.brief;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Headless Chromium for the tests that look at pages as a reader's browser shows them. Every
 * connection the browser opens goes to a local recorder posing as its proxy, so that a test sees
 * whatever a page tried to load from outside. CI installs Chromium (.ci/run); without it the tests
 * fail and say how to install it, they are never skipped.
 */
public final class Chromium implements AutoCloseable {
    private static final List<String> NAMES = List.of("chromium", "chromium-browser", "google-chrome", "google-chrome-stable");

    private final Path binary;
    private final Path profile;
    private final ServerSocket proxy;
    private final List<String> requests = Collections.synchronizedList(new ArrayList<>());

    public Chromium() throws IOException {
        this.binary = find();
        this.profile = Files.createTempDirectory("brief-chromium");
        this.proxy = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread t = new Thread(this::record, "chromium-proxy-recorder");
        t.setDaemon(true);
        t.start();
    }

    /** The browser: CHROMIUM_BIN, else the first of the usual names on the PATH. */
    public static Path find() {
        String given = System.getenv("CHROMIUM_BIN");
        if (given != null && !given.isBlank()) {
            return Path.of(given);
        }
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            for (String name : NAMES) {
                Path p = Path.of(dir, name);
                if (Files.isExecutable(p)) {
                    return p;
                }
            }
        }
        throw new AssertionError("Chromium is not installed, and the browser checks need it: install the Debian package "
                + "(apt-get install chromium, as .ci/run does), or set CHROMIUM_BIN to a Chromium or Chrome binary");
    }

    /**
     * The request lines of every connection the browser opened for a page ("GET http://...",
     * "CONNECT host:443"). Chromium's own calls home (the clock, updates, sign-in, at Google hosts)
     * are left out: no page of brief names those hosts. So are connections that asked for nothing.
     */
    public List<String> requests() {
        synchronized (requests) {
            // A connection that never sent a request line is the browser preconnecting to a link it might
            // follow: nothing was asked for, so nothing was loaded.
            return requests.stream().filter(r -> !r.isEmpty() && !OWN_CALLS.matcher(r).find()).toList();
        }
    }

    private static final java.util.regex.Pattern OWN_CALLS = java.util.regex.Pattern.compile(
            "^(?:GET|POST|CONNECT) (?:https?://)?[a-z0-9.-]*\\.(?:google\\.com|googleapis\\.com|gvt1\\.com)[:/ ]");

    /** The page's DOM once loaded, as the browser built it. */
    public String dumpDom(Path page) throws IOException {
        return new String(run("--dump-dom", page.toUri().toString()), StandardCharsets.UTF_8);
    }

    /** A PNG of the page's top, width × height CSS pixels. */
    public void screenshot(Path page, Path png, int width, int height) throws IOException {
        run("--screenshot=" + png.toAbsolutePath(), "--window-size=" + width + "," + height, "--hide-scrollbars", page.toUri().toString());
        if (!Files.isRegularFile(png)) {
            throw new AssertionError("Chromium wrote no screenshot of " + page);
        }
    }

    private byte[] run(String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(binary.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--no-default-browser-check", "--disable-extensions", "--disable-sync", "--disable-background-networking",
                "--disable-component-update", "--disable-default-apps", "--disable-domain-reliability", "--metrics-recording-only",
                "--disable-client-side-phishing-detection", "--no-pings", "--disable-breakpad", "--dns-prefetch-disable",
                "--disable-features=NetworkTimeServiceQuerying,OptimizationHints,Translate,MediaRouter,AutofillServerCommunication",
                "--user-data-dir=" + profile, "--proxy-server=http://127.0.0.1:" + proxy.getLocalPort(), "--proxy-bypass-list=<-loopback>"));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        byte[] out;
        try (InputStream in = p.getInputStream()) {
            out = in.readAllBytes();
        }
        try {
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("Chromium did not finish within 60 s: " + cmd);
            }
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
        return out;
    }

    private void record() {
        while (!proxy.isClosed()) {
            try (Socket s = proxy.accept()) {
                s.setSoTimeout(2000);
                StringBuilder line = new StringBuilder();
                InputStream in = s.getInputStream();
                for (int c = in.read(); c != -1 && c != '\n' && line.length() < 2000; c = in.read()) {
                    line.append((char) c);
                }
                requests.add(line.toString().strip());
            } catch (IOException e) {
                if (!proxy.isClosed()) {
                    requests.add("(a connection that could not be read: " + e.getMessage() + ")");
                }
            }
        }
    }

    @Override
    public void close() {
        try {
            proxy.close();
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
