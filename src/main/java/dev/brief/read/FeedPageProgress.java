package dev.brief.read;

import dev.brief.Console;
import dev.brief.Progress;

/** The progress of fetching one feed's pages, shown only when there are enough of them to wait for. */
final class FeedPageProgress implements FeedReader.Fetching {
    private final Console console;
    private final String feed;
    private final int from;
    private Progress progress;

    FeedPageProgress(Console console, String feed, int from) {
        this.console = console;
        this.feed = feed;
        this.from = from;
    }

    @Override
    public void start(int pages) {
        if (pages >= from) {
            progress = new Progress(console, Progress.stderrIsTerminal(console), "pages of " + feed, pages);
            progress.start();
        }
    }

    @Override
    public void step() {
        if (progress != null) {
            progress.step(null);
        }
    }

    @Override
    public void finish() {
        if (progress != null) {
            progress.close();
        }
    }
}
