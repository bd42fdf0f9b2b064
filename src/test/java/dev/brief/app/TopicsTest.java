package dev.brief.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.brief.BriefException;
import dev.brief.ExitCode;
import dev.brief.domain.Article;
import dev.brief.domain.Event;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TopicsTest {
    private static Event event(String title, String text) {
        return new Event("e1", title, List.of(new Article("a1", "Harbour Post", null, title, null, null, null, null, text, "h1", null),
                new Article("a2", "Northern Courier", null, "Another report", null, null, null, null, "Nothing in common.", "h2", null)));
    }

    private static final Event FLOOD = event("Darra river floods Velmora", "About 4,000 people were evacuated from the old town.");
    private static final Event MATCH = event("Velmora United win the cup final", "The football club's fans filled the square.");
    private static final Event ELECTION = event("Norland votes", "The elections were held on Sunday; the Central Bank stayed quiet.");

    @Test
    void anExcludedWordInATitleOrTextLeavesTheEventOutAndSaysWhy() {
        Topics t = Topics.of(List.of(), List.of("football", "cup final"));
        assertNull(t.exclusion(FLOOD));
        assertEquals("excluded: \"football\" is in 1 of its 2 articles", t.exclusion(MATCH));
    }

    @Test
    void wordsMatchWholeWithoutRegardToCaseAndAStarMatchesAnyEnding() {
        assertNull(Topics.of(List.of(), List.of("vote")).exclusion(ELECTION), "\"vote\" is not \"votes\"");
        assertTrue(Topics.of(List.of(), List.of("vote*")).exclusion(ELECTION) != null);
        assertTrue(Topics.of(List.of(), List.of("CENTRAL  bank")).exclusion(ELECTION) != null, "a phrase, any case and spacing");
        assertNull(Topics.of(List.of(), List.of("bank stayed loud")).exclusion(ELECTION));
        assertNull(Topics.of(List.of(), List.of("old")).exclusion(MATCH), "old is not a part of another word");
    }

    @Test
    void withIncludesOnlyTheFollowedEventsAreKeptAndExcludingWins() {
        Topics t = Topics.of(List.of("flood*", "elect*"), List.of("Sunday"));
        assertNull(t.exclusion(FLOOD));
        assertEquals("not followed: none of \"flood*\", \"elect*\" is in its articles", t.exclusion(MATCH));
        assertEquals("excluded: \"Sunday\" is in 1 of its 2 articles", t.exclusion(ELECTION), "a followed event with an excluded word is left out");
    }

    @Test
    void aTopicsFileHasOneTopicALineWithAMinusForThoseLeftOut(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("topics.txt");
        Files.writeString(file, "# what I follow\nflood*\n+central bank\n\n-football\n");
        Topics t = Topics.read(file);
        assertNull(t.exclusion(FLOOD));
        assertTrue(t.exclusion(MATCH).startsWith("excluded: \"football\""));
        assertNull(t.exclusion(ELECTION), "central bank is followed");

        Files.writeString(file, "# nothing\n\n");
        BriefException e = assertThrows(BriefException.class, () -> Topics.read(file));
        assertEquals(ExitCode.USAGE, e.exitCode());
        assertThrows(BriefException.class, () -> Topics.of(List.of(" * "), List.of()), "a term with no word is a usage error");
    }
}
