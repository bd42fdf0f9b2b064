package dev.brief.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.brief.FakeOllama;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.Test;

/** Model servers at http:// addresses are spoken to without the JDK's TLS set-up; https:// ones with it. */
class HttpClientsTest {
    @Test
    void aPlainHttpServerIsReachedWithoutTheDefaultTlsContext() throws Exception {
        try (FakeOllama ollama = new FakeOllama()) {
            ollama.version("0.12.6");
            HttpClient client = HttpClients.forServer(ollama.url()).build();
            assertNotSame(SSLContext.getDefault(), client.sslContext());
            HttpResponse<String> answer = client.send(HttpRequest.newBuilder(URI.create(ollama.url() + "/api/version")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, answer.statusCode());
            assertTrue(answer.body().contains("0.12.6"), answer.body());
        }
    }

    @Test
    void anHttpsServerGetsTheJdksTrustedCertificates() throws Exception {
        assertSame(SSLContext.getDefault(), HttpClients.forServer("https://models.example:8443/v1").build().sslContext());
        assertSame(SSLContext.getDefault(), HttpClients.forServer("HTTPS://models.example").build().sslContext());
    }

    @Test
    void aPlainHttpClientRefusesTlsInsteadOfSkippingItsChecks() {
        HttpClient client = HttpClients.forServer("http://127.0.0.1:9").build();
        Exception refused = assertThrows(Exception.class, () -> client.send(HttpRequest.newBuilder(URI.create("https://127.0.0.1:9/")).build(),
                HttpResponse.BodyHandlers.ofString()));
        assertTrue(String.valueOf(refused.getMessage()).contains("plain http only") || refused instanceof UnsupportedOperationException
                || refused.getCause() instanceof UnsupportedOperationException, refused.toString());
    }

    @Test
    void onlyAnHttpSchemeIsPlain() {
        assertTrue(HttpClients.isPlainHttp("http://127.0.0.1:11434"));
        assertTrue(HttpClients.isPlainHttp(" HTTP://host/v1 "));
        assertFalse(HttpClients.isPlainHttp("https://host"));
        assertFalse(HttpClients.isPlainHttp("not a url"));
        assertFalse(HttpClients.isPlainHttp(null));
    }
}
