package dev.brief.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NamesTest {
    @Test
    void capitalisedWordsWithWhetherTheyStartASentence() {
        List<String> seen = new ArrayList<>();
        Names.each("However, the U.S. and iPhone maker met O'Brien. \"Officials said: Putin left.\" (Lavrov", (name, start, starts) ->
                seen.add(name + (starts ? "^" : "")));
        assertEquals(List.of("However^", "U.S.", "O'Brien.", "Officials^", "Putin^", "Lavrov^"), seen);
    }

    @Test
    void aSentenceStartsAfterAStopAndAnyQuoteMarksOrBrackets() {
        String text = "He left.” “Moscow said so; Rubio too";
        assertTrue(Names.startsSentence(text, text.indexOf("Moscow")), "curly quotes, as written");
        assertTrue(Names.startsSentence(text, text.indexOf("Rubio")), "after a semicolon");
        assertTrue(Names.startsSentence(text, 0));
        assertFalse(Names.startsSentence("met Rubio", 4));
        assertFalse(Names.startsSentence("line\nRubio", 5), "a line break alone is no sentence end");
        assertFalse(Names.capitalisedAt("iPhone", 1));
    }
}
