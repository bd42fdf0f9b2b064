package dev.brief.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class OutletsTest {
    @Test
    void anAddressOrLocalhostNamesNoOutlet() {
        assertNull(Outlets.fromUrl("http://127.0.0.1:18200/x.txt"));
        assertNull(Outlets.fromUrl("http://10.0.0.12/news/a.html"));
        assertNull(Outlets.fromUrl("http://localhost:8080/a.html"));
        assertNull(Outlets.fromUrl("http://[::1]:8080/a.html"));
    }

    @Test
    void aDomainNamesItsOutlet() {
        assertEquals("The Moscow Times", Outlets.fromUrl("https://www.themoscowtimes.com/2025/07/10/a"));
        assertEquals("example.co.uk", Outlets.fromUrl("https://news.example.co.uk/x"));
        assertEquals("example-news.com", Outlets.fromUrl("https://www.example-news.com/peru/quake"));
    }
}
