package dev.brief;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ./brief launcher: it builds the jar when there is none or when code, the bundled prompts or
 * pom.xml changed, never for prompts/tests (suites and recorded cassettes), makes its class-data
 * archive once per build, and starts java with it. Run on a copy of the script, with a Maven wrapper
 * and a java that only write down how they were called.
 */
class LauncherTest {
    @TempDir
    Path project;
    private Path calls;

    @BeforeEach
    void copyTheLauncher() throws IOException {
        Files.copy(Path.of("brief"), project.resolve("brief"));
        Files.createDirectories(project.resolve("src/main/java"));
        Files.createDirectories(project.resolve("prompts/tests"));
        Files.writeString(project.resolve("pom.xml"), "<project/>");
        Files.writeString(project.resolve("src/main/java/A.java"), "class A {}");
        Files.writeString(project.resolve("prompts/system.md"), "system");
        calls = project.resolve("calls.txt");
        executable(project.resolve("mvnw"), "#!/bin/sh\necho \"mvnw $*\" >> \"" + calls + "\"\nmkdir -p target && echo jar > target/brief.jar\n");
        Path bin = Files.createDirectories(project.resolve("bin"));
        // A java that writes the class list or archive it is asked for, and otherwise says how it was run.
        executable(bin.resolve("java"), """
                #!/bin/sh
                echo "java $*" >> "%s"
                for a in "$@"; do
                  case "$a" in
                    -XX:DumpLoadedClassList=*) echo "java/lang/Object" > "${a#*=}" ;;
                    -XX:SharedArchiveFile=*) case "$*" in *-Xshare:dump*) echo archive > "${a#*=}" ;; esac ;;
                  esac
                done
                """.formatted(calls));
    }

    private static void executable(Path file, String text) throws IOException {
        Files.writeString(file, text);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private record Run(int exit, String err, List<String> calls) {
        long builds() {
            return calls.stream().filter(c -> c.startsWith("mvnw ")).count();
        }

        String start() {
            return calls.get(calls.size() - 1);
        }
    }

    private Run run(String... args) throws Exception {
        Files.deleteIfExists(calls);
        List<String> command = new java.util.ArrayList<>(List.of("sh", project.resolve("brief").toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(project.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        Map<String, String> env = pb.environment();
        env.put("PATH", project.resolve("bin") + ":/usr/bin:/bin");
        env.remove("BRIEF_JAVA_OPTS");
        Process p = pb.start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = p.waitFor();
        return new Run(exit, err, Files.exists(calls) ? Files.readAllLines(calls) : List.of());
    }

    /** Makes a file newer than the jar, as an edit after the build would. */
    private void touchAfterTheBuild(String file) throws IOException {
        Path jar = project.resolve("target/brief.jar");
        Path f = project.resolve(file);
        Files.createDirectories(f.getParent());
        if (!Files.exists(f)) {
            Files.writeString(f, "changed");
        }
        Files.setLastModifiedTime(f, FileTime.from(Files.getLastModifiedTime(jar).toInstant().plusSeconds(5)));
        // A new file also changes its folder, which the launcher sees too; an edited one does not.
        Files.setLastModifiedTime(f.getParent(), Files.getLastModifiedTime(jar));
    }

    /**
     * Puts the last build a minute back: sources (files and folders) before the jar, the jar before its
     * archive stamp, so that file times within one second cannot decide what the next run does.
     */
    private void ageTheArchive() throws IOException {
        Instant built = Instant.now().minusSeconds(60);
        for (String tree : List.of("src", "prompts", "pom.xml")) {
            try (var files = Files.walk(project.resolve(tree))) {
                for (Path f : files.toList()) {
                    Files.setLastModifiedTime(f, FileTime.from(built.minusSeconds(60)));
                }
            }
        }
        Files.setLastModifiedTime(project.resolve("target/brief.jar"), FileTime.from(built));
        Files.setLastModifiedTime(project.resolve("target/brief.jsa.java"), FileTime.from(built.plusSeconds(1)));
    }

    @Test
    void theFirstRunBuildsTheJarMakesTheArchiveAndStartsWithIt() throws Exception {
        Run first = run("--version");
        assertEquals(0, first.exit(), first.err());
        assertEquals(1, first.builds(), first.calls().toString());
        assertTrue(first.err().contains("building target/brief.jar"), first.err());
        assertTrue(first.err().contains("preparing a class-data archive"), first.err());
        assertTrue(Files.exists(project.resolve("target/brief.jsa")), "the archive is made after the build");
        assertTrue(first.start().contains("-XX:SharedArchiveFile=" + project.resolve("target/brief.jsa")), first.start());
        assertTrue(first.start().endsWith("-jar " + project.resolve("target/brief.jar") + " --version"), first.start());
    }

    @Test
    void aLaterRunNeitherBuildsNorRemakesTheArchiveAndSaysNothing() throws Exception {
        run("--version");
        ageTheArchive();
        Run again = run("--version");
        assertEquals(0, again.builds(), again.calls().toString());
        assertEquals(List.of(again.start()), again.calls(), "one java call: the command itself");
        assertEquals("", again.err());
    }

    @Test
    void recordingCassettesUnderPromptTestsDoesNotRebuild() throws Exception {
        run("--version");
        ageTheArchive();
        touchAfterTheBuild("prompts/tests/golden/mappings/chat-1.json");
        Run after = run("--version");
        assertEquals(0, after.builds(), "prompts/tests is not in the jar: " + after.err());
    }

    @Test
    void aChangedSourceOrBundledPromptRebuildsAndSaysWhich() throws Exception {
        run("--version");
        ageTheArchive();
        touchAfterTheBuild("src/main/java/A.java");
        Run code = run("--version");
        assertEquals(1, code.builds());
        assertTrue(code.err().contains("src/main/java/A.java changed"), code.err());
        assertTrue(code.err().contains("preparing a class-data archive"), "a new jar gets a new archive: " + code.err());

        ageTheArchive();
        touchAfterTheBuild("prompts/system.md");
        Run prompt = run("--version");
        assertEquals(1, prompt.builds());
        assertTrue(prompt.err().contains("prompts/system.md changed"), prompt.err());
    }

    @Test
    void quietSilencesTheLaunchersNotices() throws Exception {
        Run quiet = run("event", "seeds", "-q");
        assertEquals(0, quiet.exit());
        assertEquals(1, quiet.builds(), "it still builds");
        assertEquals("", quiet.err());
    }

    @Test
    void anArchiveThatCannotBeMadeIsSaidOnceAndBriefStartsWithoutIt() throws Exception {
        executable(project.resolve("bin/java"), """
                #!/bin/sh
                echo "java $*" >> "%s"
                case "$*" in *-Xshare:dump*) exit 1 ;; esac
                """.formatted(calls));
        Run first = run("--version");
        assertEquals(0, first.exit(), first.err());
        assertTrue(first.err().contains("could not make the class-data archive; brief starts without it"), first.err());
        assertFalse(first.start().contains("SharedArchiveFile"), first.start());
        ageTheArchive();
        Run again = run("--version");
        assertEquals(List.of(again.start()), again.calls(), "tried once per build, not on every start");
    }
}
