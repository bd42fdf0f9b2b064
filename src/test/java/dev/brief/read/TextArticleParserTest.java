package dev.brief.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Metadata lines at the head of a text file, with and without blank lines around them. */
class TextArticleParserTest {
    private static final String BODY = """
            LIMA, March 14, 2025 – A magnitude 6.8 earthquake struck southern Peru on Friday, killing at least 12 people and injuring 85, the country's civil defense institute said.

            The quake hit at 3:42 a.m. local time near the town of Acari in the Arequipa region.
            """;

    @Test
    void bylineOnTheLineAfterTheTitleIsNotPartOfTheTitle() {
        TextArticleParser.Parsed p = TextArticleParser.parse("Strong earthquake strikes southern Peru, killing at least 12\nBy Reuters\n\n" + BODY);
        assertEquals("Strong earthquake strikes southern Peru, killing at least 12", p.title());
        assertEquals("Reuters", p.agency());
        assertNull(p.author());
        assertEquals(LocalDate.of(2025, 3, 14), p.published());
        assertTrue(p.text().startsWith("A magnitude 6.8 earthquake struck southern Peru"), p.text());
        assertTrue(!p.text().contains("By Reuters"), p.text());
    }

    @Test
    void bylineNamingAPersonAndAnAgencyGivesBoth() {
        TextArticleParser.Parsed p = TextArticleParser.parse("Quake in Peru\nBy Jane Doe, Reuters\n\n" + BODY);
        assertEquals("Quake in Peru", p.title());
        assertEquals("Jane Doe", p.author());
        assertEquals("Reuters", p.agency());

        TextArticleParser.Parsed two = TextArticleParser.parse("Quake in Peru\n\nBy Jane Doe and John Roe\n\n" + BODY);
        assertEquals("Jane Doe and John Roe", two.author());
        assertNull(two.agency());

        TextArticleParser.Parsed staff = TextArticleParser.parse("Quake in Peru\nBy Jane Doe, Staff Writer | AP\n\n" + BODY);
        assertEquals("Jane Doe", staff.author());
        assertEquals("AP", staff.agency());
    }

    @Test
    void bylineNamingALocalOutletGivesTheOutletWhenTheArticleHasNone() {
        TextArticleParser.Parsed p = TextArticleParser.parse("Quake in Peru\nBy Tom Brown, Riverside Gazette\n\n" + BODY);
        assertEquals("Tom Brown", p.author());
        assertEquals("Riverside Gazette", p.outlet());
        assertNull(p.agency());

        TextArticleParser.Parsed station = TextArticleParser.parse("Quake in Peru\nBy Ana Ruiz | Radio Lima Norte\n\n" + BODY);
        assertEquals("Ana Ruiz", station.author());
        assertEquals("Radio Lima Norte", station.outlet());

        TextArticleParser.Parsed coAuthors = TextArticleParser.parse("Quake in Peru\nBy Tom Brown, Jane Doe\n\n" + BODY);
        assertEquals("Tom Brown, Jane Doe", coAuthors.author(), "a second person is not an outlet");
        assertNull(coAuthors.outlet());

        TextArticleParser.Parsed role = TextArticleParser.parse("Quake in Peru\nBy Tom Brown, Daily News Reporter\n\n" + BODY);
        assertEquals("Tom Brown", role.author());
        assertNull(role.outlet(), "a job title is not an outlet");

        TextArticleParser.Parsed dateline = TextArticleParser.parse(
                "Quake in Peru\nBy Tom Brown, Riverside Gazette\n\nLIMA, March 14, 2025 – The Andes Post: " + BODY);
        assertEquals("The Andes Post", dateline.outlet(), "the outlet the article names in its dateline stands");
    }

    @Test
    void titleBylineDateAndDatelineWithNoBlankLinesAtAll() {
        TextArticleParser.Parsed p = TextArticleParser.parse("""
                Quake in Peru kills 12
                By AFP
                March 14, 2025
                LIMA (AFP) – A magnitude 6.8 earthquake struck southern Peru on Friday,
                killing at least 12 people, officials said.
                Rescue teams were sent to the area.
                """);
        assertEquals("Quake in Peru kills 12", p.title());
        assertEquals("AFP", p.agency());
        assertEquals(LocalDate.of(2025, 3, 14), p.published());
        assertEquals("A magnitude 6.8 earthquake struck southern Peru on Friday, killing at least 12 people, officials said. "
                + "Rescue teams were sent to the area.", p.text());
    }

    @Test
    void originalUrlLineRightAfterTheLastParagraphIsMetadata() {
        TextArticleParser.Parsed p = TextArticleParser.parse("Quake in Peru\n\n" + BODY.strip() + "\nOriginal url: https://www.example-news.com/peru/quake\n");
        assertEquals("https://www.example-news.com/peru/quake", p.url());
        assertEquals("example-news.com", p.outlet());
        assertTrue(p.text().endsWith("in the Arequipa region."), p.text());
    }

    @Test
    void aLineStartingWithByInTheBodyStaysInItsParagraph() {
        TextArticleParser.Parsed p = TextArticleParser.parse("""
                Quake in Peru

                The quake was felt as far away as Lima, and
                By most accounts it was the strongest in years.
                """);
        assertNull(p.author());
        assertEquals("The quake was felt as far away as Lima, and By most accounts it was the strongest in years.", p.text());
    }

    private static final String LEAD = """
            A magnitude 6.8 earthquake struck southern Peru on Wednesday, killing at least 12 people, officials said.

            Rescue teams were sent to the area.
            """;
    private static final LocalDate MARCH_12 = LocalDate.of(2025, 3, 12);

    @ParameterizedTest
    @ValueSource(strings = {"March 12, 2025", "Mar. 12 2025", "12 March 2025", "12 Mar 2025", "Wednesday 12 March 2025",
        "Wednesday, March 12, 2025", "12 March 2025 08:30 GMT", "Wed, 12 Mar 2025 08:30:00 GMT", "12 March, 2025",
        "March 12th, 2025", "12th March 2025", "12th of March 2025", "WEDNESDAY 12 MARCH 2025", "Updated: 12 March 2025",
        "Published on March 12, 2025", "Date: 2025-03-12", "2025-03-12"})
    void aDateLineInAnyWrittenOrderGivesTheDateWithOrWithoutBlankLines(String line) {
        for (String text : new String[] {"Quake in Peru\n\n" + line + "\n\n" + LEAD, "Quake in Peru\n" + line + "\n" + LEAD}) {
            TextArticleParser.Parsed p = TextArticleParser.parse(text);
            assertEquals(MARCH_12, p.published(), text);
            assertEquals("Quake in Peru", p.title(), text);
            assertTrue(p.text().startsWith("A magnitude 6.8 earthquake"), p.text());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"12.03.2025", "03/12/2025", "12/03/2025", "February 30, 2025"})
    void allNumberDatesAreNotGuessedAndImpossibleDatesAreNone(String line) {
        assertNull(TextArticleParser.parse("Quake in Peru\n\n" + line + "\n\n" + LEAD).published(), line);
    }

    @Test
    void aDatelineWithTheDayFirstGivesTheDate() {
        TextArticleParser.Parsed p = TextArticleParser.parse("Quake in Peru\n\nLIMA, 12 March 2025 – " + LEAD);
        assertEquals(MARCH_12, p.published());
        assertTrue(p.text().startsWith("A magnitude 6.8 earthquake"), p.text());
    }

    /** Each layout is read as the same layout with a blank line between every two lines of its head. */
    @ParameterizedTest
    @ValueSource(strings = {
        "Quake in Peru\n\nReuters\nMarch 12, 2025\n\n",
        "Quake in Peru\nReuters\n12 March 2025\n",
        "Quake in Peru\n12 March 2025\nBy Jane Doe, AFP\n",
        "Quake in Peru\nBy Jane Doe, AFP\nWed, 12 Mar 2025 08:30:00 GMT\n",
        "Quake in Peru\nA strong quake hit the south of the country\nBy Jane Doe, AFP\nMarch 12, 2025\n",
        "Quake in Peru\nA strong quake hit the south of the country\nUpdated: 12 March 2025\n"})
    void headerLinesAreReadWhetherOrNotBlankLinesSeparateThem(String head) {
        TextArticleParser.Parsed packed = TextArticleParser.parse(head + LEAD);
        TextArticleParser.Parsed spaced = TextArticleParser.parse(head.strip().replace("\n\n", "\n").replace("\n", "\n\n") + "\n\n" + LEAD);
        assertEquals(MARCH_12, packed.published(), head);
        assertTrue(packed.title().startsWith("Quake in Peru"), packed.title()); // a second line of title or subtitle joins it
        assertEquals(spaced.published(), packed.published(), head);
        assertEquals(spaced.author(), packed.author(), head);
        assertEquals(spaced.agency(), packed.agency(), head);
        assertEquals(spaced.text(), packed.text(), head);
        assertTrue(packed.text().startsWith("A magnitude 6.8 earthquake"), packed.text());
    }

    @Test
    void aWireAgencyLineUnderTheTitleIsTheAgency() {
        TextArticleParser.Parsed p = TextArticleParser.parse("Quake in Peru\n\nReuters\nMarch 12, 2025\n\n" + LEAD);
        assertEquals("Reuters", p.agency());
        assertNull(p.author());
    }

    @Test
    void aDateOrBylineThatContinuesTheFirstParagraphStaysInIt() {
        TextArticleParser.Parsed signed = TextArticleParser.parse("""
                Peru signs a deal

                The agreement with the miners was signed on
                March 12, 2025 by both parties.
                """);
        assertNull(signed.published());
        assertEquals("The agreement with the miners was signed on March 12, 2025 by both parties.", signed.text());

        TextArticleParser.Parsed friday = TextArticleParser.parse("""
                Quake in Peru

                Rescuers searched the rubble of the town of Acari
                By Friday evening, 12 bodies had been found.
                """);
        assertNull(friday.author());
        assertEquals("Rescuers searched the rubble of the town of Acari By Friday evening, 12 bodies had been found.", friday.text());
    }

    @Test
    void aStatementReadsWithoutTheDatelineItsSentenceOpensWith() {
        assertEquals("At least 12 people have died, officials said.", TextArticleParser.withoutDateline("ARDMOOR – At least 12 people have died, officials said."));
        assertEquals("Rubio met Lavrov.", TextArticleParser.withoutDateline("KUALA LUMPUR (AFP) – Rubio met Lavrov."));
        assertEquals("Officials - and residents - said the river rose.", TextArticleParser.withoutDateline("Officials - and residents - said the river rose."));
    }
}
