package dev.brief.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.brief.BriefException;
import dev.brief.ExitCode;
import dev.brief.domain.Article;
import dev.brief.domain.Briefing;
import dev.brief.domain.Briefing.Difference;
import dev.brief.domain.Briefing.Item;
import dev.brief.domain.Briefing.Position;
import dev.brief.domain.Source;
import dev.brief.verify.Verifier;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A suite file as {@code brief test} reads it, and the one-line reasons its assertions give. The
 * command around it is TestCommandTest's; the repository's own suites run in PromptSuitesTest.
 */
class PromptSuiteTest {
    @TempDir
    Path tmp;

    private Path suite(String yaml) throws IOException {
        Path file = tmp.resolve("suite.yaml");
        Files.writeString(file, yaml);
        return file;
    }

    /** The assertions of a one-case suite whose expect: block is the given YAML flow mapping. */
    private PromptSuite.Expect expect(String flow) throws IOException {
        return PromptSuite.load(suite("cases:\n  - inputs: [a.txt]\n    response: {handWritten: '{}'}\n    expect: " + flow + "\n"))
                .cases().get(0).expect();
    }

    private String invalid(String yaml) throws IOException {
        Path file = suite(yaml);
        BriefException e = assertThrows(BriefException.class, () -> PromptSuite.load(file));
        assertEquals(ExitCode.INPUT, e.exitCode());
        String prefix = "suite " + file + " is not valid: ";
        String suffix = "; see docs/testing-prompts.md";
        assertTrue(e.getMessage().startsWith(prefix) && e.getMessage().endsWith(suffix), e.getMessage());
        return e.getMessage().substring(prefix.length(), e.getMessage().length() - suffix.length());
    }

    // --- reading a suite ---

    @Test
    void theRepositorySeedsSuiteReadsAsWritten() {
        PromptSuite s = PromptSuite.load(Path.of("prompts/tests/seeds.yaml"));
        assertEquals("the Rubio-Lavrov meeting at the ASEAN forum, July 2025", s.description());
        assertEquals(1, s.cases().size());
        PromptSuite.Case c = s.cases().get(0);
        assertEquals("seeds briefing keeps every check", c.name());
        assertEquals(List.of("../../seeds/rubio-lavrov-asean-2025"), c.inputs(), "paths stay relative to the suite file");
        assertNull(c.response().cassette());
        assertEquals(1, c.response().handWritten().size());
        assertTrue(c.response().handWritten().get(0).strip().startsWith("{\n  \"headline\": \"Rubio and Lavrov"),
                c.response().handWritten().get(0));
        assertEquals(450, c.expect().maxWords());
        assertEquals(List.of("Sergey", "Sergei", "50 minutes", "North Korea"), c.expect().contains());
        assertEquals(List.of("summary", "agreements", "differences", "singleSource"), c.expect().sectionsPresent());
        assertEquals("golden/seeds.request.txt", c.expect().goldenRequest());
    }

    @Test
    void anUnnamedCaseIsNamedByItsPlaceAndOneValueStandsForAList() throws IOException {
        PromptSuite s = PromptSuite.load(suite("""
                cases:
                  - name: first
                    inputs: a.txt
                    response: {handWritten: '{"headline": "one"}'}
                    expect: {maxWords: 10}
                  - name: '  '
                    inputs: [a.txt, b.txt]
                    numCtx: 4096
                    model: llama3.2:3b
                    response: {handWritten: ['{"headline": "one"}', '{"headline": "repaired"}']}
                    expect: {sectionsAbsent: differences}
                """));
        assertEquals(List.of("first", "case 2"), s.cases().stream().map(PromptSuite.Case::name).toList());
        assertEquals(List.of("a.txt"), s.cases().get(0).inputs());
        assertEquals(List.of("{\"headline\": \"one\"}"), s.cases().get(0).response().handWritten());
        PromptSuite.Case second = s.cases().get(1);
        assertEquals(List.of("{\"headline\": \"one\"}", "{\"headline\": \"repaired\"}"), second.response().handWritten());
        assertEquals(4096, second.numCtx());
        assertEquals("llama3.2:3b", second.model());
        assertEquals(List.of("differences"), second.expect().sectionsAbsent());
        assertNull(s.cases().get(0).model(), "no model: the runner picks the cassette's or the default");
    }

    @Test
    void aSuiteWrittenAsJsonIsReadToo() throws IOException {
        Path file = tmp.resolve("suite.json");
        Files.writeString(file, "{\"cases\": [{\"inputs\": [\"a.txt\"], \"response\": {\"cassette\": \"rec\"}, \"expect\": {\"verificationPasses\": true}}]}");
        PromptSuite.Case c = PromptSuite.load(file).cases().get(0);
        assertEquals("rec", c.response().cassette());
        assertEquals(Boolean.TRUE, c.expect().verificationPasses());
    }

    @Test
    void anInvalidSuiteIsRejectedWithOneLineThatNamesWhatIsWrong() throws IOException {
        String ok = "    inputs: [a.txt]\n    response: {handWritten: '{}'}\n";
        assertEquals("it has no cases", invalid("description: nothing yet\n"));
        assertEquals("it has no cases", invalid("cases: []\n"));
        assertEquals("case 'empty' has no inputs", invalid("cases:\n  - name: empty\n    inputs: []\n    response: {handWritten: '{}'}\n    expect: {maxWords: 5}\n"));
        assertEquals("case 'case 2' has no expect: assertions", invalid("cases:\n  -\n" + ok + "    expect: {maxWords: 5}\n  -\n" + ok));
        assertEquals("case 'case 1' has no expect: assertions", invalid("cases:\n  -\n" + ok + "    expect: {}\n"));
        assertEquals("case 'both' needs a response with either cassette: DIR or handWritten: ANSWER",
                invalid("cases:\n  - name: both\n    inputs: [a.txt]\n    response: {cassette: rec, handWritten: '{}'}\n    expect: {maxWords: 5}\n"));
        assertEquals("case 'case 1' needs a response with either cassette: DIR or handWritten: ANSWER",
                invalid("cases:\n  - inputs: [a.txt]\n    response: {handWritten: []}\n    expect: {maxWords: 5}\n"));
        assertEquals("case 'case 1' names section 'summaries'; sections are summary, agreements, differences, singleSource",
                invalid("cases:\n  -\n" + ok + "    expect: {sectionsPresent: [summary, summaries]}\n"));
    }

    @Test
    void aValueOfTheWrongTypeIsNamedByWhereItIs() throws IOException {
        String why = invalid("cases:\n  - inputs: [a.txt]\n    response: {handWritten: '{}'}\n    expect:\n      maxWords: many\n");
        assertTrue(why.startsWith("cases[0].expect.maxWords: "), why);
        assertTrue(why.contains("\"many\""), why);
        assertTrue(why.endsWith("(line 5)"), why);
        assertTrue(!why.contains("(class "), "no Java class names: " + why);
    }

    @Test
    void aSuiteThatCannotBeReadSaysSo() {
        Path missing = tmp.resolve("missing.yaml");
        BriefException e = assertThrows(BriefException.class, () -> PromptSuite.load(missing));
        assertEquals(ExitCode.INPUT, e.exitCode());
        assertTrue(e.getMessage().startsWith("cannot read suite " + missing + " ("), e.getMessage());
    }

    // --- assertions on a briefing ---

    static final Article GAZETTE = article("aaa111", "Harbour Gazette", null, null);
    static final Article TIMES = article("bbb222", "Coastal Times", "AFP", null);
    static final Article HERALD = article("ccc333", "Valmora Herald", "AFP", null);
    static final Article REPRINT = article("ddd444", "Evening Post", null, "aaa111");
    static final List<Article> ARTICLES = List.of(GAZETTE, TIMES, HERALD, REPRINT);

    static Article article(String id, String outlet, String agency, String duplicateOf) {
        return new Article(id, outlet, agency, "t", null, null, null, id + ".txt", "text", id, duplicateOf);
    }

    static Briefing briefing(List<Item> summary, List<Item> agreements, List<Difference> differences, List<Item> single) {
        List<Source> sources = List.of(Source.of(GAZETTE, 1), Source.of(TIMES, 2), Source.of(HERALD, 3), Source.of(REPRINT, 4));
        Briefing b = new Briefing("Port strike in Valmora", dev.brief.domain.Engine.OLLAMA, "m", null, null, sources, summary, agreements, differences, single,
                Briefing.Usage.NONE, Briefing.Verification.NONE);
        return b.withVerification(Verifier.counts(b, 0));
    }

    private List<String> failures(PromptSuite.Expect e, Briefing b) {
        return e.failures(b, ARTICLES, () -> "request", tmp);
    }

    @Test
    void aBriefingThatMeetsEveryAssertionHasNoFailures() throws IOException {
        Briefing b = briefing(List.of(Item.of("Port workers in Valmora went on strike.", List.of("aaa111", "bbb222"))),
                List.of(Item.of("The strike began on Monday.", List.of("aaa111", "ccc333"))),
                List.of(Difference.of("Losses", List.of(new Position("bbb222", "Coastal Times puts losses at 2 million.", "two million euros"),
                        new Position("ddd444", "Evening Post puts them at 3 million.", null)))),
                List.of());
        PromptSuite.Expect all = expect("{everySourceCited: true, itemsCiteValidSources: true, agreementsCiteTwoOutlets: true, "
                + "contains: [Valmora, two million euros], notContains: [Gazette], maxWords: 40, sectionsPresent: [summary, differences], "
                + "sectionsAbsent: [singleSource], verificationPasses: true}");
        assertEquals(List.of(), failures(all, b));
    }

    @Test
    void eachFailedAssertionIsOneReadableLineInTheOrderOfTheAssertions() throws IOException {
        Briefing b = briefing(List.of(Item.of("Port workers in Valmora went on strike.", List.of()),
                        Item.of("Talks are set for Friday.", List.of("aaa111", "zzz999"))),
                List.of(), List.of(), List.of(Item.of("The union wants twelve percent.", List.of("aaa111"))));
        PromptSuite.Expect all = expect("{everySourceCited: true, itemsCiteValidSources: true, "
                + "contains: [Ostrava], notContains: [twelve percent], maxWords: 10, sectionsPresent: [differences], "
                + "sectionsAbsent: [singleSource]}");
        assertEquals(List.of(
                "source [2] Coastal Times (AFP) is never cited",
                "source [3] Valmora Herald (AFP) is never cited",
                "source [4] Evening Post is never cited",
                "summary[0] cites no source",
                "summary[1] cites unknown source 'zzz999'",
                "the briefing does not contain \"Ostrava\"",
                "the briefing contains \"twelve percent\"",
                "the briefing has 21 words, more than 10",
                "section differences is empty",
                "section singleSource has 1 item(s)"), failures(all, b));
    }

    @Test
    void anAgreementCountsAWireCopyAndOneAgencysStoryOnce() throws IOException {
        PromptSuite.Expect e = expect("{agreementsCiteTwoOutlets: true}");
        Briefing b = briefing(List.of(), List.of(
                Item.of("The strike began on Monday.", List.of("aaa111", "ddd444")),
                Item.of("The strike began on Monday.", List.of("bbb222", "ccc333")),
                Item.of("The strike began on Monday.", List.of("zzz999")),
                Item.of("The strike began on Monday.", List.of("aaa111", "bbb222", "ddd444"))), List.of(), List.of());
        assertEquals(List.of(
                "agreements[0] cites 1 independent outlet, not 2",
                "agreements[1] cites 1 independent outlet, not 2",
                "agreements[2] cites 0 independent outlets, not 2"), failures(e, b),
                "the reprint is the Gazette's story; Coastal Times and Valmora Herald both print AFP's");
    }

    @Test
    void containsLooksAtTheBriefingsOwnWordsIncludingPositionsAndQuotesButNotTheSourceList() throws IOException {
        Briefing b = briefing(List.of(), List.of(), List.of(Difference.of("How big the losses are", List.of(
                new Position("aaa111", "The Gazette puts losses at 2.5 million.", "two and a half million"),
                new Position("bbb222", "The Times says three million.", null)))), List.of());
        assertEquals(List.of(), failures(expect("{contains: [Port strike in Valmora, How big, three million, two and a half million]}"), b));
        assertEquals(List.of("the briefing does not contain \"Coastal Times\"", "the briefing does not contain \"valmora\""),
                failures(expect("{contains: [Coastal Times, valmora]}"), b), "an outlet named only in the source list is not in the text; case counts");
    }

    @Test
    void aFailedVerificationListsEachProblemWithWhereItIs() throws IOException {
        Briefing b = briefing(List.of(Item.of("ok", List.of("aaa111")), new Item("Strike ends.", List.of("aaa111"), false, List.of(recorded("p1"), recorded("p2")))),
                List.of(), List.of(new Difference("Losses", List.of(), false, List.of(recorded("p3")))), List.of());
        assertEquals(List.of("verification failed: 2 of 3 claims unverified (summary[1]: p1; summary[1]: p2; differences[0]: p3)"),
                failures(expect("{verificationPasses: true}"), b));
        assertEquals(List.of(), failures(expect("{verificationPasses: false}"), b), "false does not check");
    }

    // --- the golden request ---

    static final String GOLDEN = "model: m\noptions: num_ctx 7168\ntokens: about 100\n\n===== message 1: system =====\nBe brief.\n";

    @Test
    void aGoldenRequestPassesWhenTheRequestIsTheSameAndOtherwiseNamesTheFirstChangedMessageLine() throws IOException {
        Path golden = tmp.resolve("golden.txt");
        Files.writeString(golden, GOLDEN);
        assertNull(PromptSuite.compareGolden(golden, GOLDEN));
        assertEquals("the request differs from golden.txt at line 6: expected \"Be brief.\", got \"Be short.\"",
                PromptSuite.compareGolden(golden, GOLDEN.replace("about 100", "about 90").replace("brief", "short")),
                "the header follows from the messages: the changed message line is named, not the token estimate");
        assertEquals("the request differs from golden.txt at line 3: expected \"tokens: about 100\", got \"tokens: about 90\"",
                PromptSuite.compareGolden(golden, GOLDEN.replace("about 100", "about 90")));
        String longLine = "x".repeat(100);
        assertEquals("the request differs from golden.txt at line 6: expected \"Be brief.\", got \"" + "x".repeat(80) + "…\"",
                PromptSuite.compareGolden(golden, GOLDEN.replace("Be brief.", longLine)), "long lines are cut at 80 characters");
    }

    @Test
    void aMissingGoldenFileSaysHowToWriteIt() throws IOException {
        Briefing b = briefing(List.of(), List.of(), List.of(), List.of());
        assertEquals(List.of("golden file " + tmp.resolve("golden/none.txt") + " does not exist; write it with brief prompts render"),
                failures(expect("{goldenRequest: golden/none.txt}"), b));
    }

    private static dev.brief.domain.Problem recorded(String message) {
        return dev.brief.domain.Problem.of(dev.brief.domain.Problem.Kind.SUPPORT, message);
    }

    @Test
    void aLongFailureIsOneLineCutToAReadableLength() {
        String quoted = "the briefing does not contain \"" + "word ".repeat(600) + "\"";
        String shown = PromptSuiteRunner.readable(quoted + "\n\tsecond line");
        assertEquals(PromptSuiteRunner.REASON_CHARS, shown.length());
        assertTrue(shown.startsWith("the briefing does not contain \"word word"), shown);
        assertTrue(shown.endsWith("…") && !shown.contains("\n"), shown);
        assertEquals("summary[1] cites no source", PromptSuiteRunner.readable("summary[1] cites no source"));
    }
}
