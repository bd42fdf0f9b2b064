package dev.brief.text;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Writes a file whole or not at all: the content goes to a temporary file next to the target, which
 * is then moved over it in one step, so a reader (or a run that is killed) never sees half a file.
 * Where the file system cannot move atomically the move is a plain replace. If anything fails, the
 * temporary file is deleted and the old file is left as it was.
 */
public final class AtomicFiles {
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Something to do to the temporary file before the content goes in (set its permissions). */
    @FunctionalInterface
    public interface Prepare {
        void accept(Path temporary) throws IOException;
    }

    private AtomicFiles() {}

    public static void write(Path target, String content) throws IOException {
        write(target, content.getBytes(StandardCharsets.UTF_8), temporary -> { });
    }

    public static void write(Path target, byte[] content) throws IOException {
        write(target, content, temporary -> { });
    }

    /** @param target a file whose folder exists; a symbolic link there is replaced, not followed */
    public static void write(Path target, byte[] content, Prepare prepare) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        // createFile, not createTempFile: the new file gets 0666 minus the umask, as any program's file, not 0600.
        Path tmp = Files.createFile(dir.resolve("." + target.getFileName() + "." + HexFormat.of().toHexDigits(RANDOM.nextLong()) + ".tmp"));
        try {
            prepare.accept(tmp);
            Files.write(tmp, content);
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException | Error e) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
    }

    /**
     * Why a file or folder could not be written, in a few words for a message: a permission, a
     * read-only file system and a file where a folder should be are told apart.
     */
    public static String whyNotWritten(Exception e) {
        if (e instanceof java.nio.file.AccessDeniedException || e instanceof SecurityException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.FileAlreadyExistsException || e instanceof java.nio.file.NotDirectoryException) {
            return "a file is in the way of " + ((java.nio.file.FileSystemException) e).getFile();
        }
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
            String reason = f.getReason().toLowerCase(java.util.Locale.ROOT);
            if (reason.contains("read-only")) {
                return "the file system is read-only";
            }
            if (reason.contains("permission denied") || reason.contains("operation not permitted")) {
                return "permission denied";
            }
            if (reason.contains("not a directory")) {
                return "a file is in the way of " + f.getFile();
            }
        }
        return String.valueOf(e.getMessage());
    }
}
