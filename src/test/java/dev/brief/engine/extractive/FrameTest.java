package dev.brief.engine.extractive;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Figures that measure different things are not set against each other as "different figures". */
class FrameTest {
    private static int conflicts(String a, String b) {
        return Conflicts.amounts(Facts.of(a), Facts.of(b)).size();
    }

    @Test
    void twoSentencesThatPrintTheSameTwoValuesDoNotDiffer() {
        assertEquals(0, conflicts("Filings for unemployment benefits rose by 37,000 to 412,000 last week, the first increase since April.",
                "The number of new applications for unemployment benefits rose 37,000 last week to 412,000, the department said."));
        assertEquals(1, conflicts("Police said 12 people were injured in the riots.",
                "Police said 18 people had been injured in the violence and 12 arrested for carrying weapons."),
                "12 arrested is another figure than 12 injured");
    }

    @Test
    void aForecastIsNotAResult() {
        assertEquals(0, conflicts("This was far less than forecasts of economists, who had predicted America would add 1 million jobs last month.",
                "America's employers added just 266,000 jobs last month, sharply lower than in March."));
        assertEquals(1, conflicts("Economists had expected 1 million jobs last month.", "Economists had expected 900,000 jobs last month."));
    }

    @Test
    void figuresOfDifferentPeriodsDoNotDiffer() {
        assertEquals(0, conflicts("The Fund said it expects global growth of 5.9% this year.", "The IMF expects global growth to remain at 4.9% next year."));
        assertEquals(1, conflicts("The Fund said it expects global growth of 5.9% this year.", "The IMF expects global growth of 6% this year."));
        assertEquals(0, conflicts("The vaccine remains 90% effective at reducing the risk of hospitalization six months after it is given.",
                "The effectiveness of the vaccine falls below 50 percent after five months."));
        assertEquals(0, conflicts("The president will propose $5 trillion in new federal spending over the next decade.",
                "The president will propose a $6 trillion budget on Friday."), "a sum over a decade against a sum of no period");
        assertEquals(1, conflicts("Consumer prices rose 4.2 percent from a year earlier.", "Consumer prices rose 4.4 percent over the year."),
                "a year earlier is a change over a year, not a rate");
    }

    @Test
    void aRateIsNotATotal() {
        assertEquals(0, conflicts("The Red Sox offered Teixeira $160 million for eight years.", "Should the Yankees offer Teixeira $25 million a season?"));
        assertEquals(1, conflicts("The Red Sox offered Teixeira $22 million a season.", "Should the Yankees offer Teixeira $25 million a season?"));
    }

    @Test
    void theAgesOfTwoPeopleDoNotDiffer() {
        assertEquals(0, conflicts("Police say a man outside the store told the 36-year-old driver to stop but he kept going.",
                "Police say the driver killed a 66-year-old woman outside the store and kept going."));
        assertEquals(1, conflicts("Police say a man outside the store told the 36-year-old driver to stop.",
                "Police say a man outside the store told the 38-year-old driver to stop."));
    }

    @Test
    void anIncrementIsNotATotal() {
        assertEquals(0, conflicts("The White House is asking for $14 billion in aid to respond to natural disasters.",
                "The White House wants $24 billion in additional funding to respond to natural disasters."));
        assertEquals(0, conflicts("The storm killed 14 people in the province.", "Rescuers found 3 more people killed by the storm in the province."));
        assertEquals(1, conflicts("The White House is asking for $14 billion in aid to respond to natural disasters.",
                "The White House wants $24 billion in aid to respond to natural disasters."));
    }

    @Test
    void sharesOfDifferentWholesDoNotDiffer() {
        assertEquals(0, conflicts("The damaged cables carry 75 percent of traffic between the Middle East and Europe.",
                "Up to 70% of communications between the Middle East and Europe were disrupted by the damaged cables."));
        assertEquals(1, conflicts("The damaged cables carry 75 percent of traffic between the Middle East and Europe.",
                "The damaged cables carry 70% of the traffic between the Middle East and Europe."));
    }

    @Test
    void aChangeInAPartIsNotAChangeInTheWhole() {
        assertEquals(0, conflicts("Data released on Tuesday showed that prices rose 0.9 percent in the past month.",
                "Energy prices climbed 1.5% in the past month and food prices rose 0.8%."));
        assertEquals(0, conflicts("Prices rose 0.9 percent in the past month.", "There was a 1.5% rise in energy prices in the past month."));
        assertEquals(0, conflicts("The rise came after prices also rose 0.6 percent in May.", "Food prices rose 0.8% in May."));
        assertEquals(1, conflicts("Energy prices rose 0.9 percent in the past month.", "Energy prices climbed 1.5% in the past month."));
        assertEquals(1, conflicts("Data released on Tuesday showed that prices rose 0.9 percent in the past month.",
                "Prices climbed 1.5% in the past month, the data showed."));
    }

    @Test
    void aFigureThatLeavesSomethingOutIsNotTheWhole() {
        assertEquals(0, conflicts("From March to April, prices increased 0.8 percent.",
                "The 0.9 percent increase from March, again controlling for food and energy prices, is the highest since 1982."));
        assertEquals(0, conflicts("Consumer prices rose 4.2% from a year earlier.", "Excluding food and energy, consumer prices rose 3% from a year earlier."));
        assertEquals(1, conflicts("Excluding food and energy, prices rose 0.8 percent from March.",
                "Excluding food and energy, prices rose 0.9 percent from March."));
    }

    @Test
    void aValueRoundedToTheOthersLastDigitIsTheSameFigure() {
        assertEquals(0, conflicts("The number of open jobs rose slightly to 9.2 million at the end of May, the survey showed.",
                "The number of open jobs rose slightly to 9.21 million at the end of May, the survey showed."));
        assertEquals(0, conflicts("The bill clocked in at some 2,700 pages.", "The bill clocks in at 2,702 pages."));
        assertEquals(1, conflicts("The House delayed a vote on the $1 trillion infrastructure bill.",
                "The House delayed a vote on the $1.2 trillion infrastructure bill."), "17% apart is no rounding");
        assertEquals(1, conflicts("The bill clocked in at 2,701 pages.", "The bill clocks in at 2,702 pages."), "no value is the other rounded");
    }

    @Test
    void aCashPortionIsNotTheWholePrice() {
        assertEquals(0, conflicts("Orbitel will pay $2 billion in cash for Lumasoft, the companies said on Tuesday.",
                "Orbitel agreed on Tuesday to buy Lumasoft for $3 billion in cash and stock."));
        assertEquals(0, conflicts("The purchase is a combination of $4.2 billion in cash and 57 million shares of its stock.",
                "The company agreed to buy the chip maker for around $5.4 billion in cash and stock."));
        assertEquals(1, conflicts("Orbitel will pay $2 billion in cash for Lumasoft, the companies said on Tuesday.",
                "Orbitel will pay $2.5 billion in cash for Lumasoft, the companies said."));
    }

    @Test
    void aChangeFromANamedMonthIsNotAChangeOverAYear() {
        assertEquals(0, conflicts("Retail sales were up 1.8% from a year earlier, the office said.",
                "Retail sales rose 1.2% in May from April, separate figures showed."));
    }
}
