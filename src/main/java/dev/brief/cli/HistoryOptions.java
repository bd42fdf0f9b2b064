package dev.brief.cli;

import dev.brief.app.Folders;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Which history file a command uses: --history. (Only daily can do without one: its --no-history is its own.) */
public final class HistoryOptions {
    // One line of the help for each path: picocli wraps a long line at the dots inside a path.
    @Option(names = "--history", paramLabel = "FILE",
            description = {"The history of daily runs (env BRIEF_HISTORY).", "Default: ~/.local/share/brief/history.db,",
                "or $XDG_DATA_HOME/brief/history.db if set."})
    Path history;

    Path file() {
        return history != null ? history : Folders.history();
    }
}
