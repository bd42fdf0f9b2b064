package dev.brief.history;

import dev.brief.BriefException;
import dev.brief.ExitCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * One SQLite connection to a history file, checked to be brief's and of a version this brief reads,
 * and migrated to the current version. A file that is not brief's, or of a newer brief, is refused
 * before anything is written to it. Writers wait for each other up to the busy timeout.
 */
final class HistoryFile implements AutoCloseable {
    /** How long a run waits for another one writing to the same file before it gives up. */
    static final Duration BUSY_TIMEOUT = Duration.ofSeconds(10);

    private final Path path;
    private final Connection connection;
    private final Duration busyTimeout;

    private HistoryFile(Path path, Connection connection, Duration busyTimeout) {
        this.path = path;
        this.connection = connection;
        this.busyTimeout = busyTimeout;
    }

    /** Opens the file for reading and writing, creating it (and its folder) when missing. */
    static HistoryFile open(Path path, Duration busyTimeout) {
        Path parent = path.toAbsolutePath().getParent();
        try {
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException | SecurityException e) {
            throw new BriefException(ExitCode.HISTORY, "cannot create the folder of the history " + path + " (" + e.getMessage() + ")",
                    "pass --history FILE in a writable folder, or --no-history", e);
        }
        if (Files.isDirectory(path)) {
            throw new BriefException(ExitCode.HISTORY, "the history " + path + " is a folder", "pass --history FILE naming a file", null);
        }
        return connect(path, busyTimeout, false).checkedAndMigrated();
    }

    /** Opens an existing file for reading only: a command that lists stories never creates one. Null when there is none. */
    static HistoryFile openExisting(Path path) {
        if (!Files.isRegularFile(path)) {
            return null;
        }
        HistoryFile file = connect(path, BUSY_TIMEOUT, true);
        try {
            file.check();
            return file;
        } catch (RuntimeException e) {
            file.close();
            throw e;
        }
    }

    private static HistoryFile connect(Path path, Duration busyTimeout, boolean readOnly) {
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout((int) busyTimeout.toMillis());
        config.enforceForeignKeys(true);
        config.setReadOnly(readOnly);
        // A write transaction takes the write lock when it starts, so that two runs queue instead of deadlocking.
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        try {
            return new HistoryFile(path, config.createConnection("jdbc:sqlite:" + path.toAbsolutePath()), busyTimeout);
        } catch (SQLException e) {
            throw new BriefException(ExitCode.HISTORY, "cannot open the history " + path + " (" + e.getMessage() + ")",
                    "check its permissions, or pass another --history FILE, or --no-history", e);
        }
    }

    Path path() {
        return path;
    }

    Connection connection() {
        return connection;
    }

    /** The version of a brief file, or 0 for an empty database; refuses a foreign or newer file. */
    private int check() {
        int applicationId;
        int version;
        boolean empty;
        // One statement, so one snapshot: another run may be creating the tables right now.
        try (Statement s = connection.createStatement();
                ResultSet r = s.executeQuery("SELECT (SELECT application_id FROM pragma_application_id()),"
                        + " (SELECT user_version FROM pragma_user_version()), (SELECT count(*) FROM sqlite_schema)")) {
            r.next();
            applicationId = r.getInt(1);
            version = r.getInt(2);
            empty = r.getInt(3) == 0;
        } catch (SQLException e) {
            throw failure("read", e);
        }
        if (applicationId == 0 && version == 0 && empty) {
            return 0;
        }
        if (applicationId != Schema.APPLICATION_ID) {
            throw new BriefException(ExitCode.HISTORY, path + " is a database of another program, not a brief history; it was left untouched",
                    "pass --history FILE naming a new or a brief history file, or --no-history", null);
        }
        if (version > Schema.CURRENT) {
            throw new BriefException(ExitCode.HISTORY, "the history " + path + " was written by a newer brief (history version " + version
                    + "; this brief reads up to " + Schema.CURRENT + "); it was left untouched",
                    "upgrade brief, or pass another --history FILE, or --no-history", null);
        }
        return version;
    }

    private HistoryFile checkedAndMigrated() {
        try {
            if (check() < Schema.CURRENT) {
                migrate();
            }
            return this;
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    /** Applies the missing migrations in one transaction; a second run that raced here finds the work done. */
    private void migrate() {
        inTransaction(c -> {
            int version;
            try (Statement s = c.createStatement()) {
                version = intPragma(s, "user_version");
                for (List<String> migration : Schema.MIGRATIONS.subList(version, Schema.CURRENT)) {
                    for (String sql : migration) {
                        s.execute(sql);
                    }
                }
                s.execute("PRAGMA application_id = " + Schema.APPLICATION_ID);
                s.execute("PRAGMA user_version = " + Schema.CURRENT);
            }
            return null;
        });
    }

    interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    /** Runs work in one write transaction: all of it is stored, or none of it. */
    <T> T inTransaction(Work<T> work) {
        try {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw failure("write", e);
        }
    }

    /** Runs a query outside any write transaction. */
    <T> T read(Work<T> work) {
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw failure("read", e);
        }
    }

    /** One line for what went wrong with the file; a busy file names the wait, a damaged one says so. */
    BriefException failure(String doing, SQLException e) {
        // The primary result code: the low byte of an extended one (SQLITE_BUSY_SNAPSHOT is a SQLITE_BUSY).
        int code = e instanceof SQLiteException se ? se.getResultCode().code & 0xff : e.getErrorCode() & 0xff;
        if (code == SQLiteErrorCode.SQLITE_BUSY.code || code == SQLiteErrorCode.SQLITE_LOCKED.code) {
            return new BriefException(ExitCode.HISTORY, "the history " + path + " stayed busy for "
                    + (busyTimeout.toMillis() % 1000 == 0 ? Long.toString(busyTimeout.toSeconds()) : Double.toString(busyTimeout.toMillis() / 1000.0))
                    + " s: another brief is writing to it", "run again when it has finished", e);
        }
        if (code == SQLiteErrorCode.SQLITE_NOTADB.code || code == SQLiteErrorCode.SQLITE_CORRUPT.code) {
            return new BriefException(ExitCode.HISTORY, path + " is not a brief history (not an SQLite database, or a damaged one); it was left untouched",
                    "pass --history FILE naming a new or a brief history file, or --no-history", e);
        }
        if (code == SQLiteErrorCode.SQLITE_READONLY.code || code == SQLiteErrorCode.SQLITE_CANTOPEN.code
                || code == SQLiteErrorCode.SQLITE_PERM.code || code == SQLiteErrorCode.SQLITE_FULL.code || code == SQLiteErrorCode.SQLITE_IOERR.code) {
            return new BriefException(ExitCode.HISTORY, "cannot " + doing + " the history " + path + " (" + e.getMessage() + ")",
                    "check its permissions and the free space, or pass another --history FILE, or --no-history", e);
        }
        return new BriefException(ExitCode.HISTORY, "cannot " + doing + " the history " + path + " (" + e.getMessage() + ")",
                "pass another --history FILE, or --no-history", e);
    }

    private static int intPragma(Statement s, String name) throws SQLException {
        try (ResultSet r = s.executeQuery("PRAGMA " + name)) {
            return r.next() ? r.getInt(1) : 0;
        }
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            // Nothing is pending: every write committed or rolled back before this.
        }
    }
}
