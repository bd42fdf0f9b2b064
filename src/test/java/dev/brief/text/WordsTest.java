package dev.brief.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WordsTest {
    @Test
    void aReaderCountsRunsOfAnythingButWhiteSpace() {
        assertEquals(0, Words.count(" \n "));
        assertEquals(5, Words.count("  The U.S. — said\tno. "));
        List<String> seen = new ArrayList<>();
        String text = "a  bc\nd";
        Words.each(text, (start, end) -> seen.add(text.substring(start, end)));
        assertEquals(List.of("a", "bc", "d"), seen);
    }

    @Test
    void wordsOfNormalTextKeepInnerDotsAndApostrophes() {
        assertEquals(List.of("the", "u.s", "it's", "well", "known", "sergey's"), Words.of(Normal.text("The U.S. it’s well-known, Sergey’s")));
        assertEquals("us", Words.normal("U.S."));
        assertEquals("sergey", Words.normal("Sergey’s"));
        assertEquals(Words.stem("disclosed"), Words.stem("disclosing"));
        assertEquals("rule", Words.stem("rule"));
    }

    @Test
    void contentStemsLeaveOutCommonWordsShortWordsAndNumbers() {
        assertTrue(Words.COMMON.contains("according"));
        assertEquals(Set.of("presi", "resig", "march"), Words.contentStems(Normal.text("The president resigned in 12 marches, according to us.")));
    }
}
