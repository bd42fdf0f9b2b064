package dev.brief.render;

import dev.brief.BriefException;
import dev.brief.ExitCode;
import dev.brief.text.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;

/**
 * Writes a result whole or not at all: a reader of the file never sees half a briefing. A symbolic
 * link is followed and its target replaced; a device, FIFO or /dev/stdout is written straight to,
 * never replaced by a file. A new file gets the permissions any program would give it (the umask
 * applies); a replaced file keeps its own.
 */
public final class OutputFile {
    private static final int MAX_LINKS = 40; // as the kernel's ELOOP limit

    private OutputFile() {}

    /** For {@code -o}. */
    public static void write(Path target, String content) {
        write(target, content, "-o");
    }

    /** @param option the option that named the file, so that the error tells what to change */
    /**
     * Fails now if the result could not be written later: a folder in the way, a missing or
     * read-only folder. Cheap, so a long run does not find out at its end.
     */
    public static void checkWritable(Path target, String option) {
        try {
            Path real = followLinks(target.toAbsolutePath());
            if (real == null || (Files.exists(real) && !Files.isRegularFile(real) && !Files.isDirectory(real))) {
                return; // a stream or a device: only writing tells
            }
            if (Files.isDirectory(real)) {
                throw new IOException("it is a directory");
            }
            Path dir = real.getParent();
            if (dir == null || !Files.isDirectory(dir)) {
                throw new IOException("its folder does not exist");
            }
            if (!Files.isWritable(dir)) {
                throw new java.nio.file.AccessDeniedException(dir.toString());
            }
        } catch (IOException | SecurityException e) {
            throw new BriefException(ExitCode.OUTPUT, "cannot write " + target + " (" + why(e) + "); choose a writable path with " + option);
        }
    }

    public static void write(Path target, String content, String option) {
        try {
            Path real = followLinks(target.toAbsolutePath());
            if (real == null) {
                // /dev/stdout and /dev/fd/N lead through /proc to whatever the descriptor is open on;
                // appending there is what the shell's stream already expects.
                writeStraight(target, content, StandardOpenOption.APPEND);
                return;
            }
            if (Files.isDirectory(real)) {
                throw new IOException("it is a directory");
            }
            if (Files.exists(real) && !Files.isRegularFile(real)) {
                writeStraight(real, content);
                return;
            }
            Path dir = real.getParent();
            if (dir == null || !Files.isDirectory(dir)) {
                throw new IOException("its folder does not exist");
            }
            AtomicFiles.write(real, content.getBytes(StandardCharsets.UTF_8), tmp -> keepPermissions(real, tmp));
        } catch (IOException | SecurityException e) {
            throw new BriefException(ExitCode.OUTPUT, "cannot write " + target + " (" + why(e) + "); choose a writable path with " + option);
        }
    }

    /**
     * The file a chain of symbolic links ends at (which may not exist yet), or null when the chain
     * passes through /proc, whose links name open descriptors rather than paths.
     */
    private static Path followLinks(Path path) throws IOException {
        Path p = path;
        for (int hops = 0; Files.isSymbolicLink(p); hops++) {
            if (hops == MAX_LINKS) {
                throw new IOException("too many levels of symbolic links");
            }
            if (p.startsWith("/proc")) {
                return null;
            }
            Path link = Files.readSymbolicLink(p);
            Path dir = p.getParent();
            // ".." in a link is taken from where the link really sits, as the kernel takes it
            p = (Files.isDirectory(dir) ? dir.toRealPath() : dir).resolve(link).normalize();
        }
        return p.startsWith("/proc") ? null : p;
    }

    private static void writeStraight(Path path, String content, StandardOpenOption... extra) throws IOException {
        StandardOpenOption[] options = new StandardOpenOption[extra.length + 1];
        options[0] = StandardOpenOption.WRITE;
        System.arraycopy(extra, 0, options, 1, extra.length);
        Files.writeString(path, content, StandardCharsets.UTF_8, options);
    }

    /**
     * A file that is replaced keeps its mode, and its group and owner where we may set them, so that
     * a page the web server could read stays readable.
     */
    private static void keepPermissions(Path existing, Path replacement) throws IOException {
        if (!Files.isRegularFile(existing, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        PosixFileAttributeView view = Files.getFileAttributeView(replacement, PosixFileAttributeView.class);
        if (view == null) {
            return;
        }
        PosixFileAttributes was = Files.readAttributes(existing, PosixFileAttributes.class);
        try {
            if (!was.group().equals(view.readAttributes().group())) {
                view.setGroup(was.group());
            }
            if (!was.owner().equals(view.readAttributes().owner())) {
                view.setOwner(was.owner());
            }
        } catch (IOException notAllowed) {
            // only root may give a file away, and only to a group one belongs to: the mode still holds
        }
        view.setPermissions(was.permissions());
    }

    private static String why(Exception e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return e.getMessage();
    }
}
