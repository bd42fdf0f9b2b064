package dev.brief.brief.extractive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConflictsTest {
    @Test
    void sameUnitWithAnotherValueIsAConflict() {
        var pairs = Conflicts.amounts(Facts.of("The strikes killed two people in Kyiv."), Facts.of("The strikes killed 3 people in Kyiv."));
        assertEquals(1, pairs.size());
        assertEquals("two people", pairs.get(0)[0].span());
        assertEquals("3 people", pairs.get(0)[1].span());
        assertTrue(Conflicts.amounts(Facts.of("The strikes killed two people."), Facts.of("Two people died, 2 people said.")).isEmpty());
        assertEquals(1, Conflicts.amounts(Facts.of("They met on July 10."), Facts.of("They met on July 11.")).size());
        assertTrue(Conflicts.amounts(Facts.of("They met for 50 minutes."), Facts.of("They met with 50 aides.")).isEmpty());
    }

    @Test
    void percentFiguresAreOneUnitWhicheverWayTheyAreWritten() {
        var pairs = Conflicts.amounts(
                Facts.of("The bank cut its deposit rate to 2.5% on Thursday, as inflation in the euro zone fell to 2.3% in February."),
                Facts.of("Euro zone inflation fell to 2.4 percent in February, according to Eurostat."));
        assertEquals(1, pairs.size());
        assertEquals("2.3%", pairs.get(0)[0].span(), "the inflation figure, not the rate beside it");
        assertEquals("2.4 percent", pairs.get(0)[1].span());
        assertTrue(Conflicts.amounts(Facts.of("Inflation fell to 2.4% in February."), Facts.of("Inflation fell to 2.4 per cent.")).isEmpty());
    }

    @Test
    void aQuoteContainedInAnotherIsNoConflict() {
        assertNull(Conflicts.quotes(Facts.of("It was a “frank exchange”, Moscow said."),
                Facts.of("“A substantive and frank exchange of views took place,” the ministry said.")));
        String[] pair = Conflicts.quotes(Facts.of("Rubio called it “a new and different approach.”"),
                Facts.of("“It’s not a new approach. It’s a new idea,” he said."));
        assertEquals("a new and different approach", pair[0]);
        assertEquals("It’s not a new approach. It’s a new idea", pair[1]);
        assertNull(Conflicts.quotes(Facts.of("He called it “new.”"), Facts.of("He called it “a new approach.”")), "one shared word is not enough");
    }

    @Test
    void nameVariantsNeedTheSameNeighbourAndNeverBothSpellingsInOneText() {
        List<Conflicts.NameVariant> found = Conflicts.nameVariants(List.of(
                "Foreign Minister Sergey Lavrov met Russian officials in Russia.",
                "His counterpart, Sergei Lavrov, spoke for Russia and Russian diplomats."));
        assertEquals(1, found.size(), found.toString());
        assertEquals("Sergey", found.get(0).first());
        assertEquals("Sergei", found.get(0).second());
        assertTrue(Conflicts.nameVariants(List.of("Sergey Lavrov spoke.", "Sergey Shoigu spoke.")).isEmpty());
        assertTrue(Conflicts.nameVariants(List.of("Mark Rutte and Marco Rubio spoke.", "Marco Rubio spoke, and Mark Rubio did not.")).isEmpty());
    }
}
