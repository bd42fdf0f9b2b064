package dev.brief.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.brief.BriefException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** -o writes to the path the user named: through links, into devices and FIFOs, with the usual permissions. */
class OutputFileTest {
    @TempDir
    Path tmp;

    @Test
    void aSymlinkStaysALinkAndItsTargetGetsTheText() throws IOException {
        Path real = tmp.resolve("real.md");
        Files.writeString(real, "yesterday");
        Path dir = Files.createDirectory(tmp.resolve("sl"));
        Path link = Files.createSymbolicLink(dir.resolve("link.md"), Path.of("../real.md"));

        OutputFile.write(link, "today");

        assertTrue(Files.isSymbolicLink(link), "the link is still a link");
        assertEquals("today", Files.readString(real));
        assertEquals(List.of(link), list(dir), "nothing written next to the link");
        assertEquals(List.of(real, dir), list(tmp), "no temporary file left next to the target");
    }

    @Test
    void aDanglingSymlinkGetsItsTargetCreated() throws IOException {
        Path link = Files.createSymbolicLink(tmp.resolve("latest.md"), Path.of("2025-07-11.md"));

        OutputFile.write(link, "today");

        assertTrue(Files.isSymbolicLink(link));
        assertEquals("today", Files.readString(tmp.resolve("2025-07-11.md")));
    }

    @Test
    void aFifoIsWrittenToNotReplaced() throws Exception {
        Path fifo = tmp.resolve("pipe");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertEquals(0, mkfifo.waitFor(), "mkfifo");
        CompletableFuture<String> reader = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                reader.complete(Files.readString(fifo, StandardCharsets.UTF_8));
            } catch (IOException e) {
                reader.completeExceptionally(e);
            }
        });
        t.setDaemon(true); // if the FIFO were replaced, nothing would ever open it for writing
        t.start();

        OutputFile.write(fifo, "through the pipe");

        assertFalse(Files.isRegularFile(fifo, LinkOption.NOFOLLOW_LINKS), "the FIFO was replaced by a file");
        assertEquals("through the pipe", reader.get(10, TimeUnit.SECONDS));
    }

    @Test
    void aSymlinkToAFifoIsFollowed() throws Exception {
        Path fifo = tmp.resolve("pipe");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor(), "mkfifo");
        Path link = Files.createSymbolicLink(tmp.resolve("out.md"), fifo.getFileName());
        CompletableFuture<String> reader = CompletableFuture.supplyAsync(() -> {
            try {
                return Files.readString(fifo);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });

        OutputFile.write(link, "via the link");

        assertEquals("via the link", reader.get(10, TimeUnit.SECONDS));
        assertTrue(Files.isSymbolicLink(link));
    }

    @Test
    void aNewFileGetsTheUmaskPermissionsNotPrivateOnes() throws IOException {
        Path reference = Files.createFile(tmp.resolve("made-by-any-program"));
        Path out = tmp.resolve("briefing.md");

        OutputFile.write(out, "text");

        assertEquals(PosixFilePermissions.toString(Files.getPosixFilePermissions(reference)),
                PosixFilePermissions.toString(Files.getPosixFilePermissions(out)));
    }

    @Test
    void aReplacedFileKeepsItsPermissions() throws IOException {
        Path out = tmp.resolve("newsletter.html");
        Files.writeString(out, "old");
        Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rw-r--r--"));

        OutputFile.write(out, "new");
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(out)));

        Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rw-r-----"));
        OutputFile.write(out, "newer");
        assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(out)));
        assertEquals("newer", Files.readString(out));
    }

    @Test
    void theErrorNamesTheOptionThatChoseThePath() {
        Path out = tmp.resolve("nodir/j.xml");

        BriefException e = assertThrows(BriefException.class, () -> OutputFile.write(out, "x", "--junit"));

        assertEquals("cannot write " + out + " (its folder does not exist); choose a writable path with --junit", e.getMessage());
    }

    private static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList();
        }
    }
}
