package dev.brief.render;

import dev.brief.domain.Article;
import dev.brief.domain.DailyBriefing.Section;
import dev.brief.domain.DailyBriefing.StoryMark;
import dev.brief.domain.Source;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/** The words every human-readable format uses for an event's place in its story. */
final class StoryText {
    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private StoryText() {}

    /** What the contents say after an event: "New", "Developing", "Unchanged"; null without a history. */
    static String status(StoryMark mark) {
        if (mark == null) {
            return null;
        }
        return switch (mark.status()) {
            case NEW -> "New";
            case DEVELOPING -> "Developing";
            case UNCHANGED -> "Unchanged";
        };
    }

    /** "Developing · day 3 · first reported 25 Nov", for a story reported before today; null otherwise. */
    static String line(StoryMark mark) {
        if (mark == null || !mark.story().continues()) {
            return null;
        }
        return status(mark) + " · day " + mark.story().day() + " · first reported " + date(mark.story().firstSeen(), mark.story().previousDate());
    }

    /** "New since 26 Nov". */
    static String newSince(StoryMark mark) {
        return "New since " + date(mark.story().previousDate(), mark.story().previousDate());
    }

    /** "No new developments: <headline> — 3 more reports, from X, Y, Z". */
    static String collapsed(Section s) {
        String headline = s.story().story().headline() != null ? s.story().story().headline() : s.event().label();
        Set<String> outlets = new LinkedHashSet<>();
        for (Article a : s.event().articles()) {
            outlets.add(Source.of(a, 0).displayName());
        }
        int n = s.event().articles().size();
        return "No new developments: " + oneLine(headline) + " — " + n + " more " + (n == 1 ? "report" : "reports") + ", from "
                + String.join(", ", outlets);
    }

    /** The year only when it is not the story's latest year. */
    private static String date(LocalDate d, LocalDate reference) {
        return d.getYear() == (reference == null ? d : reference).getYear() ? DAY_MONTH.format(d) : DAY_MONTH_YEAR.format(d);
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").strip();
    }
}
