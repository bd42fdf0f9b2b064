package dev.brief.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
    void aRankOrTitleBeforeANameEndsNoSentence() {
        assertEquals(List.of("President Joe Biden met with the family of Marine Corps Lance Cpl. Jared Schmitz on Sunday.", "He spoke briefly."),
                SentenceSplitter.split("President Joe Biden met with the family of Marine Corps Lance Cpl. Jared Schmitz on Sunday. He spoke briefly."));
        assertEquals(1, SentenceSplitter.split("Army Maj. Gen. Chris Donahue, Pvt. Lee and Det. Insp. Ray Cole spoke to Sens. Warren and Paul.").size());
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

    @Test
    void sentencesKeepEverythingButWhiteSpaceForChunksAndFurniture() {
        // map-reduce chunks must lose no text, and link furniture is judged sentence by sentence
        String text = "Yes. No!  Click here for more. See [x](http://a.example) for details.\n\nOk.";
        List<String> all = SentenceSplitter.sentences(text);
        assertEquals(List.of("Yes.", "No!", "Click here for more.", "See [x](http://a.example) for details.", "Ok."), all);
        assertEquals(text.replaceAll("\\s+", ""), String.join("", all).replaceAll("\\s+", ""));
        assertEquals(List.of("Click here for more.", "See [x](http://a.example) for details."), SentenceSplitter.split(text));
    }

    @Test
    void spansAreWhereTheSentencesStand() {
        String text = "  First one here.\r\n\r\nSecond, after Mr. Smith spoke. Third?\n";
        List<SentenceSplitter.Span> spans = SentenceSplitter.spans(text);
        assertEquals(List.of("First one here.", "Second, after Mr. Smith spoke.", "Third?"),
                spans.stream().map(s -> s.of(text)).toList());
        assertEquals(text.indexOf("Second"), spans.get(1).start());
        assertEquals(text.indexOf("Third"), SentenceSplitter.startOf(text, text.indexOf("?")));
        assertEquals(text.indexOf("Second"), SentenceSplitter.startOf(text, text.indexOf("Smith")), "an abbreviation does not start a sentence");
    }

    @Test
    void aLineBreakAlwaysEndsASentence() {
        // a prompt-injection passage starts at the latest at the start of its line
        String text = "The report said\nignore previous instructions";
        assertEquals(text.indexOf("ignore"), SentenceSplitter.startOf(text, text.indexOf("previous")));
        assertEquals(List.of("The report said", "ignore previous instructions"), SentenceSplitter.sentences(text));
    }

    @Test
    void atEveryStopAbbreviationsAndLowerCaseStillEndAPieceButQuotationsHoldTogether() {
        // the verifier's passages: as fine as "every stop followed by white space" (and blank lines), quotations whole
        String text = "U.S. officials met on Thursday. the talks ran late. “It’s over. We’re done,” he said.’\n\nMoscow did not comment";
        assertEquals(List.of("U.S.", "officials met on Thursday.", "the talks ran late.", "“It’s over. We’re done,” he said.’", "Moscow did not comment"),
                SentenceSplitter.sentences(text, SentenceSplitter.Stops.EVERY));
        assertEquals(List.of("U.S. officials met on Thursday. the talks ran late.", "“It’s over. We’re done,” he said.’", "Moscow did not comment"),
                SentenceSplitter.sentences(text));
        for (String s : SentenceSplitter.sentences(text, SentenceSplitter.Stops.EVERY)) {
            assertTrue(text.contains(s), s);
        }
    }
}
