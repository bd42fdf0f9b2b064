package dev.brief.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A run that used an HTTP client ends without Java's 300 ms wait for its selector thread. */
class MainExitTest {
    @Test
    void theHttpClientsSelectorThreadsAreStoppedBeforeExit() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.start();
        try {
            HttpClient client = HttpClient.newHttpClient();
            int status = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/")).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
            assertEquals(200, status);
            assertFalse(selectorThreads().isEmpty(), "the client keeps a selector thread");

            Main.stopHttpClientSelectors();

            assertTrue(selectorThreads().isEmpty(), "selector threads left: " + selectorThreads());
        } finally {
            server.stop(0);
        }
    }

    private static List<Thread> selectorThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.isAlive() && t.getName().startsWith("HttpClient-") && t.getName().endsWith("-SelectorManager"))
                .toList();
    }
}
