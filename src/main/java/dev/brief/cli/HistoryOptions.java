package dev.brief.cli;

import dev.brief.app.Folders;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Which history file a command uses: --history, --no-history. */
public final class HistoryOptions {
    @Option(names = "--history", paramLabel = "FILE",
            description = "The history of daily runs (env BRIEF_HISTORY; default $XDG_DATA_HOME/brief/history.db or ~/.local/share/brief/history.db).")
    Path history;

    @Option(names = "--no-history", description = "Use no history: every event is new, and nothing is stored.")
    boolean noHistory;

    /** The file, or null with --no-history. */
    Path file() {
        return noHistory ? null : history != null ? history : Folders.history();
    }
}
