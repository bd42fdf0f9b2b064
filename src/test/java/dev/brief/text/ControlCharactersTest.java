package dev.brief.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class ControlCharactersTest {
    @Test
    void colourAndScreenSequencesGoAndTheirTextStays() {
        assertEquals("Rubio meets Lavrov", ControlCharacters.strip("\u001b[41;1mRubio\u001b[0m meets \u001b[2J\u001b[HLavrov"));
        assertEquals("red", ControlCharacters.strip("\u009b31mred\u009b0m"), "the 8-bit CSI");
        assertEquals("reset", ControlCharacters.strip("\u001bcreset\u001b(B"));
    }

    @Test
    void anOsc8LinkKeepsOnlyItsVisibleTextAndATitleChangeGoesWhole() {
        assertEquals("Harbour Post", ControlCharacters.strip("\u001b]8;;https://evil.example/\u001b\\Harbour Post\u001b]8;;\u001b\\"));
        assertEquals("Harbour Post", ControlCharacters.strip("\u001b]0;pwned\u0007Harbour Post"));
        assertEquals("before\nafter", ControlCharacters.strip("before\u001b]0;never closed\nafter"), "an unclosed one ends at the line");
    }

    @Test
    void bellC0C1AndDeleteGoButNewlineTabAndLettersStay() {
        assertEquals("a\tb\nc", ControlCharacters.strip("a\tb\u0007\nc\u0000\u007f\u0085"));
        assertEquals("line one\nline two\nline three", ControlCharacters.strip("line one\r\nline two\rline three"));
        assertEquals("Łódź — “quoted” 東京 🙂", ControlCharacters.strip("Łódź — “quoted” 東京 🙂"));
    }

    @Test
    void bidiOverridesAndIsolatesGo() {
        assertEquals("invoice.exe.txt", ControlCharacters.strip("invoice\u202e.exe\u202c.txt"));
        assertEquals("ab", ControlCharacters.strip("\u2066a\u2069\u2067b\u2068"));
    }

    @Test
    void cleanTextIsReturnedAsItIsAndNullStaysNull() {
        String clean = "Nothing to see here.\n";
        assertSame(clean, ControlCharacters.strip(clean));
        assertNull(ControlCharacters.strip(null));
    }
}
