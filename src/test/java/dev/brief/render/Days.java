package dev.brief.render;

import dev.brief.domain.Article;
import dev.brief.domain.Briefing;
import dev.brief.domain.DailyBriefing;
import dev.brief.domain.Engine;
import dev.brief.domain.Event;
import dev.brief.domain.Source;
import dev.brief.read.InputReport;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Hand-made daily documents for the site and feed tests: no reading, grouping or engine involved. */
final class Days {
    private Days() {}

    static Article article(String id, String outlet, String agency, String title, LocalDate day) {
        return new Article(id, outlet, agency, title, null, day, "https://" + outlet.toLowerCase().replace(' ', '-') + ".example/" + id, null,
                "Text of " + title + ".", id, null);
    }

    /** An event of two outlets' reports on the day, briefed with the given summary. */
    static DailyBriefing.Section event(String key, String headline, String summary, LocalDate day) {
        Article a = article(key + "1", "Harbour Post", null, headline, day);
        Article b = article(key + "2", "Northern Courier", null, headline + ", again", day);
        List<Source> sources = List.of(Source.of(a, 1), Source.of(b, 2));
        Briefing briefing = new Briefing(headline, Engine.EXTRACTIVE, null, null, null, sources,
                List.of(Briefing.Item.of(summary, List.of(a.id(), b.id()))), List.of(), List.of(), List.of(),
                Briefing.Usage.NONE, new Briefing.Verification(1, 1, 0, 0));
        return new DailyBriefing.Section(new Event("e-" + key, headline, List.of(a, b)), briefing, null);
    }

    static DailyBriefing day(DailyBriefing.Section... sections) {
        List<DailyBriefing.Section> all = new ArrayList<>(List.of(sections));
        return new DailyBriefing(all.size() * 2, all, List.of(), new DailyBriefing.Calls(0, 0, 0));
    }

    static DailyRenderer renderer(Instant now) {
        InputReport feed = new InputReport("https://harbourpost.example/feed.xml", InputReport.Kind.FEED, List.of(), 0, List.of(), List.of(), null,
                now.minus(Duration.ofHours(2)));
        return new DailyRenderer().withCoverage(new Coverage(now, Coverage.DEFAULT_STALE_AFTER, List.of(feed), List.of(), Map.of()));
    }
}
