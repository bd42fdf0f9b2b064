package dev.brief.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {
    @Test
    void keepsAbbreviationsInitialsAndQuotedSentencesTogether() {
        String text = "U.S. Secretary of State Marco Rubio met Sen. J. Smith on Thursday. "
                + "“It’s not a new approach. It’s a new idea,” he said. Is it really new? Officials said so!\n\n"
                + "Moscow did not comment.";
        assertEquals(List.of(
                "U.S. Secretary of State Marco Rubio met Sen. J. Smith on Thursday.",
                "“It’s not a new approach. It’s a new idea,” he said.",
                "Is it really new?",
                "Officials said so!",
                "Moscow did not comment."), SentenceSplitter.split(text));
    }

    @Test
    void aQuoteEndingTheSentenceClosesIt() {
        assertEquals(List.of("Rubio said it could “open the door to a path.”", "Lavrov left."),
                SentenceSplitter.split("Rubio said it could “open the door to a path.” Lavrov left."));
    }

    @Test
    void everySentenceIsASubstringOfTheText() {
        String text = "The 50-minute talks ended at 3 p.m. local time. Both sides spoke. No deal (yet). \"Frank,\" one said.";
        for (String s : SentenceSplitter.split(text)) {
            assertEquals(true, text.contains(s), s);
        }
        assertEquals(4, SentenceSplitter.split(text).size(), SentenceSplitter.split(text).toString());
    }
}
