package dev.brief.render;

import dev.brief.BriefException;
import dev.brief.ExitCode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes a result whole or not at all: a reader of the file never sees half a briefing. */
public final class OutputFile {
    private OutputFile() {}

    public static void write(Path target, String content) {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        Path tmp = null;
        try {
            if (Files.isDirectory(absolute)) {
                throw new IOException("it is a directory");
            }
            if (dir == null || !Files.isDirectory(dir)) {
                throw new IOException("its folder does not exist");
            }
            tmp = Files.createTempFile(dir, "." + absolute.getFileName(), ".tmp");
            Files.writeString(tmp, content, StandardCharsets.UTF_8);
            try {
                Files.move(tmp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | SecurityException e) {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // nothing more to clean
                }
            }
            String why = e instanceof java.nio.file.AccessDeniedException ? "permission denied" : e.getMessage();
            throw new BriefException(ExitCode.OUTPUT, "cannot write " + target + " (" + why + "); choose a writable path with -o");
        }
    }
}
