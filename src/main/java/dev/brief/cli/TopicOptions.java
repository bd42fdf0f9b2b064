package dev.brief.cli;

import dev.brief.app.Topics;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;

/** What a reader follows and what they never want: --include, --exclude and --topics. */
public final class TopicOptions {
    @Option(names = "--include", paramLabel = "WORDS", split = ",",
            description = "Brief only the events whose articles mention one of these words or phrases (comma-separated; elect* matches any ending).")
    List<String> include = List.of();

    @Option(names = "--exclude", paramLabel = "WORDS", split = ",",
            description = "Leave out the events whose articles mention one of these words or phrases. Left-out events are listed in the coverage.")
    List<String> exclude = List.of();

    @Option(names = "--topics", paramLabel = "FILE",
            description = "Topics from a file: one a line, - before those to leave out.")
    Path file;

    Topics topics() {
        Topics t = Topics.of(include, exclude);
        return file == null ? t : t.and(Topics.read(file));
    }
}
