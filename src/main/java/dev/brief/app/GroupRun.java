package dev.brief.app;

import dev.brief.Console;
import dev.brief.group.EventGrouper;
import dev.brief.group.Grouping;
import dev.brief.read.ReadSettings;
import java.io.InputStream;
import java.util.List;

/** brief group: the inputs read and grouped into events, with no model call. */
public final class GroupRun {
    private GroupRun() {}

    /** @param windowDays no event spans this many days or more; null for no limit */
    public static Grouping run(List<String> inputs, ReadSettings reading, Integer windowDays, Console console, InputStream stdin) {
        var articles = Inputs.read(inputs, reading, console, stdin).articles();
        console.debug("grouping " + articles.size() + " articles (loading the embedding model)");
        return new EventGrouper(windowDays).group(articles);
    }
}
