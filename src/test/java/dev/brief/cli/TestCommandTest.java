package dev.brief.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.brief.CliRun;
import dev.brief.ExitCode;
import dev.brief.FakeOllama;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** brief test: each assertion passes on one hand-written answer and fails on another. */
class TestCommandTest {
    static final Path SEEDS = Path.of("seeds/rubio-lavrov-asean-2025").toAbsolutePath();
    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @TempDir
    Path tmp;

    /** An assertion with its value, an answer it passes on, an answer it fails on, and what the failure says. */
    record Check(String assertion, Object value, String passesOn, String failsOn, String failure) {}

    private List<Check> checks() throws IOException {
        String good = FakeOllama.fixture("seeds-answer.json");
        String bad = Files.readString(Path.of("src/test/resources/suites/bad-answer.json"));
        Path golden = tmp.resolve("seeds.request.txt");
        Files.writeString(golden, CliRun.of("prompts", "render", SEEDS.toString()).out());
        return List.of(
                new Check("everySourceCited", true, good, bad, "source [2] The Moscow Times (AFP) is never cited"),
                new Check("itemsCiteValidSources", true, good, bad, "summary[1] cites no source"),
                new Check("agreementsCiteTwoOutlets", true, good, bad, "agreements[0] cites 1 independent outlet, not 2"),
                new Check("contains", List.of("Sergei"), good, bad, "the briefing does not contain \"Sergei\""),
                new Check("notContains", List.of("Putin said"), good, bad, "the briefing contains \"Putin said\""),
                new Check("maxWords", 100, bad, good, "the briefing has 268 words, more than 100"),
                new Check("sectionsPresent", List.of("differences"), good, bad, "section differences is empty"),
                new Check("sectionsAbsent", List.of("differences"), bad, good, "section differences has 3 item(s)"),
                new Check("verificationPasses", true, good, bad, "the name \"Putin\" is not in the cited source (The Europe Today, 470704)"),
                // The golden request does not depend on the answer: it fails once the golden file is not this request.
                new Check("goldenRequest", golden.getFileName().toString(), good, null, null));
    }

    @Test
    void everyAssertionPassesOnOneAnswerAndFailsOnAnother() throws Exception {
        ObjectNode suite = YAML.createObjectNode();
        ArrayNode cases = suite.putArray("cases");
        List<Check> checks = checks();
        for (Check c : checks) {
            addCase(cases, c.assertion() + " passes", c.passesOn(), c.assertion(), c.value());
            if (c.failsOn() != null) {
                addCase(cases, c.assertion() + " fails", c.failsOn(), c.assertion(), c.value());
            }
        }
        Path file = tmp.resolve("assertions.yaml");
        YAML.writeValue(file.toFile(), suite);
        Path junit = tmp.resolve("report.xml");

        CliRun run = CliRun.of("test", file.toString(), "--junit", junit.toString());

        int failing = (int) checks.stream().filter(c -> c.failsOn() != null).count();
        assertEquals(ExitCode.CHECK_FAILED.code, run.exitCode(), run.out() + run.err());
        List<String> lines = run.out().lines().filter(l -> !l.startsWith("    — ")).toList();
        assertEquals(cases.size() + 1, lines.size(), run.out());
        // A case with two failed expectations says each on its own line.
        assertTrue(run.out().contains(": itemsCiteValidSources fails — summary[1] cites no source\n    — singleSource[0] cites unknown source 'ffffff'\n"), run.out());
        for (Check c : checks) {
            assertTrue(lines.contains("PASS " + file + ": " + c.assertion() + " passes"), run.out());
            if (c.failsOn() != null) {
                String fail = lines.stream().filter(l -> l.startsWith("FAIL " + file + ": " + c.assertion() + " fails — ")).findFirst().orElse("");
                assertTrue(fail.contains(c.failure()), c.assertion() + ": " + fail);
            }
        }
        assertEquals((cases.size() - failing) + " passed, " + failing + " failed", lines.get(lines.size() - 1));

        Document report = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(junit.toFile());
        Element root = report.getDocumentElement();
        assertEquals("testsuites", root.getTagName());
        assertEquals(Integer.toString(cases.size()), root.getAttribute("tests"));
        assertEquals(Integer.toString(failing), root.getAttribute("failures"));
        NodeList testcases = report.getElementsByTagName("testcase");
        assertEquals(cases.size(), testcases.getLength());
        assertEquals("everySourceCited passes", ((Element) testcases.item(0)).getAttribute("name"));
        NodeList failures = report.getElementsByTagName("failure");
        assertEquals(failing, failures.getLength());
        assertEquals("source [2] The Moscow Times (AFP) is never cited", ((Element) failures.item(0)).getAttribute("message"));
    }

    @Test
    void goldenRequestFailsOnceThePromptChanges() throws IOException {
        Path golden = tmp.resolve("seeds.request.txt");
        Files.writeString(golden, CliRun.of("prompts", "render", SEEDS.toString()).out());
        Path prompts = promptsCopy();
        Files.writeString(prompts.resolve("event.md"), Files.readString(prompts.resolve("event.md")).replace("Write a briefing", "Write a report"));
        Path suite = tmp.resolve("golden.yaml");
        Files.writeString(suite, """
                cases:
                  - name: golden
                    inputs: [%s]
                    response: {handWritten: '%s'}
                    expect: {goldenRequest: seeds.request.txt}
                """.formatted(SEEDS, FakeOllama.fixture("seeds-answer.json").replace("\n", " ").replace("'", "''")));
        assertEquals(0, CliRun.of("test", suite.toString()).exitCode());
        CliRun run = CliRun.of("test", suite.toString(), "--prompts", prompts.toString());
        assertEquals(ExitCode.CHECK_FAILED.code, run.exitCode());
        assertTrue(run.out().contains("FAIL " + suite + ": golden — the request differs from seeds.request.txt at line 24: "
                + "expected \"Write a briefing of the event that the 2 articles below report.\", got \"Write a report of the event"), run.out());
    }

    private Path promptsCopy() throws IOException {
        Path prompts = tmp.resolve("prompts");
        Files.createDirectories(prompts);
        for (String f : dev.brief.engine.llm.PromptSet.FILES) {
            Files.copy(Path.of("prompts", f), prompts.resolve(f));
        }
        return prompts;
    }

    private static void addCase(ArrayNode cases, String name, String answer, String assertion, Object value) {
        ObjectNode c = cases.addObject();
        c.put("name", name);
        c.putArray("inputs").add(SEEDS.toString());
        c.putObject("response").put("handWritten", answer);
        c.putObject("expect").set(assertion, YAML.valueToTree(value));
    }

    @Test
    void recordedCassetteCasePassesAndFailsAfterAPromptEdit() throws IOException {
        Path cassettes = tmp.resolve("cassettes");
        try (FakeOllama ollama = new FakeOllama()) {
            ollama.stub(FakeOllama.chat().willReturn(FakeOllama.streamed(FakeOllama.fixture("seeds-answer.json"))));
            ollama.version("0.12.6");
            assertEquals(0, CliRun.of("event", SEEDS.toString(), "--engine", "ollama", "--ollama-url", ollama.url(),
                    "--record", cassettes.toString()).exitCode());
        }
        Path suite = tmp.resolve("recorded.yaml");
        Files.writeString(suite, """
                cases:
                  - name: recorded seeds
                    inputs: [%s]
                    response:
                      cassette: cassettes
                    expect:
                      verificationPasses: true
                      sectionsPresent: [differences]
                """.formatted(SEEDS));
        CliRun pass = CliRun.of("test", suite.toString());
        assertEquals(0, pass.exitCode(), pass.out() + pass.err());
        assertEquals("PASS " + suite + ": recorded seeds\n1 passed, 0 failed\n", pass.out());

        Path prompts = promptsCopy();
        Files.writeString(prompts.resolve("article.md"), Files.readString(prompts.resolve("article.md")).replace("outlet:", "source:"));
        CliRun fail = CliRun.of("test", suite.toString(), "--prompts", prompts.toString());
        assertEquals(ExitCode.CHECK_FAILED.code, fail.exitCode(), fail.out() + fail.err());
        assertTrue(fail.out().startsWith("FAIL " + suite + ": recorded seeds — no recording in "), fail.out());
        assertTrue(fail.out().contains("article.md differs from the recording"), fail.out());
        assertTrue(fail.out().endsWith("0 passed, 1 failed\n"), fail.out());
    }

    @Test
    void anUnwritableJunitReportNamesTheJunitOption() throws IOException {
        Path suite = tmp.resolve("one.yaml");
        Files.writeString(suite, """
                cases:
                  - name: one
                    inputs: [%s]
                    response: {handWritten: '%s'}
                    expect: {verificationPasses: true}
                """.formatted(SEEDS, FakeOllama.fixture("seeds-answer.json").replace("\n", " ").replace("'", "''")));
        Path junit = tmp.resolve("nodir/j.xml");

        CliRun run = CliRun.of("test", suite.toString(), "--junit", junit.toString());

        assertEquals(ExitCode.OUTPUT.code, run.exitCode());
        assertEquals("brief: cannot write " + junit + " (its folder does not exist); choose a writable path with --junit\n", run.err());
        assertEquals("", run.out(), "the report path is checked before any case runs");
    }

    @Test
    void aSuiteWithoutAResponseIsRejectedWithTheReason() throws IOException {
        Path suite = tmp.resolve("broken.yaml");
        Files.writeString(suite, "cases:\n  - name: no answer\n    inputs: [x.txt]\n    expect:\n      maxWords: 10\n");
        CliRun run = CliRun.of("test", suite.toString());
        assertEquals(ExitCode.INPUT.code, run.exitCode());
        assertEquals("brief: suite " + suite + " is not valid: case 'no answer' needs a response with either cassette: DIR or handWritten: ANSWER;"
                + " see docs/testing-prompts.md\n", run.err());
    }

    @Test
    void aMisspelledAssertionIsRejected() throws IOException {
        Path suite = tmp.resolve("typo.yaml");
        Files.writeString(suite, "cases:\n  - inputs: [x.txt]\n    response: {handWritten: '{}'}\n    expect:\n      maxWord: 10\n");
        CliRun run = CliRun.of("test", suite.toString());
        assertEquals(ExitCode.INPUT.code, run.exitCode());
        assertTrue(run.err().startsWith("brief: suite " + suite + " is not valid: unknown field 'maxWord' in cases[0].expect; known: "), run.err());
        assertTrue(run.err().contains("maxWords"), run.err());
    }
}
