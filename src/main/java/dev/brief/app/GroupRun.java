package dev.brief.app;

import dev.brief.Console;
import dev.brief.Progress;
import dev.brief.group.EventGrouper;
import dev.brief.group.Grouping;
import dev.brief.read.ReadSettings;
import java.io.InputStream;
import java.util.List;

/** brief group: the inputs read and grouped into events, with no model call. */
public final class GroupRun {
    /** From this many articles, grouping shows that it is at work. */
    static final int LARGE = 500;

    private GroupRun() {}

    /** @param windowDays no event spans this many days or more; null for no limit */
    public static Grouping run(List<String> inputs, ReadSettings reading, Integer windowDays, Console console, InputStream stdin) {
        var articles = Inputs.read(inputs, reading, console, stdin).articles();
        if (articles.size() < LARGE) {
            console.debug("grouping " + articles.size() + " articles (loading the embedding model)");
            return new EventGrouper(windowDays).group(articles);
        }
        // Embedding thousands of articles takes minutes: say so, and on a terminal show for how long it has run.
        console.notice("grouping " + articles.size() + " articles");
        try (Progress waiting = new Progress(console, Progress.stderrIsTerminal(console), "grouping " + articles.size() + " articles", -1)) {
            waiting.start();
            return new EventGrouper(windowDays).group(articles);
        }
    }
}
