package dev.brief.app;

import dev.brief.CliRun;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The repository's own prompt suites (prompts/tests/*.yaml) run with ./mvnw verify, as in CI. */
class PromptSuitesTest {
    @Test
    void repositorySuitesPass() throws IOException {
        String[] suites;
        try (Stream<Path> files = Files.list(Path.of("prompts/tests"))) {
            suites = files.filter(f -> f.toString().endsWith(".yaml")).sorted().map(Path::toString).toArray(String[]::new);
        }
        assertTrue(suites.length > 0, "no suites in prompts/tests");
        String[] args = Stream.concat(Stream.of("test"), Stream.of(suites)).toArray(String[]::new);
        CliRun run = CliRun.of(args);
        assertEquals(0, run.exitCode(), run.out() + run.err());
        assertFalse(run.out().contains("FAIL"), run.out());
        assertTrue(run.out().endsWith(" passed, 0 failed\n"), run.out());
    }
}
