package dev.brief.model.ollama;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** OLLAMA_HOST is read the way Ollama itself reads it. */
class OllamaHostTest {
    @Test
    void optionWinsOverEnvironmentWhichWinsOverDefault() {
        assertEquals("http://10.0.0.5:11434", OllamaHost.resolve("10.0.0.5", "other:1"));
        assertEquals("http://other:1", OllamaHost.resolve(null, "other:1"));
        assertEquals("http://127.0.0.1:11434", OllamaHost.resolve(null, null));
        assertEquals("http://127.0.0.1:11434", OllamaHost.resolve(" ", ""));
    }

    @Test
    void acceptsTheFormsOllamaAccepts() {
        assertEquals("http://127.0.0.1:11434", OllamaHost.parse("127.0.0.1:11434"));
        assertEquals("http://gpu-box:11434", OllamaHost.parse("gpu-box"));
        assertEquals("http://127.0.0.1:8080", OllamaHost.parse(":8080"));
        assertEquals("http://127.0.0.1:11434", OllamaHost.parse("0.0.0.0"));
        assertEquals("http://gpu-box:9000", OllamaHost.parse("http://gpu-box:9000"));
        assertEquals("http://gpu-box:80", OllamaHost.parse("http://gpu-box"));
        assertEquals("https://ollama.example.com:443/proxy", OllamaHost.parse("https://ollama.example.com/proxy/"));
        assertEquals("http://[::1]:11434", OllamaHost.parse("[::1]:11434"));
    }

    @Test
    void rejectsWhatOllamaRejects() {
        assertThrows(IllegalArgumentException.class, () -> OllamaHost.parse("ftp://host:21"));
        assertThrows(IllegalArgumentException.class, () -> OllamaHost.parse("host:99999"));
        assertThrows(IllegalArgumentException.class, () -> OllamaHost.parse("host:port"));
        assertEquals("'not a url' is not a server address",
                assertThrows(IllegalArgumentException.class, () -> OllamaHost.parse("not a url")).getMessage());
    }
}
