package dev.brief.engine.extractive;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.brief.domain.Article;
import dev.brief.domain.Briefing;
import dev.brief.domain.Event;
import java.util.List;
import org.junit.jupiter.api.Test;

/** "Different figures" sets against each other only figures that report one thing. */
class DifferenceSectionTest {
    private static Article article(String id, String outlet, String text) {
        return new Article(id, outlet, null, null, null, null, null, null, text, Integer.toString(text.hashCode()), null);
    }

    /** The differences of a briefing of these texts, each from its own outlet ("a1" of "Daily 1", "a2" of "Daily 2", …). */
    private static List<Briefing.Difference> differences(String... texts) {
        List<Article> articles = new java.util.ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            articles.add(article("a" + (i + 1), "Daily " + (i + 1), texts[i]));
        }
        return new ExtractiveBriefer().brief(Event.of(articles)).differences();
    }

    /** The "Different figures" topics of a briefing of these texts. */
    private static List<String> figureDifferences(String... texts) {
        return differences(texts).stream().map(d -> d.topic()).filter(t -> t.startsWith("Different figures")).toList();
    }

    @Test
    void twoFiguresOfOneThingDiffer() {
        assertEquals(List.of("Different figures: 14 people / 12 people"),
                figureDifferences("The earthquake in central Chile killed 14 people and toppled buildings in Talca, officials said.",
                        "The earthquake in central Chile killed 12 people and toppled buildings in Talca, officials said."));
    }

    @Test
    void valuesFarApartAreTwoThingsUnlessBothAreTollsThatGrow() {
        assertEquals(List.of(), figureDifferences("The earthquake in the province of Aceh killed five people, officials in Aceh said.",
                "The earthquake in the province of Aceh killed 168,000 people, officials in Aceh said."));
        assertEquals(List.of("Different figures: at least five people / at least 50 people"),
                figureDifferences("The earthquake in the province of Aceh injured at least five people, officials in Aceh said.",
                        "The earthquake in the province of Aceh injured at least 50 people, officials in Aceh said."));
    }

    @Test
    void aTollIsNotJoinedToAnotherFarFromIt() {
        Briefing b = new ExtractiveBriefer().brief(Event.of(List.of(
                article("a1", "Daily One", "The earthquake in the province of Papua killed five people, officials in Papua said.\n\n"
                        + "The tsunami of 2004 in the province of Aceh killed 168,000 people, officials in Aceh said."),
                article("b2", "Daily Two", "The earthquake in the province of Papua killed four people, officials in Papua said.\n\n"
                        + "The tsunami of 2004 in the province of Aceh killed 230,000 people, officials in Aceh said."))));
        List<String> figures = b.differences().stream().map(d -> d.topic()).filter(t -> t.startsWith("Different figures")).sorted().toList();
        assertEquals(List.of("Different figures: 168,000 people / 230,000 people", "Different figures: five people / four people"), figures);
    }

    @Test
    void threeValuesAreSeveralFiguresUnlessTheyAreATollThatGrows() {
        assertEquals(List.of(), figureDifferences("Teixeira has been offered an eight-year deal worth $160 million, his agent said.",
                "Teixeira has been offered a seven-year deal worth $150 million, his agent said.",
                "Teixeira has been offered a five-year deal worth $155 million, his agent said."));
        assertEquals(List.of("Different figures: at least 10 people / at least 12 people / at least 14 people"), figureDifferences(
                "The earthquake in southern Iran killed at least 10 people, officials said.",
                "The earthquake in southern Iran killed at least 12 people, officials said.",
                "The earthquake in southern Iran killed at least 14 people, officials said."));
    }

    @Test
    void tollsDifferEvenInSentencesTooUnlikeToAlign() {
        assertEquals(List.of("Different figures: 15 / Twelve people"), figureDifferences(
                "The death toll from the flood in Ardmoor has risen to 15, the regional governor said on Friday, after the river burst its banks.",
                "Twelve people were killed when the river burst its banks in Ardmoor on Thursday night, police said on Friday."));
    }

    @Test
    void anOutletThatGivesTwoTollsOfARoleIsNotComparedOnIt() {
        assertEquals(List.of(), figureDifferences(
                "The death toll from the flood in Ardmoor has risen to 15, the regional governor said on Friday.\n\n"
                        + "A flood in the same valley in 1998 killed 40 people, the governor recalled.",
                "Twelve people were killed when the river burst its banks in Ardmoor on Thursday night, police said on Friday."));
    }

    @Test
    void unalignedTollsFarApartAreTwoTollsEvenAsLowerBounds() {
        assertEquals(List.of(), figureDifferences("At least 70 people have been injured in the riots in Athens over the past week, police said.",
                "Rioters in Athens also attacked a television crew's truck, injuring at least two people, police said."));
    }

    @Test
    void twoScoresOfOneMatchDiffer() {
        assertEquals(List.of("Different figures: 3-2 / 3-1"), figureDifferences(
                "Ardmoor United beat Kestrel City 3-2 on Friday to reach the cup final, with Jonas Falk scoring twice in front of 17,500 fans.",
                "Ardmoor United beat Kestrel City 3-1 on Friday night to reach the national cup final for the first time since 1998."));
        assertEquals(List.of("Different figures: 7-2 / 6-3"), figureDifferences(
                "The rate-setting committee voted 7-2 for the increase, with two members preferring to hold.",
                "The central bank raised its rate by 25 basis points to 3.75% on Friday, with the committee split 6-3, as inflation held at 4.1%."));
    }

    @Test
    void anOutletThatAgreesWithOneSideJoinsTheDifference() {
        List<Briefing.Difference> scores = differences(
                "Riverton Rovers defeated Ashford United 3-1 on Sunday at Riverside Park, where Leo Marsh scored twice.",
                "Leo Marsh scored twice as Riverton Rovers won 3-2 against Ashford United on Sunday.",
                "Riverton Rovers beat Ashford United 3-2 on Sunday, with a late header deciding a tense match at Riverside Park.")
                .stream().filter(d -> d.topic().startsWith("Different figures")).toList();
        assertEquals(1, scores.size(), scores.toString());
        assertEquals("Different figures: 3-1 / 3-2", scores.get(0).topic());
        assertEquals(List.of("a1", "a2", "a3"), scores.get(0).positions().stream().map(Briefing.Position::source).toList());
    }

    @Test
    void aRecordOrARangeIsNoScore() {
        assertEquals(List.of(), figureDifferences("The victory took Klitschko's record to 52-3 with 46 wins by knockout.",
                "In the third round Klitschko so dominated that I scored it a 10-8 round."));
        assertEquals(List.of(), figureDifferences("The panel recommended boosters for people aged 18-64 who won approval from their doctors.",
                "The panel recommended boosters for people aged 16-64 who won approval from their doctors."));
    }

    @Test
    void aFigureIsShownWithItsLimitAndCurrencyAsItsSentenceWritesThem() {
        assertEquals(List.of("Different figures: more than 50 people / 40 people"), figureDifferences(
                "More than 3,500 residents fled the town of Marrow Bend, and more than 50 people were injured in the flood, officials said.",
                "In the flood in Marrow Bend 40 people were injured, officials said, and 3,500 residents fled the town."));
        assertEquals("about US$334 million", FigureRules.asWritten("AMD will pay about US$334 million for SeaMicro.", "334 million"));
    }

    @Test
    void theDaysOfTwoHappeningsAreNoDifference() {
        assertEquals(List.of(), figureDifferences("The suspect in the Halden mall shooting was arrested on Friday, police in Halden said.",
                "The suspect in the Halden mall shooting was charged on Monday, police in Halden said."));
    }

    @Test
    void figuresOfASentenceThickWithNumbersAreNotPaired() {
        assertEquals(List.of(), figureDifferences("Thomas ran for 120 yards and two touchdowns and caught five passes for 68 yards against Atlanta.",
                "Thomas ran for 98 yards against Atlanta and caught seven passes for 40 yards and a touchdown."));
    }

    @Test
    void aSentenceThatOpensWithDigitsIsAPieceOfAnotherFigure() {
        assertEquals(List.of(), figureDifferences("7 GHz quad-core processors power the new laptop from Apple, the company said.",
                "The new laptop from Apple has 6 GHz quad-core processors, the company said."));
    }

    @Test
    void remarksAboutOneNameAreNotOneRemarkQuotedTwoWays() {
        assertEquals(false, Conflicts.differentWording("It is an honor to welcome back Ellen DeGeneres as the host of the biggest celebration of the year",
                "We are thrilled to have Ellen DeGeneres host the Oscars"));
        assertEquals(true, Conflicts.differentWording("a new and different approach",
                "It's not a new approach. It's a new idea or a new concept that I'll take back to the president"));
    }

    @Test
    void aQuoteSpeltAnotherWayIsNoDifference() {
        assertEquals(false, Conflicts.differentWording("I see many houses were damaged and their roofs fell onto some people",
                "I see many houses were damages and their roofs fell onto some people"));
    }

    @Test
    void remarksThatEachShareWordsWithAThirdAreNotChainedIntoOneDifference() {
        List<Briefing.Difference> all = differences(
                "The minister said the plan \"will cut waiting lists for hospital beds\" across the region, officials said.",
                "The minister said the plan \"will shorten waiting lists and open new hospital wards\" across the region.",
                "The minister said the plan would \"open new wards and hire nurses\" across the region.");
        assertEquals(true, all.stream().anyMatch(d -> d.topic().equals(DifferenceSection.QUOTED_DIFFERENTLY)), all.toString());
        for (var d : all) {
            if (d.topic().equals(DifferenceSection.QUOTED_DIFFERENTLY)) {
                List<String> quotes = d.positions().stream().map(p -> p.quote()).toList();
                for (String x : quotes) {
                    for (String y : quotes) {
                        assertEquals(true, x.equals(y) || Conflicts.differentWording(x, y), "one remark quoted several ways, not " + quotes);
                    }
                }
            }
        }
    }
}
