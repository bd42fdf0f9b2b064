package dev.brief.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Numbers and dates as the verifier reads them, in normalised (lower-case) text. */
class NumbersTest {
    /** Whether the one number a statement claims is among the values a source's text supports. */
    private static boolean supported(String claim, String source) {
        List<Numbers.Mention> mentions = Numbers.in(claim, true);
        assertEquals(1, mentions.size(), "one number in: " + claim + " " + mentions);
        return Numbers.supported(mentions.get(0), Numbers.values(source));
    }

    private static List<String> written(String normal, boolean claimsOnly) {
        return Numbers.in(normal, claimsOnly).stream().map(Numbers.Mention::written).toList();
    }

    @Test
    void oneNumberWrittenInDifferentWaysIsFound() {
        assertTrue(supported("1500 containers", "halting 1,500 containers"));
        assertTrue(supported("1,500 containers", "halting 1500 containers"));
        assertTrue(supported("1.5 thousand containers", "halting 1,500 containers"));
        assertTrue(supported("1,500 containers", "some 1.5 thousand containers"));
        assertTrue(supported("3,200,000 euros", "losses of 3.2m euros"));
        assertTrue(supported("$2bn", "a deal worth 2 billion dollars"));
        assertTrue(supported("2.50 percent", "rates rose to 2.5 percent"));
        assertTrue(supported("12 percent", "wages rise by twelve percent"));
        assertTrue(supported("twenty-five people", "25 people were hurt"));
        assertTrue(supported("the 10th day", "on day 10 of the strike"));
    }

    @Test
    void anotherNumberIsNotFound() {
        assertFalse(supported("1,800 containers", "halting 1,500 containers and 18 cranes"));
        assertFalse(supported("eleven ships", "twelve ships waited"));
        assertFalse(supported("1.5 million containers", "halting 1,500 containers"));
        assertFalse(supported("2,500 euros", "losses of 2.5 million euros"));
    }

    @Test
    void aScaledNumberIsNotFoundByItsDigitsAlone() {
        // found by a unit test writer: 2.5 billion was verified against 2.5 million
        assertFalse(supported("losses at 2.5 billion euros a day", "losses at 2.5 million euros a day"));
        assertFalse(supported("2.5 million euros", "2.5 percent of the budget"));
        assertTrue(supported("2.5 million euros", "2,500,000 euros"));
        assertTrue(supported("$2.5bn", "2.5 billion dollars"));
    }

    @Test
    void aMentionKeepsHowItWasWrittenAndItsScaledValue() {
        List<Numbers.Mention> m = Numbers.in("losses of 2.5 million euros and three thousand jobs", true);
        assertEquals(List.of("2.5 million", "three thousand"), m.stream().map(Numbers.Mention::written).toList());
        assertEquals(0, new BigDecimal("2500000").compareTo(m.get(0).scaled()));
        assertEquals(0, new BigDecimal("3000").compareTo(m.get(1).scaled()));
        assertEquals(Set.of(new BigDecimal("2.5"), new BigDecimal("2.5E+6"), new BigDecimal("3"), new BigDecimal("3E+3")),
                Numbers.values("losses of 2.5 million euros and three thousand jobs"));
    }

    @Test
    void looseNumberWordsAreNoClaimButStillCountInASource() {
        String text = "one of the ministers asked for a second round, the first since march";
        assertEquals(List.of(), written(text, true), "no statement claims a number by saying 'one of them'");
        assertEquals(List.of("one", "second", "first"), written(text, false));
        assertEquals(List.of("one million"), written("one million euros", true), "with a scale it is a number");
        assertTrue(supported("2 ministers", "two ministers and one aide"));
    }

    @Test
    void digitsInsideANameAreNoNumber() {
        assertEquals(List.of(), written("the g20 summit, an a320 jet and mp3 files", true));
    }

    @Test
    void datesAreTheSameInEitherOrderAndWithAbbreviations() {
        assertEquals(Set.of("7-10"), Numbers.dates("on 10 july"));
        assertEquals(Set.of("7-10"), Numbers.dates("on july 10"));
        assertEquals(Set.of("7-10"), Numbers.dates("on the 10th of july 2025"));
        assertEquals(Set.of("9-3"), Numbers.dates("sept. 3"));
        assertEquals(Set.of("12-25"), Numbers.dates("dec 25th"));
        assertEquals(Set.of("3-14", "5-12"), Numbers.dates("talks on 14 march and again on may 12"));
    }

    @Test
    void aMonthAndYearIsNoDay() {
        assertEquals(Set.of(), Numbers.dates("in july 2025"));
    }
}
