package dev.brief.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.brief.domain.DailyBriefing;
import dev.brief.domain.Event;
import dev.brief.domain.Article;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DailyRendererTest {
    private static Article article(String id, String outlet, String agency, String title) {
        return new Article(id, outlet, agency, title, null, LocalDate.of(2025, 3, 14), null, "day/" + id + ".txt",
                "Some text about " + title + ".", id, null);
    }

    @Test
    void jsonKeepsTheEventContractForOutletsAndErrors() throws Exception {
        Event failed = Event.of(List.of(article("aaa111", "The Guardian", null, "Flood"), article("bbb222", "DW", null, "Flood too")));
        Event unknown = Event.of(List.of(article("ccc333", null, null, "A story nobody signed")));
        Event wire = Event.of(List.of(article("ddd444", "The Moscow Times", "AFP", "A wire story")));
        DailyBriefing day = new DailyBriefing(4, List.of(new DailyBriefing.Section(failed, null, "HTTP 500")), List.of(unknown, wire),
                new DailyBriefing.Calls(1, 0, 1));

        JsonNode doc = new ObjectMapper().readTree(new DailyRenderer().render(day, Format.JSON));

        JsonNode also = doc.get("alsoReported");
        assertTrue(also.get(0).get("outlet").isNull(), "an unknown outlet is null, as in brief event's sources: " + also.get(0));
        assertTrue(also.get(0).get("agency").isNull(), also.get(0).toString());
        assertEquals("The Moscow Times", also.get(1).get("outlet").asText());
        assertEquals("AFP", also.get(1).get("agency").asText());
        assertEquals("HTTP 500", doc.get("events").get(0).get("error").asText());
    }

    @Test
    void theFooterCountsInTheRightNumber() {
        Event one = Event.of(List.of(article("aaa111", "The Guardian", null, "Flood")));
        DailyBriefing day = new DailyBriefing(1, List.of(), List.of(one), new DailyBriefing.Calls(0, 0, 0));
        String counts = "1 article · 1 event (0 briefed, 0 failed, 1 also reported) · model calls: 0 · cached calls: 0 · failed calls: 0";

        assertTrue(new DailyRenderer().render(day, Format.MARKDOWN).endsWith("---\n\n" + counts + "\n"));
        assertTrue(new DailyRenderer().render(day, Format.HTML).contains("<footer>" + counts + "</footer>"));

        Event two = Event.of(List.of(article("bbb222", "DW", null, "Flood too")));
        DailyBriefing more = new DailyBriefing(2, List.of(), List.of(one, two), new DailyBriefing.Calls(0, 0, 0));
        assertTrue(new DailyRenderer().render(more, Format.MARKDOWN).contains("\n2 articles · 2 events (0 briefed, 0 failed, 2 also reported)"));
    }
}
