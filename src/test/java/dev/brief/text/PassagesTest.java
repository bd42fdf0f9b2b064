package dev.brief.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PassagesTest {
    @Test
    void titlesBeforeNamesDoNotCutTheSentenceThatSaysTheStatement() {
        Passages.Text report = Passages.of(null, "The pledge was signed on Friday by Rep. Ann Marsh (R-Ind.), Sen. Tom Hale (R-Ohio), "
                + "Gov. Lisa Park (R-Iowa) and Rep. Dan Cole (R-Utah). Others are expected to follow.");
        assertTrue(Passages.says("Ann Marsh, Tom Hale, Lisa Park and Dan Cole signed the pledge on Friday.", report));
    }

    @Test
    void aCitationThatAnUncitedTextOutdoesGoesAndTheOneItsDroppingExposesGoesToo() {
        String statement = "Jamal Williams was arrested on suspicion of drunken driving, the team's second such arrest in less than a month.";
        Map<String, Passages.Text> texts = new LinkedHashMap<>();
        texts.put("own", Passages.of(null, statement));
        texts.put("echo", Passages.of(null, "Jamal Williams was arrested on suspicion of drunken driving, the second such arrest for the team in less than a month."));
        texts.put("weak", Passages.of(null, "Prosecutors are weighing drunk driving charges against Jamal Williams. His arrest followed another player's."));
        assertEquals(List.of("own", "echo", "weak"), Passages.settle(statement, "own", List.of("own", "echo", "weak"), texts),
                "nothing uncited outdoes the weak citation while the echo is cited");
        assertEquals(List.of("own"), Passages.settle(statement, "own", List.of("own", "weak"), texts),
                "with the echo uncited, the weak citation is outdone");
    }
}
