package dev.brief.app;

import dev.brief.Console;
import dev.brief.Progress;
import dev.brief.domain.Article;
import dev.brief.domain.Briefing;
import dev.brief.domain.Event;
import dev.brief.group.EventGrouper;
import dev.brief.read.ReadResult;
import dev.brief.read.ReadSettings;
import java.io.InputStream;
import java.util.List;

/** brief event: the articles given, read and taken as one story, briefed and checked. */
public final class EventRun {
    private final ModelSettings settings;
    private final Console console;
    private final InputStream stdin;
    private final int parallel;
    private final String checkWith;

    public EventRun(ModelSettings settings, Console console, InputStream stdin) {
        this(settings, console, stdin, 1, null);
    }

    /**
     * @param parallel  how many model calls may run at once (--parallel)
     * @param checkWith the model that checks disputed or uncertain statements (--check-with), or null
     */
    public EventRun(ModelSettings settings, Console console, InputStream stdin, int parallel, String checkWith) {
        this.settings = settings;
        this.console = console;
        this.stdin = stdin;
        this.parallel = parallel;
        this.checkWith = checkWith;
    }

    public Briefing run(List<String> inputs, ReadSettings reading) {
        ReadResult read = Inputs.read(inputs, reading, console, stdin);
        noticeIfSeveralStories(read.articles());
        try (BriefingSession session = new BriefingSession(settings.withRequestsPerServer(parallel), console, read.articles(), parallel, checkWith)
                .showingCalls(Progress.stderrIsTerminal(console))) {
            return session.brief(Event.of(read.articles()));
        }
    }

    /**
     * brief event takes its articles as one story; a notice says so when grouping sees several. Only
     * from 3 articles: two are nearly always one story, and grouping loads the embedding model.
     */
    private void noticeIfSeveralStories(List<Article> articles) {
        if (articles.size() < 3 || console.quiet()) {
            return; // two articles are one story or a pair to compare; under -q nobody would see the notice
        }
        int stories = new EventGrouper().group(articles).events().size();
        if (stories > 1) {
            console.notice("these " + articles.size() + " articles look like " + stories
                    + " different stories; 'brief group' shows them, 'brief daily' briefs each");
        }
    }
}
