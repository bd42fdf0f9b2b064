package dev.brief.app;

import java.nio.file.Path;

/** Where brief keeps what it makes on the user's machine, by the XDG rules. */
public final class Folders {
    private Folders() {}

    /** Cached model answers and fetched pages: $BRIEF_CACHE_DIR, else $XDG_CACHE_HOME/brief, else ~/.cache/brief. */
    public static Path cache() {
        String own = System.getenv("BRIEF_CACHE_DIR");
        if (own != null && !own.isBlank()) {
            return Path.of(own);
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("brief");
    }

    /** The history of daily runs: $BRIEF_HISTORY, else $XDG_DATA_HOME/brief/history.db, else ~/.local/share/brief/history.db. */
    public static Path history() {
        String own = System.getenv("BRIEF_HISTORY");
        if (own != null && !own.isBlank()) {
            return Path.of(own);
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".local", "share");
        return base.resolve("brief").resolve("history.db");
    }
}
