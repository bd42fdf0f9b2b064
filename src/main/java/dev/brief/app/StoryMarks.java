package dev.brief.app;

import dev.brief.domain.Briefing;
import dev.brief.domain.DailyBriefing.Section;
import dev.brief.domain.DailyBriefing.StoryMark;
import dev.brief.domain.Event;
import dev.brief.domain.Story;
import dev.brief.engine.extractive.Restatement;
import java.util.ArrayList;
import java.util.List;

/** One event of a daily run briefed as its story asks: in full when new, what is new when it continues, one line when nothing is. */
final class StoryMarks {
    private StoryMarks() {}

    /**
     * @param story the event's story, or null without a history
     * @param full  brief a continuing story in full too, and never collapse it
     */
    static Section brief(BriefingSession session, Event event, Story story, boolean full) {
        if (story == null) {
            return new Section(event, session.brief(event), null);
        }
        if (!story.continues()) {
            return new Section(event, session.brief(event), null, new StoryMark(StoryMark.Status.NEW, story, List.of(), true));
        }
        if (full) {
            Briefing b = session.brief(event);
            List<Briefing.Item> fresh = Restatement.newOnly(items(b), story.said());
            return new Section(event, b, null, new StoryMark(fresh.isEmpty() ? StoryMark.Status.UNCHANGED : StoryMark.Status.DEVELOPING, story, fresh, true));
        }
        Briefing update = session.update(event, story);
        if (update == null) {
            return new Section(event, null, null, new StoryMark(StoryMark.Status.UNCHANGED, story, List.of(), false));
        }
        return new Section(event, update, null, new StoryMark(StoryMark.Status.DEVELOPING, story, items(update), false));
    }

    /** The mark of an event whose briefing failed: its story still continues, or starts. */
    static StoryMark failed(Story story) {
        return story == null ? null : new StoryMark(story.continues() ? StoryMark.Status.DEVELOPING : StoryMark.Status.NEW, story, List.of(), true);
    }

    /** A briefing's statements, most important first: summary, agreements, then single-source details. */
    private static List<Briefing.Item> items(Briefing b) {
        List<Briefing.Item> out = new ArrayList<>(b.summary());
        out.addAll(b.agreements());
        out.addAll(b.singleSource());
        return out;
    }
}
