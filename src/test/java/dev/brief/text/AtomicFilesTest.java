package dev.brief.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
    @TempDir
    Path dir;

    @Test
    void writesANewFileAndReplacesAnOldOneLeavingNoTemporaryFile() throws IOException {
        for (String content : List.of("first", "second")) {
            AtomicFiles.write(dir.resolve("answer.json"), content.getBytes());
            assertEquals(content, Files.readString(dir.resolve("answer.json")));
        }
        assertEquals(List.of(dir.resolve("answer.json")), list(dir));
    }

    @Test
    void aFailedWriteLeavesTheOldFileAndNoTemporaryFile() throws IOException {
        Path file = dir.resolve("briefing.md");
        Files.writeString(file, "old");
        IOException e = assertThrows(IOException.class,
                () -> AtomicFiles.write(file, "new".getBytes(), temporary -> { throw new IOException("disk full"); }));
        assertEquals("disk full", e.getMessage());
        assertEquals("old", Files.readString(file));
        assertEquals(List.of(file), list(dir));
    }

    @Test
    void aMoveThatFailsLeavesWhatWasThereAndNoTemporaryFile() throws IOException {
        Path target = Files.createDirectory(dir.resolve("in-the-way"));
        Path inside = Files.writeString(target.resolve("keep.txt"), "kept");
        assertThrows(IOException.class, () -> AtomicFiles.write(target, "new"));
        assertEquals("kept", Files.readString(inside));
        assertEquals(List.of(target), list(dir));
    }

    @Test
    void aMissingFolderIsAnErrorAndCreatesNothing() {
        assertThrows(NoSuchFileException.class, () -> AtomicFiles.write(dir.resolve("no/such/file"), "x"));
        assertEquals(List.of(), list(dir));
    }

    @Test
    void whyNotWrittenTellsAPermissionAReadOnlyFileSystemAndAFileInTheWayApart() throws IOException {
        Path file = Files.writeString(dir.resolve("cache"), "a regular file where a folder should be");
        IOException createFolder = assertThrows(IOException.class, () -> Files.createDirectories(file));
        assertEquals("a file is in the way of " + file, AtomicFiles.whyNotWritten(createFolder));
        IOException writeInside = assertThrows(IOException.class, () -> AtomicFiles.write(file.resolve("entry.json"), "{}"));
        assertEquals("a file is in the way of " + writeInside.getMessage().split(":")[0], AtomicFiles.whyNotWritten(writeInside));
        // What the JDK throws on Linux for EACCES and EROFS (root, who runs these tests, is never refused, so they are made here).
        assertEquals("permission denied", AtomicFiles.whyNotWritten(new java.nio.file.AccessDeniedException("/var/cache/brief/llm")));
        assertEquals("the file system is read-only",
                AtomicFiles.whyNotWritten(new java.nio.file.FileSystemException("/mnt/ro/llm", null, "Read-only file system")));
        assertEquals("No space left on device", AtomicFiles.whyNotWritten(new IOException("No space left on device")));
    }

    private static List<Path> list(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
