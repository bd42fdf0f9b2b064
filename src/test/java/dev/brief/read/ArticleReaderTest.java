package dev.brief.read;

import dev.brief.Console;

import dev.brief.domain.Article;
import static dev.brief.read.Reading.fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleReaderTest {
    @TempDir
    Path dir;

    @Test
    void seedsKeepTheirOutletsDatesAndIds() {
        Reading r = Reading.of("seeds/rubio-lavrov-asean-2025/");
        assertEquals(List.of("470704", "41fbe3"), r.articles().stream().map(Article::id).toList());
        Article europe = r.articles().get(0);
        Article moscow = r.articles().get(1);
        assertEquals("The Europe Today", europe.outlet());
        assertEquals(LocalDate.of(2025, 7, 11), europe.published());
        assertEquals("The Moscow Times", moscow.outlet());
        assertEquals("AFP", moscow.agency());
        assertEquals(LocalDate.of(2025, 7, 10), moscow.published());
        assertNull(europe.duplicateOf(), "two outlets' own reports of one event are not copies");
        assertNull(moscow.duplicateOf());
    }

    @Test
    void windows1252IsReadWithItsCurlyQuotesAndSaidSo() {
        Reading r = Reading.of(fixture("windows-1252.txt"));
        Article a = r.only();
        assertEquals("Café talks in Kuala Lumpur", a.title());
        assertEquals(LocalDate.of(2025, 7, 11), a.published());
        assertTrue(a.text().startsWith("The ministers’ “frank exchange” lasted 50 minutes"), a.text());
        assertTrue(a.text().endsWith("full of reporters — and délégués — all afternoon."), a.text());
        assertTrue(r.err().contains("windows-1252.txt not valid UTF-8; read as Windows-1252"), r.err());
    }

    @Test
    void utf16WithByteOrderMarkIsDecoded() {
        Article a = Reading.of(fixture("utf16-bom.txt")).only();
        assertEquals("Ministers meet in Kuala Lumpur", a.title());
        assertEquals(LocalDate.of(2025, 7, 10), a.published());
        assertTrue(a.text().endsWith("Здравствуйте, said one délégué — in Russian — to the café owner."), a.text());
    }

    @Test
    void utf16WithoutByteOrderMarkIsNotTakenForBinary() throws IOException {
        Path f = dir.resolve("no-bom.txt");
        Files.write(f, "Ministers met in Kuala Lumpur on Thursday for talks on trade.".getBytes(StandardCharsets.UTF_16LE));
        assertTrue(Reading.of(f.toString()).only().text().startsWith("Ministers met in Kuala Lumpur"));
    }

    @Test
    void frontMatterWinsOverWhatTheTextSays() {
        Article a = Reading.of(fixture("front-matter.md")).only();
        assertEquals("Rubio and Lavrov meet in Kuala Lumpur", a.title());
        assertEquals("Strait Times Review", a.outlet());
        assertEquals("Lee Mei Ling", a.author());
        assertEquals(LocalDate.of(2025, 7, 11), a.published(), "not the July 9 of the text");
        assertEquals("https://straitsreview.example/asean/rubio-lavrov", a.url());
        assertTrue(a.text().startsWith("Marco Rubio and Sergei Lavrov met for 50 minutes"), a.text());
        assertTrue(a.text().endsWith("which he would take back to Washington."), a.text());
    }

    @Test
    void brokenFrontMatterSkipsOnlyThatFile() throws IOException {
        Path bad = dir.resolve("bad.md");
        Files.writeString(bad, "---\ntitle: [unclosed\n---\n\nSome text here.\n");
        Reading r = Reading.of(bad.toString(), fixture("front-matter.md"));
        assertEquals(1, r.articles().size());
        assertTrue(r.reasonFor(bad.toString()).startsWith("front matter is not valid YAML"), r.reasonFor(bad.toString()));
    }

    @Test
    void jsonLinesKeepRecordIdsAndReportBadLinesByNumber() {
        String file = fixture("wire.jsonl");
        Reading r = Reading.of(file);
        assertEquals(List.of("hp-2025-0711-001", "nl-88213", "no-text", "4711"), r.articles().stream().map(Article::id).toList());

        Article first = r.articles().get(0);
        assertEquals("Rubio and Lavrov hold talks in Malaysia", first.title());
        assertEquals("Harbour Post", first.outlet());
        assertEquals("Dana Whitfield", first.author());
        assertEquals(LocalDate.of(2025, 7, 11), first.published());
        assertEquals("https://www.harbourpost.example/world/rubio-lavrov-talks", first.url());
        assertEquals(file, first.path());
        assertEquals("U.S. Secretary of State Marco Rubio met Russian Foreign Minister Sergei Lavrov in Kuala Lumpur on Thursday.\n\n"
                + "The two spoke for about 50 minutes on the sidelines of the ASEAN meeting.", first.text());

        Article html = r.articles().get(1);
        assertEquals("Russian Foreign Minister Sergei Lavrov will travel to North Korea after the ASEAN meeting.\n\n"
                + "He is due to meet the country's leadership.", html.text(), "html field: text without the ad");
        assertEquals(LocalDate.of(2025, 7, 9), r.articles().get(3).published());

        assertTrue(r.reasonFor(file + ":3").startsWith("not valid JSON"), r.reasonFor(file + ":3"));
        Article headline = r.articles().get(2);
        assertTrue(headline.headlineOnly(), "a record with a title and no text is a headline");
        assertEquals("A record without any text", headline.text());
        assertFalse(first.headlineOnly() || html.headlineOnly(), "records with text or html are whole articles");
        assertEquals(1, r.result().skipped().size(), "only the broken line is skipped");
        assertTrue(r.err().contains("skipped " + file + ":3: not valid JSON"), r.err());
    }

    @Test
    void aBrokenFirstRecordIsSkippedAndTheRestRead() throws Exception {
        Path file = Files.writeString(dir.resolve("first-broken.jsonl"), "{\"id\":\"b\",\"text\":\"broken\"\n"
                + "{\"id\":\"c\",\"title\":\"Budget passes\",\"text\":\"The council approved the budget on Monday after a long debate.\"}\n"
                + "{\"id\":\"d\",\"title\":\"Police to grow\",\"text\":\"The mayor said the budget would add forty police officers.\"}\n");
        Reading r = Reading.of(file.toString());
        assertEquals(List.of("c", "d"), r.articles().stream().map(Article::id).toList(), r.err());
        assertEquals("not valid JSON: Unexpected end-of-input: expected close marker for Object", r.reasonFor(file + ":1"),
                "one line, without the parser's internals");
    }

    @Test
    void aPrettyPrintedRecordWithAnObjectOnOneLineIsOneRecord() throws Exception {
        Path file = Files.writeString(dir.resolve("pretty.json"), "{\n  \"id\": \"p1\",\n  \"title\": \"Budget passes\",\n"
                + "  \"text\": \"The council approved the budget on Monday after a long debate.\",\n  \"tags\": [\n    {\"name\": \"city\"}\n  ]\n}\n");
        Reading r = Reading.of(file.toString());
        assertEquals(List.of("p1"), r.articles().stream().map(Article::id).toList(), r.err());
        assertTrue(r.result().skipped().isEmpty(), r.result().skipped().toString());
    }

    @Test
    void anAddressOnTheFirstLineIsWhereTheArticleCameFromNotItsTitle() throws Exception {
        Path saved = Files.writeString(dir.resolve("saved.txt"), "https://www.harbourpost.example/news/council-budget\n\n"
                + "Council passes budget\n\nThe council passed the budget on Monday after a long debate, the mayor said.\n");
        Path record = Files.writeString(dir.resolve("untitled.jsonl"), "{\"id\":\"u1\",\"text\":\"https://www.harbourpost.example/news/camp\\n"
                + "Refugee camp bombed\\n\\nWarplanes bombed a refugee camp on Thursday, witnesses said.\"}\n");
        Reading r = Reading.of(saved.toString(), record.toString());
        assertEquals(List.of("Council passes budget", "Refugee camp bombed"), r.articles().stream().map(Article::title).toList(), r.err());
        assertEquals(List.of("https://www.harbourpost.example/news/council-budget", "https://www.harbourpost.example/news/camp"),
                r.articles().stream().map(Article::url).toList());
    }

    @Test
    void aRecordsTextIsAllBodyWhenTheRecordGivesItsTitle() {
        String file = fixture("titled-records.jsonl");
        Reading r = Reading.of(file);
        assertEquals(List.of("lohan", "comma", "bare", "untitled"), r.articles().stream().map(Article::id).toList(), r.err());
        assertTrue(r.result().skipped().isEmpty(), "no record is skipped: " + r.result().skipped());

        Article lohan = r.articles().get(0);
        assertEquals("Lohan goes to rehab", lohan.title());
        assertEquals("Actress seeks treatment at Betty Ford clinic after court order\n\n"
                + "Early Friday morning the actress checked into Betty Ford Center. She had left another clinic the day before.",
                lohan.text(), "a first paragraph without a full stop is body text, not a second heading");

        assertEquals("Heavy rain overnight closed the coast road between the two harbour towns on Tuesday morning, officials said,",
                r.articles().get(1).text(), "one paragraph ending in a comma is the whole text");
        assertEquals("By Friday the two delegations had agreed to meet again in Geneva next week for more talks",
                r.articles().get(2).text(), "a line starting with By is no byline in a record's text");
        assertNull(r.articles().get(2).author());

        Article untitled = r.articles().get(3);
        assertEquals("Heavy rain overnight closed the coast road between the two harbour towns on Tuesday morning, officials said",
                untitled.text(), "without a title of its own, a text that reads like a heading is still the text");
        assertFalse(untitled.headlineOnly());
    }

    @Test
    void aPlainTextFileStillGivesItsHeadingAsTheTitle() throws IOException {
        Path file = Files.writeString(dir.resolve("rehab.txt"), "Lohan goes to rehab\n\n"
                + "Actress seeks treatment at Betty Ford clinic after court order\n\n"
                + "Early Friday morning the actress checked into Betty Ford Center. She had left another clinic the day before.\n");
        Article a = Reading.of(file.toString()).only();
        assertEquals("Lohan goes to rehab", a.title());
        assertFalse(a.text().startsWith("Lohan"), a.text());
    }

    @Test
    void jsonArrayGivesOneArticlePerRecord() {
        Reading r = Reading.of(fixture("wire-array.json"));
        assertEquals(List.of("a1", "a2"), r.articles().stream().map(Article::id).toList());
        assertEquals("Northern Ledger", r.articles().get(1).outlet());
        assertEquals(LocalDate.of(2025, 7, 12), r.articles().get(1).published());
    }

    @Test
    void binaryEmptyMissingAndHugeFilesAreSkippedWithReasonsWhileTheRestIsRead() throws IOException {
        Path huge = dir.resolve("huge.txt");
        Files.write(huge, new byte[(int) ArticleReader.MAX_BYTES + 1]);
        String missing = dir.resolve("missing.txt").toString();
        Reading r = Reading.of(fixture("photo.txt"), fixture("empty.md"), missing, huge.toString(), fixture("windows-1252.txt"));
        assertEquals(1, r.articles().size());
        assertEquals("binary data, not text", r.reasonFor(fixture("photo.txt")));
        assertEquals("no article text found (only a title: \"Nothing here yet\")", r.reasonFor(fixture("empty.md")));
        assertEquals("no such file", r.reasonFor(missing));
        assertEquals("too large (10.1 MiB; the limit is 10 MiB)", r.reasonFor(huge.toString()), "10 MiB and a byte is not 10 MiB");
        assertTrue(r.err().contains("skipped " + fixture("photo.txt") + ": binary data, not text"), r.err());
    }

    @Test
    void consentPageIsSkippedAndPaywallPageFlagged() {
        Reading r = Reading.of(fixture("consent-page.html"), fixture("paywall-page.html"));
        assertTrue(r.reasonFor(fixture("consent-page.html")).startsWith("a cookie-consent page, not the article"));
        Article paywalled = r.only();
        assertEquals("Quay Street Journal", paywalled.outlet());
        assertTrue(r.err().contains(fixture("paywall-page.html") + ": looks like a paywall page (34 words); only its teaser was read"), r.err());
    }

    @Test
    void exactDuplicatesAreMergedKeepingMetadataFromEither() throws IOException {
        String body = Reading.resource("front-matter.md").split("---\n", 3)[2];
        Path copy = dir.resolve("copy.md");
        Files.writeString(copy, "---\nauthor: Somebody\nagency: Bernama\n---\n" + body.replace("Thursday", "  Thursday"));
        Reading r = Reading.of(fixture("front-matter.md"), copy.toString());
        Article a = r.only();
        assertEquals("Lee Mei Ling", a.author(), "the first one's metadata is kept");
        assertEquals("Bernama", a.agency(), "and its gaps are filled from the copy");
        assertTrue(r.reasonFor(copy.toString()).startsWith("exact duplicate of " + fixture("front-matter.md")));
    }

    @Test
    void manyExactDuplicatesAreOneNoticeWithTheirCountAndVerboseListsThem() throws IOException {
        String body = Reading.resource("front-matter.md").split("---\n", 3)[2];
        List<String> inputs = new java.util.ArrayList<>(List.of(fixture("front-matter.md")));
        for (int i = 0; i < 5; i++) {
            inputs.add(Files.writeString(dir.resolve("copy-" + i + ".md"), body).toString());
        }
        Reading r = Reading.of(inputs.toArray(String[]::new));
        assertEquals(1, r.articles().size());
        assertEquals("brief: merged 5 exact duplicates (the same text read again); -v lists them\n", r.err());

        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        Console verbose = new Console(new java.io.PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8), false, true);
        new ArticleReader(verbose, java.io.InputStream.nullInputStream()).read(inputs);
        String said = err.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(said.contains("skipped " + dir.resolve("copy-4.md") + ": exact duplicate of " + fixture("front-matter.md") + "; merged"), said);
        assertTrue(said.contains("brief: merged 5 exact duplicates (the same text read again)\n"), said);
    }

    @Test
    void readingHundredsOfInputsLogsItsProgressEveryTenthOfTheWay() throws IOException {
        for (int i = 0; i < ArticleReader.PROGRESS_FROM_INPUTS; i++) {
            Files.writeString(dir.resolve(String.format("n%03d.txt", i)), "Note " + i + "\n\nThe harbour reopened on day " + i
                    + " after the storm, and the ferries ran on time again.\n");
        }
        Reading r = Reading.of(dir.toString());
        assertEquals(ArticleReader.PROGRESS_FROM_INPUTS, r.articles().size());
        List<String> lines = r.err().lines().toList();
        assertEquals(10, lines.size(), r.err());
        assertTrue(lines.get(0).startsWith("brief: inputs read 20/200 done"), lines.get(0));
        assertEquals("brief: inputs read 200/200 done", lines.get(9));
    }

    @Test
    void oneAgencyStoryPrintedByThreeOutletsIsLinkedToTheFirstAndOtherReportsAreNot() {
        // The Atom entry, the plain page and the Moscow Times seed all carry the same AFP story, edited differently.
        Reading r = Reading.of(fixture("ledger-feed.atom"), fixture("plain-layout-page.html"), "seeds/rubio-lavrov-asean-2025/");
        assertEquals(4, r.articles().size());
        Article feedItem = r.articles().get(0);
        Article page = r.articles().get(1);
        Article europe = r.articles().get(2);
        Article moscow = r.articles().get(3);
        assertEquals("https://northernledger.example/2025/07/10/moscow-talks-frank", feedItem.url());
        assertNull(feedItem.duplicateOf(), "all are dated July 10; the first read is the original");
        assertEquals(feedItem.id(), page.duplicateOf());
        assertEquals(feedItem.id(), moscow.duplicateOf());
        assertEquals("41fbe3", moscow.id());
        assertNull(europe.duplicateOf(), "The Europe Today wrote its own report");
    }

    @Test
    void sinceAndUntilLeaveOutArticlesDatedOutsideButKeepUndatedOnes() {
        ReadSettings july11 = new ReadSettings(false, LocalDate.of(2025, 7, 11), LocalDate.of(2025, 7, 11), ReadSettings.DEFAULT_FETCH_TIMEOUT, null);
        Reading r = Reading.of(july11, "seeds/rubio-lavrov-asean-2025/", fixture("wire-array.json"));
        assertEquals(List.of("470704", "a1"), r.articles().stream().map(Article::id).toList());
        assertTrue(r.err().contains("left out 2 article(s) dated outside --since 2025-07-11 --until 2025-07-11"), r.err());
    }

    @Test
    void directoryMixesEveryLocalKind() throws IOException {
        for (String f : List.of("news-page.html", "front-matter.md", "wire-array.json", "ledger-feed.atom")) {
            Files.copy(Reading.FIXTURES.resolve(f), dir.resolve(f));
        }
        Files.writeString(dir.resolve("notes.docx"), "ignored");
        Reading r = Reading.of(dir.toString());
        assertEquals(List.of("Rubio and Lavrov meet in Kuala Lumpur", "Moscow says talks with Washington were frank",
                "Rubio says Lavrov offered a 'new idea' on Ukraine", "First in an array", "Second in an array"),
                r.articles().stream().map(Article::title).toList());
        assertEquals(List.of(), r.result().skipped());
    }

    @Test
    void stdinIsSniffedForItsKind() {
        var err = new java.io.ByteArrayOutputStream();
        var console = new dev.brief.Console(new java.io.PrintStream(err), false, false);
        byte[] html = Reading.resource("news-page.html").getBytes(StandardCharsets.UTF_8);
        ReadResult r = new ArticleReader(console, new java.io.ByteArrayInputStream(html), ReadSettings.defaults()).read(List.of("-"));
        assertEquals("Harbour Post", r.articles().get(0).outlet());
        assertNull(r.articles().get(0).path());
    }

    @Test
    void aTextFileWithOnlyATitleSaysSoAndATrulyEmptyOneIsEmpty() throws IOException {
        Path title = Files.writeString(dir.resolve("title.txt"), "Strong earthquake strikes southern Peru, killing at least 12\nBy Reuters\n");
        Path blank = Files.writeString(dir.resolve("blank.txt"), "\n  \n");
        Reading r = Reading.of(title.toString(), blank.toString(), fixture("windows-1252.txt"));
        assertEquals("no article text found (only a title: \"Strong earthquake strikes southern Peru, killing at least 12\")",
                r.reasonFor(title.toString()));
        assertEquals("empty: no article text", r.reasonFor(blank.toString()));
    }

    @Test
    void aFeedItemWithATitleAndNoTextIsAHeadlineAndAnItemWithNeitherIsSkipped() throws IOException {
        Path feed = Files.writeString(dir.resolve("wire.rss"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>Wire Desk - Latest</title>
                  <item><title>Magnitude 6.1 quake strikes off southern Peru</title><link>https://wire.example/peru-quake</link>
                    <pubDate>Fri, 11 Jul 2025 06:10:00 GMT</pubDate></item>
                  <item><title> </title><description> </description></item>
                </channel></rss>
                """);
        Reading r = Reading.of(new ReadSettings(true, null, null, ReadSettings.DEFAULT_FETCH_TIMEOUT, null), feed.toString());
        Article headline = r.only();
        assertTrue(headline.headlineOnly());
        assertEquals("Magnitude 6.1 quake strikes off southern Peru", headline.text(), "its text is its title, to quote and cite");
        assertEquals("Wire Desk", headline.outlet());
        assertEquals(LocalDate.of(2025, 7, 11), headline.published());
        assertEquals("https://wire.example/peru-quake", headline.url());
        assertEquals("empty: neither a title nor text", r.reasonFor(feed + " item 2"));
    }

    @Test
    void anAggregatorsItemsAreEachTheirOwnOutletsNotTheAggregators() throws IOException {
        Path feed = Files.writeString(dir.resolve("news.rss"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>Top stories - News Aggregator</title>
                  <item><title>Quake strikes off southern Peru - Harbour Post</title><link>https://aggregator.example/a1</link>
                    <source url="https://harbour-post.example">Harbour Post</source></item>
                  <item><title>Peru quake: dozens of homes damaged - Northern Courier</title><link>https://aggregator.example/a2</link>
                    <source url="https://northern-courier.example">Northern Courier</source></item>
                  <item><title>Peru counts the damage</title><link>https://aggregator.example/a3</link></item>
                </channel></rss>
                """);
        Reading r = Reading.of(new ReadSettings(true, null, null, ReadSettings.DEFAULT_FETCH_TIMEOUT, null), feed.toString());
        assertEquals(java.util.List.of("Harbour Post", "Northern Courier", "Top stories"), r.articles().stream().map(Article::outlet).toList(),
                "an item's <source> names its outlet; an item without one is the feed's");
        assertEquals(3, dev.brief.domain.IndependentSources.count(r.articles()), "two outlets through one aggregator are two sources");
        assertEquals("Quake strikes off southern Peru", r.articles().get(0).title(), "the outlet the aggregator appends is cut from the headline");
    }

    @Test
    void aListFileReadsEachInputItNamesRelativeToItself() throws IOException {
        Files.createDirectories(dir.resolve("day"));
        Files.copy(Reading.FIXTURES.resolve("front-matter.md"), dir.resolve("day/talks.md"));
        Path list = Files.writeString(dir.resolve("inputs.txt"), """
                # today's sources
                day/talks.md
                %s   # the seeds, by absolute path
                day/gone.txt
                """.formatted(Path.of("seeds/rubio-lavrov-asean-2025").toAbsolutePath()));
        Reading r = Reading.of(list.toString());
        assertEquals(List.of("Rubio and Lavrov meet in Kuala Lumpur", "470704", "41fbe3"),
                List.of(r.articles().get(0).title(), r.articles().get(1).id(), r.articles().get(2).id()));
        assertEquals(dir.resolve("day/talks.md").toString(), r.articles().get(0).path());
        assertEquals("no such file", r.reasonFor(dir.resolve("day/gone.txt").toString()));
    }

    @Test
    void aListThatNamesItselfIsReadOnce() throws IOException {
        Files.copy(Reading.FIXTURES.resolve("front-matter.md"), dir.resolve("talks.md"));
        Path list = Files.writeString(dir.resolve("list.txt"), "talks.md\nlist.txt\n");
        Reading r = Reading.of(list.toString());
        assertEquals("Rubio and Lavrov meet in Kuala Lumpur", r.only().title());
        assertTrue(r.reasonFor(dir.resolve("list.txt").toString()).startsWith("a list of inputs that was already read"));
    }

    @Test
    void aListOnStdinIsReadToo() {
        String list = Reading.FIXTURES.resolve("front-matter.md") + "\n" + Reading.FIXTURES.resolve("wire-array.json") + "\n";
        ReadResult r = new ArticleReader(dev.brief.Console.silent(), new java.io.ByteArrayInputStream(list.getBytes(StandardCharsets.UTF_8)),
                ReadSettings.defaults()).read(List.of("-"));
        assertEquals(List.of("Rubio and Lavrov meet in Kuala Lumpur", "First in an array", "Second in an array"),
                r.articles().stream().map(Article::title).toList());
    }

    @Test
    void aListInsideAFolderIsNotFollowedButSaysWhatItIs() throws IOException {
        Files.copy(Reading.FIXTURES.resolve("front-matter.md"), dir.resolve("talks.md"));
        Files.writeString(dir.resolve("feeds.txt"), "https://example.org/feed.xml\nhttps://example.org/other.rss\n");
        Reading r = Reading.of(dir.toString());
        assertEquals("Rubio and Lavrov meet in Kuala Lumpur", r.only().title());
        assertEquals("a list of 2 input(s), not an article; name the list itself as an input to read what it lists",
                r.reasonFor(dir.resolve("feeds.txt").toString()));
    }

    @Test
    void aShortArticleIsNotTakenForAList() throws IOException {
        Path note = Files.writeString(dir.resolve("note.txt"), "Quake in Peru\n\nA magnitude 6.8 earthquake struck southern Peru on Friday.\n"
                + "More at https://example.org/quake\n");
        assertEquals("Quake in Peru", Reading.of(note.toString()).only().title());
    }

    @Test
    void nothingIsPrintedWhenNothingWasRead() throws IOException {
        Reading r = Reading.of(dir.resolve("missing.txt").toString(), fixture("empty.md"));
        assertEquals(List.of(), r.articles());
        assertEquals(2, r.result().skipped().size());
        assertEquals("", r.err(), "the caller fails with one line that names the reasons");
    }

    @Test
    void whenAllArticlesAreLeftOutForTheirDateTheReasonSaysSo() {
        ReadSettings since2026 = new ReadSettings(false, LocalDate.of(2026, 1, 1), null, ReadSettings.DEFAULT_FETCH_TIMEOUT, null);
        Reading r = Reading.of(since2026, "seeds/rubio-lavrov-asean-2025/", fixture("ledger-feed.atom"));
        assertEquals(List.of(), r.articles());
        assertEquals("all 3 articles found were published before 2026-01-01 (--since); the latest is from 2025-07-11; widen --since/--until",
                r.result().whyNothing(since2026));

        ReadSettings until = new ReadSettings(false, null, LocalDate.of(2025, 7, 1), ReadSettings.DEFAULT_FETCH_TIMEOUT, null);
        Reading early = Reading.of(until, "seeds/rubio-lavrov-asean-2025/the-europe-today.txt", dir.resolve("missing.txt").toString());
        assertEquals("the only article found was published after 2025-07-01 (--until); the earliest is from 2025-07-11; skipped "
                + dir.resolve("missing.txt") + ": no such file; widen --since/--until", early.result().whyNothing(until));
    }

    @Test
    void aFolderWithoutArticleFilesNamesEveryExtensionThatIsRead() throws IOException {
        Files.writeString(dir.resolve("notes.docx"), "ignored");
        String reason = Reading.of(dir.toString()).reasonFor(dir.toString());
        assertEquals("directory holds no article files (.txt, .text, .md, .markdown, .html, .htm, .xhtml, .shtml, "
                + ".json, .jsonl, .ndjson, .xml, .rss, .atom)", reason);
    }

    @Test
    void aRecordWithEmptyFieldsSaysWhichAreEmptyAndWhichAreMissing() {
        String file = fixture("empty-fields.jsonl");
        Reading r = Reading.of(file);
        assertEquals("ok", r.only().id());
        assertEquals("\"title\" is empty and there is no \"text\" or \"html\"", r.reasonFor(file + ":2"));
        assertEquals("\"text\", \"html\" and \"title\" are empty", r.reasonFor(file + ":3"));
        assertEquals("\"text\" is empty, \"title\" is not text and there is no \"html\"", r.reasonFor(file + ":4"));
        assertEquals("no \"text\", \"html\" or \"title\" field", r.reasonFor(file + ":5"));
        assertTrue(r.err().contains("skipped " + file + ":2: \"title\" is empty and there is no \"text\" or \"html\""), r.err());
    }

    @Test
    void aFileOverTheLimitShowsItsSizeAboveTheLimit() throws IOException {
        Path big = dir.resolve("big.txt");
        Files.write(big, new byte[11_000_000]);
        Reading r = Reading.of(big.toString(), fixture("windows-1252.txt"));
        assertEquals("too large (10.5 MiB; the limit is 10 MiB)", r.reasonFor(big.toString()));
        assertTrue(r.err().contains("skipped " + big + ": too large (10.5 MiB; the limit is 10 MiB)"), r.err());
    }

    @Test
    void stdinOverTheLimitSaysItIsMoreThanTheLimit() {
        ReadResult r = new ArticleReader(Console.silent(), new java.io.ByteArrayInputStream(new byte[(int) ArticleReader.MAX_BYTES + 100]),
                ReadSettings.defaults()).read(List.of("-"));
        assertEquals(List.of("stdin: too large (more than 10 MiB)"), r.skipped().stream().map(Skipped::toString).toList());
    }

    @Test
    void aLinkToNothingInAFolderIsReportedLikeAMissingFileAndTheRestIsRead() throws IOException {
        Files.copy(Reading.FIXTURES.resolve("front-matter.md"), dir.resolve("talks.md"));
        Path broken = Files.createSymbolicLink(dir.resolve("broken.txt"), dir.resolve("gone.txt"));
        Files.createSymbolicLink(dir.resolve("broken.jpg"), dir.resolve("gone.jpg"));
        Reading inFolder = Reading.of(dir.toString());
        assertEquals("Rubio and Lavrov meet in Kuala Lumpur", inFolder.only().title());
        assertEquals(List.of(broken + ": no such file"), inFolder.result().skipped().stream().map(Skipped::toString).toList(),
                "one line for the link; a link to a file type brief does not read is ignored like that file");
        assertTrue(inFolder.err().contains("skipped " + broken + ": no such file"), inFolder.err());
        assertEquals("no such file", Reading.of(broken.toString(), fixture("front-matter.md")).reasonFor(broken.toString()),
                "named directly, the same reason");
    }
}
