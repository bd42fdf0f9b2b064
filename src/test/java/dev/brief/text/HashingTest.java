package dev.brief.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HashingTest {
    @Test
    void knownDigests() {
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", Hashing.sha256Hex(""));
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", Hashing.sha256Hex("abc"));
    }

    @Test
    void aStringIsHashedAsItsUtf8Bytes() {
        String s = "Sergey’s “quote” – café";
        assertEquals(Hashing.sha256Hex(s.getBytes(StandardCharsets.UTF_8)), Hashing.sha256Hex(s));
        assertNotEquals(Hashing.sha256Hex(s.getBytes(StandardCharsets.ISO_8859_1)), Hashing.sha256Hex(s));
        assertEquals(64, Hashing.sha256Hex(s).length());
    }
}
