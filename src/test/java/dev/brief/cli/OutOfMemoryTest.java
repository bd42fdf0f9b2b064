package dev.brief.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** brief group on more articles than a small heap holds, in a JVM of its own: one line and exit 70, no stack trace. */
class OutOfMemoryTest {
    @TempDir
    Path tmp;

    @Test
    void runningOutOfMemoryIsOneLineWithWhatToDo() throws IOException, InterruptedException {
        Path records = tmp.resolve("many.jsonl");
        try (BufferedWriter out = Files.newBufferedWriter(records, StandardCharsets.UTF_8)) {
            for (int i = 0; i < 4000; i++) {
                out.write("{\"id\": \"a" + i + "\", \"title\": \"Story " + i + "\", \"text\": \""
                        + ("Record " + i + " tells of harbour cranes, river barges and grain prices in its own words. ").repeat(25) + "\"}\n");
            }
        }
        Process brief = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx24m",
                "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"), "dev.brief.cli.Main", "group", records.toString())
                .redirectOutput(tmp.resolve("out.txt").toFile()).redirectError(tmp.resolve("err.txt").toFile()).start();
        assertTrue(brief.waitFor(120, TimeUnit.SECONDS), "brief ended");
        List<String> err = Files.readAllLines(tmp.resolve("err.txt"));
        assertEquals(70, brief.exitValue(), String.join("\n", err));
        assertEquals(List.of("brief: out of memory; give Java more with BRIEF_JAVA_OPTS=-Xmx4g (the ./brief launcher passes it on), or pass fewer articles"),
                err, "one line, no stack trace");
        assertEquals("", Files.readString(tmp.resolve("out.txt")));
    }
}
