package dev.brief.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.brief.CliRun;
import dev.brief.FakeOllama;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `brief event` end to end against a WireMock server speaking Ollama's wire format. */
class EventCommandTest {
    static final String SEEDS = "seeds/rubio-lavrov-asean-2025";
    static final String EUROPE_TODAY = "470704";
    static final String MOSCOW_TIMES = "41fbe3";
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    FakeOllama ollama;

    @BeforeEach
    void start() {
        ollama = new FakeOllama();
    }

    @AfterEach
    void stop() {
        ollama.close();
    }

    private CliRun event(String... extra) {
        List<String> args = new java.util.ArrayList<>(List.of("event", "--engine", "ollama", "--ollama-url", ollama.url(), "--no-cache"));
        args.addAll(List.of(extra));
        return CliRun.of(args.toArray(String[]::new));
    }

    @Test
    void sendsTheArticlesPromptsSchemaAndOptionsOllamaNeeds() throws IOException {
        ollama.stub(FakeOllama.chat().willReturn(FakeOllama.streamed(FakeOllama.fixture("seeds-answer.json"))));

        CliRun run = event(SEEDS, "--model", "llama3.1:8b");

        assertEquals(0, run.exitCode(), run.err());
        List<JsonNode> requests = ollama.chatRequests();
        assertEquals(1, requests.size());
        JsonNode request = requests.get(0);
        assertEquals("llama3.1:8b", request.path("model").asText());
        String system = request.path("messages").get(0).path("content").asText();
        assertEquals("system", request.path("messages").get(0).path("role").asText());
        assertEquals(Files.readString(Path.of("prompts/system.md")).strip(), system);
        String user = request.path("messages").get(1).path("content").asText();
        assertTrue(user.contains("<article id=\"" + EUROPE_TODAY + "\">"), user);
        assertTrue(user.contains("<article id=\"" + MOSCOW_TIMES + "\">"), user);
        assertTrue(user.contains("the 50-minute closed-door discussion"), "Europe Today text is sent");
        assertTrue(user.contains("Lavrov is scheduled to travel to North Korea this weekend"), "Moscow Times text is sent");

        JsonNode format = request.path("format");
        assertEquals("object", format.path("type").asText());
        JsonNode idEnum = format.at("/properties/summary/items/properties/sources/items/enum");
        assertEquals(List.of(EUROPE_TODAY, MOSCOW_TIMES), List.of(idEnum.get(0).asText(), idEnum.get(1).asText()));
        assertEquals(2, idEnum.size());
        assertEquals(2, format.at("/properties/agreements/items/properties/sources/minItems").asInt());

        JsonNode options = request.path("options");
        int estimate = (int) Math.ceil((system.length() + user.length()) / 3.5);
        assertTrue(options.path("num_ctx").asInt() >= estimate + 2048, "num_ctx " + options.path("num_ctx") + " vs estimate " + estimate);
        assertEquals(0.0, options.path("temperature").asDouble());
        assertEquals(42, options.path("seed").asInt());
        assertTrue(request.path("stream").asBoolean(), "answers are streamed");
    }

    @Test
    void rendersMarkdownWithCitationsSectionsAndSources() {
        ollama.stub(FakeOllama.chat().willReturn(FakeOllama.streamed(FakeOllama.fixture("seeds-answer.json"))));

        CliRun run = event(SEEDS);

        assertEquals(0, run.exitCode(), run.err());
        String md = run.out();
        assertTrue(md.startsWith("# Rubio and Lavrov discuss a new idea on Ukraine at the ASEAN forum in Kuala Lumpur\n"), md);
        assertTrue(md.contains("*2 sources · 10–11 July 2025 · engine: ollama · model: qwen2.5:7b · prompts: "), md);
        assertTrue(md.contains("## Where the sources agree"));
        assertTrue(md.contains("- Rubio and Lavrov last met in person in February in Saudi Arabia. [1] [2]"), md);
        assertTrue(md.contains("## Where the sources differ"));
        assertTrue(md.contains("  - The Moscow Times (AFP) [2]: The Moscow Times spells it Sergei Lavrov."), md);
        assertTrue(md.contains("— “a new and different approach”"), md);
        assertTrue(md.contains("## Reported by one source only"));
        assertTrue(md.contains("- The closed-door discussion lasted 50 minutes. [1]"), md);
        assertTrue(md.contains("1. The Europe Today — "), md);
        assertTrue(md.contains("2. The Moscow Times (AFP) — Rubio and Lavrov Held ‘Frank Exchange’ on Sidelines of ASEAN Summit, Moscow Says, 2025-07-10. <https://www.themoscowtimes.com/"), md);
        assertTrue(md.contains("Verification: 14 claims, 14 verified, 0 unverified, 0 repaired. Model calls: 1 (0 cached); 1874 prompt and 912 completion tokens."), md);
        assertEquals("", run.err(), "nothing on stderr for a clean run");
    }

    @Test
    void articlesAboutSeveralStoriesGetOneNoticeAndTheBriefingIsUnchanged() {
        String day = "src/test/resources/daily/day";
        CliRun mixed = CliRun.of("event", day, "--engine", "extractive", "--no-cache");
        assertEquals(0, mixed.exitCode(), mixed.err());
        assertEquals("brief: these 6 articles look like 3 different stories; 'brief group' shows them, 'brief daily' briefs each\n",
                mixed.err().replace("\r", ""));
        assertEquals(mixed.out(), CliRun.of("event", day, "--engine", "extractive", "--no-cache", "-q").out(), "the notice changes no briefing");

        CliRun flood = CliRun.of("event", day + "/flood-bbc.txt", day + "/flood-guardian.txt", day + "/flood-reuters.txt",
                "--engine", "extractive", "--no-cache");
        assertEquals(0, flood.exitCode(), flood.err());
        assertEquals("", flood.err(), "three reports of one story: no notice");
    }

    @Test
    void rendersTheJsonContract() throws IOException {
        ollama.stub(FakeOllama.chat().willReturn(FakeOllama.streamed(FakeOllama.fixture("seeds-answer.json"))));

        CliRun run = event(SEEDS, "--format", "json");

        assertEquals(0, run.exitCode(), run.err());
        JsonNode b = JSON.readTree(run.out());
        assertEquals("Rubio and Lavrov discuss a new idea on Ukraine at the ASEAN forum in Kuala Lumpur", b.path("headline").asText());
        assertEquals("ollama", b.path("engine").asText());
        assertEquals("qwen2.5:7b", b.path("model").asText());
        assertTrue(b.path("promptHash").asText().matches("[0-9a-f]{12}"));
        assertEquals(42, b.at("/options/seed").asInt());
        JsonNode sources = b.path("sources");
        assertEquals(2, sources.size());
        assertEquals(EUROPE_TODAY, sources.get(0).path("id").asText());
        assertEquals("The Europe Today", sources.get(0).path("outlet").asText());
        assertEquals("2025-07-11", sources.get(0).path("published").asText());
        assertEquals(SEEDS + "/the-europe-today.txt", sources.get(0).path("path").asText());
        assertEquals("The Moscow Times", sources.get(1).path("outlet").asText());
        assertEquals("2025-07-10", sources.get(1).path("published").asText());
        assertTrue(sources.get(1).path("url").asText().startsWith("https://www.themoscowtimes.com/2025/07/10/"));
        assertEquals(4, b.path("summary").size());
        assertEquals(List.of(EUROPE_TODAY, MOSCOW_TIMES), texts(b.at("/agreements/0/sources")));
        assertEquals(3, b.path("differences").size());
        JsonNode quote = b.at("/differences/0/positions/1");
        assertEquals(MOSCOW_TIMES, quote.path("source").asText());
        assertEquals("It’s not a new approach. It’s a new idea or a new concept", quote.path("quote").asText());
        assertEquals(4, b.path("singleSource").size());
        assertEquals(1, b.at("/usage/calls").asInt());
        assertEquals(1874, b.at("/usage/promptTokens").asInt());
        assertEquals(912, b.at("/usage/completionTokens").asInt());
        assertEquals(14, b.at("/verification/claims").asInt());
    }

    @Test
    void oneArticleGivesABriefingWithoutAgreeOrDifferSections() throws IOException {
        String answer = """
                {"headline":"Rubio and Lavrov meet in Kuala Lumpur","summary":[
                 {"text":"Rubio and Lavrov held talks in Malaysia.","sources":["41fbe3"]}],
                 "singleSource":[{"text":"Lavrov is scheduled to travel to North Korea.","sources":["41fbe3"]}]}""";
        ollama.stub(FakeOllama.chat().willReturn(FakeOllama.streamed(answer)));

        CliRun run = event(SEEDS + "/the-moscow-times-afp.txt");

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("*1 source · 10 July 2025 · engine: ollama"), run.out());
        assertFalse(run.out().contains("agree"), run.out());
        assertFalse(run.out().contains("differ"), run.out());
        JsonNode schema = ollama.chatRequests().get(0).path("format");
        assertTrue(schema.at("/properties/agreements").isMissingNode(), "no agreements asked of one source");
        String user = ollama.chatRequests().get(0).at("/messages/1/content").asText();
        assertTrue(user.contains(Files.readString(Path.of("prompts/single-source.md")).strip()));
    }

    @Test
    void writesTheOutputFileWhole() throws IOException {
        ollama.stub(FakeOllama.chat().willReturn(FakeOllama.streamed(FakeOllama.fixture("seeds-answer.json"))));
        Path out = tmp.resolve("briefing.md");

        CliRun run = event(SEEDS, "-o", out.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.out());
        assertTrue(Files.readString(out).contains("## Sources"));
        try (Stream<Path> files = Files.list(tmp)) {
            assertEquals(List.of(out), files.toList(), "no temporary file is left behind");
        }
    }

    @Test
    void unwritableOutputFailsWithoutLeavingAFile() throws IOException {
        ollama.stub(FakeOllama.chat().willReturn(FakeOllama.streamed(FakeOllama.fixture("seeds-answer.json"))));
        Path out = tmp.resolve("missing-folder/briefing.md");

        CliRun run = event(SEEDS, "-o", out.toString());

        assertEquals(9, run.exitCode());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().startsWith("brief: cannot write " + out + " (its folder does not exist)"), run.err());
        assertFalse(Files.exists(out.getParent()));
        assertEquals("", run.out());
        assertEquals(0, ollama.chatRequests().size(), "a bad -o fails before the model is asked");
    }

    @Test
    void repairsAnInvalidAnswerWithExactlyOneMoreCall() throws IOException {
        ollama.stub(FakeOllama.chat().inScenario("repair").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(FakeOllama.streamed("{\"headline\": \"Rubio and Lavrov meet\", \"summary\": ["))
                .willSetStateTo("asked-again"));
        ollama.stub(FakeOllama.chat().inScenario("repair").whenScenarioStateIs("asked-again")
                .willReturn(FakeOllama.streamed(FakeOllama.fixture("seeds-answer.json"))));

        CliRun run = event(SEEDS, "--format", "json");

        assertEquals(0, run.exitCode(), run.err());
        List<JsonNode> requests = ollama.chatRequests();
        assertEquals(2, requests.size());
        JsonNode repair = requests.get(1).path("messages");
        assertEquals(4, repair.size());
        assertEquals("assistant", repair.get(2).path("role").asText());
        assertTrue(repair.get(3).path("content").asText().contains("- the answer is not valid JSON (it stops before the end)"), repair.get(3).toString());
        assertEquals(2, JSON.readTree(run.out()).at("/usage/calls").asInt());
    }

    @Test
    void anAnswerStillInvalidAfterRepairFailsWithExitCode7() {
        ollama.stub(FakeOllama.chat().willReturn(FakeOllama.streamed("{\"summary\": []}")));

        CliRun run = event(SEEDS);

        assertEquals(7, run.exitCode());
        assertEquals(2, ollama.chatRequests().size(), "one answer and one repair");
        assertTrue(run.err().startsWith("brief: the model's answer was still unusable after one repair (\"headline\" is missing or empty"), run.err());
        assertEquals("", run.out());
    }

    @Test
    void anAgreementWithOneOutletGoesBackForRepairThenIsMarkedUnverified() throws IOException {
        String oneOutletAgreement = FakeOllama.fixture("seeds-answer.json")
                .replace("{\"text\": \"Rubio did not disclose details of what was discussed.\", \"sources\": [\"470704\", \"41fbe3\"]}",
                        "{\"text\": \"Rubio did not disclose details of what was discussed.\", \"sources\": [\"470704\"]}");
        ollama.stub(FakeOllama.chat().willReturn(FakeOllama.streamed(oneOutletAgreement)));

        CliRun run = event(SEEDS, "--format", "json");

        assertEquals(0, run.exitCode(), run.err());
        assertEquals(2, ollama.chatRequests().size());
        String repairPrompt = ollama.chatRequests().get(1).at("/messages/3/content").asText();
        assertTrue(repairPrompt.contains("agreements[1] \"Rubio did not disclose details of what was discussed.\": an agreement needs at least two independent outlets, but it cites only one (The Europe Today)"), repairPrompt);
        JsonNode b = JSON.readTree(run.out());
        assertFalse(b.at("/agreements/1/verified").asBoolean());
        assertEquals(1, b.at("/verification/unverified").asInt());
        assertEquals(0, b.at("/verification/repaired").asInt());
    }

    @Test
    void whenTheRepairTurnDoesNotFitTheFirstAnswerStandsWithItsProblemsMarked() throws IOException {
        String oneOutletAgreement = FakeOllama.fixture("seeds-answer.json")
                .replace("{\"text\": \"Rubio did not disclose details of what was discussed.\", \"sources\": [\"470704\", \"41fbe3\"]}",
                        "{\"text\": \"Rubio did not disclose details of what was discussed.\", \"sources\": [\"470704\"]}");
        ollama.stub(FakeOllama.chat().willReturn(FakeOllama.streamed(oneOutletAgreement)));

        CliRun run = event(SEEDS, "--format", "json", "--num-ctx", "4600");

        assertEquals(0, run.exitCode(), run.err());
        assertEquals(1, ollama.chatRequests().size(), "no repair call that would not fit");
        assertEquals(4600, ollama.chatRequests().get(0).at("/options/num_ctx").asInt());
        JsonNode b = JSON.readTree(run.out());
        assertFalse(b.at("/agreements/1/verified").asBoolean());
        assertEquals(1, b.at("/verification/unverified").asInt());
    }

    @Test
    void aRerunIsAnsweredFromTheCache() {
        ollama.stub(FakeOllama.chat().willReturn(FakeOllama.streamed(FakeOllama.fixture("seeds-answer.json"))));
        String[] args = {"event", SEEDS, "--engine", "ollama", "--ollama-url", ollama.url(), "--cache-dir", tmp.resolve("cache").toString()};

        CliRun first = CliRun.of(args);
        CliRun second = CliRun.of(args);

        assertEquals(0, second.exitCode(), second.err());
        assertEquals(1, ollama.chatRequests().size(), "the second run made no model call");
        assertTrue(second.out().contains("Model calls: 0 (1 cached)"), second.out());
        assertEquals(first.out().replace("Model calls: 1 (0 cached)", "Model calls: 0 (1 cached)"), second.out());
    }

    @Test
    void anUnwritableCacheIsReportedOnceAndTheBriefingStillComes() throws IOException {
        ollama.stub(FakeOllama.chat().willReturn(FakeOllama.streamed(FakeOllama.fixture("seeds-answer.json"))));
        Path notAFolder = Files.writeString(tmp.resolve("cache-is-a-file"), "x");

        CliRun run = CliRun.of("event", SEEDS, "--engine", "ollama", "--ollama-url", ollama.url(), "--cache-dir", notAFolder.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("## Sources"));
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().startsWith("brief: cannot write the answer cache in " + notAFolder.resolve("llm")), run.err());
    }

    @Test
    void modelNotPulledSaysHowToPullIt() {
        ollama.stub(FakeOllama.chat().willReturn(FakeOllama.modelNotFound("mistral-nemo")));

        CliRun run = event(SEEDS, "--model", "mistral-nemo");

        assertEquals(5, run.exitCode());
        assertEquals("brief: model 'mistral-nemo' is not on the Ollama server at " + ollama.url() + "; pull it with: ollama pull mistral-nemo\n", run.err());
        assertEquals("", run.out());
    }

    @Test
    void aServerThatIsNotOllamaIsNotMistakenForAMissingModel() {
        ollama.stub(FakeOllama.chat().willReturn(aResponse().withStatus(404).withHeader("Content-Type", "text/plain").withBody("404 page not found")));

        CliRun run = event(SEEDS);

        assertEquals(4, run.exitCode());
        assertEquals("brief: the server at " + ollama.url() + " answered /api/chat with HTTP 404, which Ollama does not; "
                + "check that --ollama-url or OLLAMA_HOST points at Ollama\n", run.err());
    }

    @Test
    void aMisspelledPromptsFolderFailsEvenWhenNoModelIsNeeded() {
        CliRun run = CliRun.of("event", SEEDS, "--engine", "extractive", "--prompts", tmp.resolve("promtps").toString());

        assertEquals(3, run.exitCode());
        assertTrue(run.err().startsWith("brief: prompts directory " + tmp.resolve("promtps") + " does not exist"), run.err());
    }

    @Test
    void recordingCannotBeCombinedWithTheExtractiveEngine() {
        CliRun run = CliRun.of("event", SEEDS, "--engine", "extractive", "--record", tmp.resolve("cassettes").toString());

        assertEquals(2, run.exitCode());
        assertEquals("brief: --record is about model exchanges and cannot be used with --engine extractive (see: brief event --help)\n", run.err());
    }

    @Test
    void recordingWithNoServerFailsAsAnyRunDoes() {
        String url = ollama.url();
        ollama.close();

        CliRun run = CliRun.of("event", SEEDS, "--record", tmp.resolve("cassettes").toString(), "--ollama-url", url);

        assertEquals(4, run.exitCode());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().startsWith("brief: cannot reach Ollama at " + url + " (connection refused)"), run.err());
    }

    @Test
    void unreachableServerNamesTheUrlAndHowToStartOllama() {
        String url = ollama.url();
        ollama.close();

        CliRun run = event(SEEDS);

        assertEquals(4, run.exitCode());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().startsWith("brief: cannot reach Ollama at " + url), run.err());
        assertTrue(run.err().contains("start it with 'ollama serve'"), run.err());
        assertFalse(run.err().contains("\tat "), "no stack trace without -v");
    }

    @Test
    void verboseAddsTheStackTrace() {
        ollama.close();

        CliRun run = event(SEEDS, "-v");

        assertEquals(4, run.exitCode());
        assertTrue(run.err().contains("\tat "), run.err());
    }

    @Test
    void aStalledServerTimesOut() {
        ollama.stub(FakeOllama.chat().willReturn(FakeOllama.streamed(FakeOllama.fixture("seeds-answer.json")).withFixedDelay(5_000)));

        CliRun run = event(SEEDS, "--timeout", "1s");

        assertEquals(6, run.exitCode());
        assertTrue(run.err().startsWith("brief: Ollama at " + ollama.url() + " sent nothing for 1 s"), run.err());
        assertTrue(run.err().contains("raise --timeout"), run.err());
    }

    @Test
    void aServerErrorShowsOllamasMessage() {
        ollama.stub(FakeOllama.chat().willReturn(FakeOllama.serverError(500, "model requires more system memory (9.2 GiB) than is available (5.1 GiB)")));

        CliRun run = event(SEEDS);

        assertEquals(6, run.exitCode());
        assertEquals(1, ollama.chatRequests().size(), "a 500 is not retried");
        assertTrue(run.err().contains("failed with HTTP 500 (model requires more system memory (9.2 GiB) than is available (5.1 GiB))"), run.err());
    }

    @Test
    void aBusyServerIsRetried() {
        ollama.stub(FakeOllama.chat().inScenario("busy").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(FakeOllama.serverError(503, "server busy, please try again.  maximum pending requests exceeded"))
                .willSetStateTo("free"));
        ollama.stub(FakeOllama.chat().inScenario("busy").whenScenarioStateIs("free")
                .willReturn(FakeOllama.streamed(FakeOllama.fixture("seeds-answer.json"))));

        CliRun run = event(SEEDS);

        assertEquals(0, run.exitCode(), run.err());
        assertEquals(2, ollama.chatRequests().size());
    }

    @Test
    void aTruncatedPromptFailsInsteadOfBriefingPartOfTheArticles() {
        ollama.stub(FakeOllama.chat().willReturn(FakeOllama.streamed(FakeOllama.fixture("seeds-answer.json"), 612, 900, "stop")));

        CliRun run = event(SEEDS);

        assertEquals(8, run.exitCode());
        assertTrue(run.err().startsWith("brief: the server evaluated 612 prompt tokens where about "), run.err());
        assertEquals("", run.out());
    }

    @Test
    void articlesThatDoNotFitNumCtxFailBeforeAnyCall() {
        CliRun run = event(SEEDS, "--num-ctx", "2048");

        assertEquals(8, run.exitCode());
        assertTrue(run.err().contains("more than --num-ctx 2048"), run.err());
        assertEquals(0, ollama.chatRequests().size());
    }

    @Test
    void noInputsIsAnInputError() {
        CliRun run = event();

        assertEquals(3, run.exitCode());
        assertEquals("brief: no inputs given; pass article files, folders, URLs, or - for stdin\n", run.err());
    }

    @Test
    void missingEmptyAndBinaryFilesAreReportedAndTheRunFailsWhenNothingIsLeft() throws IOException {
        Path empty = Files.writeString(tmp.resolve("empty.txt"), "  \n\n");
        Path binary = Files.write(tmp.resolve("photo.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});

        CliRun run = event(tmp.resolve("nope.txt").toString(), empty.toString(), binary.toString());

        assertEquals(3, run.exitCode());
        assertEquals(0, ollama.chatRequests().size());
        String last = run.err().lines().reduce((a, b) -> b).orElse("");
        assertTrue(last.startsWith("brief: no article could be read ("), run.err());
        assertTrue(run.err().contains("nope.txt: no such file"), run.err());
        assertTrue(run.err().contains("empty.txt: empty: no article text"), run.err());
        assertTrue(run.err().contains("photo.txt: binary data, not text"), run.err());
    }

    @Test
    void aBadInputAmongGoodOnesIsSkippedAndTheRunGoesOn() {
        ollama.stub(FakeOllama.chat().willReturn(FakeOllama.streamed(FakeOllama.fixture("seeds-answer.json"))));

        CliRun run = event(SEEDS, tmp.resolve("nope.txt").toString());

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().contains("skipped " + tmp.resolve("nope.txt") + ": no such file"), run.err());
        assertTrue(run.out().contains("## Sources"));
    }

    @Test
    void quietSilencesNoticesButNotErrors() {
        ollama.stub(FakeOllama.chat().willReturn(FakeOllama.streamed(FakeOllama.fixture("seeds-answer.json"))));

        CliRun run = event(SEEDS, tmp.resolve("nope.txt").toString(), "-q");

        assertEquals(0, run.exitCode());
        assertEquals("", run.err());
    }

    @Test
    void readsAnArticleFromStdin() throws IOException {
        ollama.stub(FakeOllama.chat().willReturn(FakeOllama.streamed("""
                {"headline":"Talks in Kuala Lumpur","summary":[{"text":"Rubio and Lavrov held talks.","sources":["41fbe3"]}],"singleSource":[]}""")));
        String text = Files.readString(Path.of(SEEDS, "the-moscow-times-afp.txt"));

        CliRun run = CliRun.withStdin(text, "event", "-", "--engine", "ollama", "--ollama-url", ollama.url(), "--no-cache");

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("1. The Moscow Times (AFP) — Rubio and Lavrov Held"), run.out());
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new java.util.ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
