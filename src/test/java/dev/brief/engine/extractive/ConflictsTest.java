package dev.brief.engine.extractive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
    void aLimitBeforeACurrencySignIsStillALimit() {
        assertTrue(Conflicts.amounts(Facts.of("The administration will invest $3.2 billion to develop antiviral pills."),
                Facts.of("The US will invest more than $3 billion to develop antiviral pills.")).isEmpty(), "3.2 billion is more than 3 billion");
        assertEquals(1, Conflicts.amounts(Facts.of("The administration will invest $3.2 billion to develop antiviral pills."),
                Facts.of("The US will invest less than $3 billion to develop antiviral pills.")).size());
    }

    @Test
    void peopleForcedFromTheirHomesAndPeopleEvacuatedAreOneCount() {
        var pairs = Conflicts.amounts(Facts.of("Heavy rain caused severe flooding in Lisbon on Tuesday, forcing 300 people from their homes."),
                Facts.of("Flash floods swept through Lisbon on Tuesday after torrential rain, and about 250 people were evacuated, officials said."));
        assertEquals(1, pairs.size());
        assertEquals("300 people", pairs.get(0)[0].span());
        assertEquals("250 people", pairs.get(0)[1].span());
        assertTrue(Conflicts.amounts(Facts.of("The storm killed 3 people and forced 300 people from their homes."),
                Facts.of("The storm killed 3 people, officials said.")).isEmpty(), "the dead are not the displaced");
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

    @Test
    void oneValueWrittenTwoWaysIsNoConflict() {
        Facts afp = Facts.of("The European Central Bank kept its deposit rate at 2.0 percent on Thursday, as expected.");
        assertEquals(List.of(), Conflicts.amounts(afp, Facts.of("The European Central Bank held its key deposit rate at 2% on Thursday in Frankfurt.")));
        assertEquals(List.of(), Conflicts.amounts(afp, Facts.of("The bank left its deposit rate unchanged at 2 per cent on Thursday.")));
        assertEquals(List.of(), Conflicts.amounts(Facts.of("The budget of 1,200 million euros passed."), Facts.of("The budget of 1200 million euros passed.")));
    }

    @Test
    void aPercentageIsOneFigureNotAlsoACountOfTheWordAfterIt() {
        var pairs = Conflicts.amounts(Facts.of("The euro rose 0.3 percent against the dollar after the decision."),
                Facts.of("The euro gained 0.2 percent against the dollar."));
        assertEquals(1, pairs.size(), pairs.stream().map(p -> p[0].span() + " / " + p[1].span()).toList().toString());
        assertEquals("0.3 percent", pairs.get(0)[0].span());
        assertEquals("0.2 percent", pairs.get(0)[1].span());
    }

    @Test
    void onlyFiguresOfTheSameRoleAreCompared() {
        Facts ap = Facts.of("A magnitude 7.0 earthquake shook central Chile, killing at least 14 people and injuring more than 200, authorities said.");
        assertEquals(List.of(), Conflicts.amounts(ap, Facts.of("Chile's disaster agency said more than 200 people had been injured.")),
                "deaths are not injuries");
        var pairs = Conflicts.amounts(ap, Facts.of("At least 13 people have died after a magnitude 7.1 earthquake struck central Chile."));
        assertEquals(List.of("14 people|13 people"), pairs.stream().filter(p -> p[0].unit().equals("peopl"))
                .map(p -> p[0].span() + "|" + p[1].span()).toList());
        var both = Conflicts.amounts(Facts.of("The storm killed 14 people and injured 200 people in Talca."),
                Facts.of("In Talca the storm killed 12 people and injured 200 people."));
        assertEquals(List.of("14 people|12 people"), both.stream().map(p -> p[0].span() + "|" + p[1].span()).toList(),
                "each figure is paired with the one of its role");
    }

    @Test
    void aYearIsNeverComparedWithAnAmount() {
        assertEquals(List.of(), Conflicts.amounts(
                Facts.of("The city council voted 7 to 2 on Monday to approve the 2027 budget of $450 million, Mayor Ann Lee said."),
                Facts.of("The city council approved a $450 million budget for 2027 on Monday by a vote of 7 to 2, Mayor Ann Lee said.")));
        assertEquals(1, Conflicts.amounts(Facts.of("The council approved the 2027 budget."), Facts.of("The council approved the 2028 budget.")).size(),
                "two years of one role still differ");
    }

    @Test
    void aFigureWithTwoEquallyLikelyPartnersIsNotCompared() {
        assertEquals(List.of(), Conflicts.amounts(Facts.of("In all, 14 people were hurt."),
                Facts.of("Officials said 12 people were hurt in Talca and 30 people were hurt in Curico.")),
                "14 hurt could be either town's figure");
    }

    @Test
    void caseApostrophesAndWordFormsAreNotSpellingsOfAName() {
        assertEquals(List.of(), Conflicts.nameVariants(List.of(
                "NASA's Perseverance rover found organics. Obama’s Plan was cited. Sanders’ Campaign spoke. "
                        + "The Democratic Party met. The Korean Peninsula was calm.",
                "Nasa's Perseverance rover found organics. Obama's Plan was cited. Sanders Campaign spoke. "
                        + "The Democrat Party met. The Korea Peninsula was calm.")));
        assertEquals(1, Conflicts.nameVariants(List.of("NASA's Sergey Lavrov spoke.", "Nasa's Sergei Lavrov spoke.")).size(),
                "a real letter difference still is one");
    }

    @Test
    void aLimitConflictsOnlyWithAFigureOutsideIt() {
        Facts moreThan = Facts.of("The disaster agency said more than 200 people had been injured.");
        assertEquals(List.of(), Conflicts.amounts(moreThan, Facts.of("The disaster agency said 240 people were injured.")));
        assertEquals(1, Conflicts.amounts(moreThan, Facts.of("The disaster agency said 150 people were injured.")).size());
        assertEquals(1, Conflicts.amounts(Facts.of("The quake killed at least 12 people."), Facts.of("The quake killed at least 14 people.")).size(),
                "two tolls of one kind are two reports");
        assertEquals(1, Conflicts.amounts(Facts.of("Fewer than 10 people were hurt."), Facts.of("In all 12 people were hurt.")).size());
    }

    @Test
    void oneNameSpelledTwoWaysIsOneVariantWhicheverSourceWritesWhich() {
        List<Conflicts.NameVariant> variants = Conflicts.nameVariants(List.of(
                "Coach Andre Silva praised the team.", "Coach Anre Silva praised the team.", "Later, Andre Silva left the stadium."));
        assertEquals(1, variants.size(), variants.toString());
    }

    @Test
    void aClosingQuoteWrittenAsTwoApostrophesIsNoSpelling() {
        assertTrue(Conflicts.nameVariants(List.of("`` The Hunger Games '' opened.", "The Hunger Games'' opened on Friday.")).isEmpty());
    }

    @Test
    void theSecondYearOfASeasonIsNoFigure() {
        assertTrue(Facts.of("He scored 20 points a game in the 2004-05 season.").amounts().stream().noneMatch(a -> a.value().equals("05")),
                Facts.of("He scored 20 points a game in the 2004-05 season.").amounts().toString());
        assertTrue(Conflicts.amounts(Facts.of("He was the league's top scorer in the 2004-05 season."),
                Facts.of("He was the league's top scorer in the 2003-04 season.")).stream()
                .noneMatch(pair -> pair[0].value().equals("05") || pair[1].value().equals("04")));
    }

    @Test
    void figuresOfTwoPeopleAreNoDifferenceButTwoFiguresOfOneAre() {
        String scobee = "Jaguars kicker Josh Scobee made a 44-yard field goal to give Jacksonville the lead.";
        String vinatieri = "Then Adam Vinatieri's 45-yard field goal tied the scores.";
        Sentence a = new Sentence(0, 0, 0, scobee, Facts.of(scobee), 0);
        Sentence b = new Sentence(1, 1, 0, vinatieri, Facts.of(vinatieri), 1);
        Facts.Amount[] pair = Conflicts.amounts(a.facts(), b.facts()).get(0);
        assertTrue(FigureRules.ofDifferentNames(a, pair[0], b, pair[1]));

        String other = "Kicker Josh Scobee made a 45-yard field goal, Jacksonville said.";
        Sentence c = new Sentence(2, 1, 0, other, Facts.of(other), 2);
        Facts.Amount[] same = Conflicts.amounts(a.facts(), c.facts()).get(0);
        assertFalse(FigureRules.ofDifferentNames(a, same[0], c, same[1]));
    }
}
