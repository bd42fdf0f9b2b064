package dev.brief.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.brief.domain.Article;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The article text of web pages built the ways that made readers lose it: one test per kind of page. */
class PageTextTest {
    @TempDir
    Path dir;

    private static String text(String fixture) {
        return HtmlArticleParser.parse(Reading.resource(fixture), null).text();
    }

    private static void assertNone(String text, String... furniture) {
        for (String f : furniture) {
            assertFalse(text.contains(f), f + " leaked into the text: " + text);
        }
    }

    private static int count(String text, String phrase) {
        return (int) Pattern.compile(Pattern.quote(phrase)).matcher(text).results().count();
    }

    @Test
    void aStoryInsideAFormAndInWrappersNamedLikeFurnitureIsRead() {
        String text = text("form-wrapped-page.html");
        assertTrue(text.startsWith("The port authority on Tuesday approved a year-long trial of night ferries"), text);
        assertTrue(text.contains("Island councillor Maren Holt, who has campaigned for the service since 2015"),
                "a read-more box that holds a third of the story is the story: " + text);
        assertTrue(text.endsWith("the midnight sailing could be dropped before the trial ends."), text);
        assertEquals(5, text.split("\n\n").length, text);
        assertNone(text, "ADVERTISEMENT", "Most read", "Storm closes", "Business", "Search", "Harbour Row", "Weather");
    }

    @Test
    void anOpinionPieceInAWrapperNamedForCommentIsReadAndItsReadersCommentsAreNot() {
        String column = "<p>Every city that has tried congestion charging has seen the same thing: fierce opposition before the charge, "
                + "and quiet acceptance a year after it, once the buses run on time and the air is cleaner.</p>"
                + "<p>Our council should stop commissioning studies and set a date. The evidence from Stockholm, London and Milan "
                + "is as clear as evidence in transport policy ever gets, and every year of delay costs lives.</p>";
        String readers = "<p>Reader1: I drive to work because there is no bus from my village, and this would cost me a fortune.</p>"
                + "<p>Reader2: Stockholm is not our city, and the comparison with Milan ignores how small our centre is.</p>";
        String html = "<html><head><title>Set a date for the congestion charge | Opinion</title></head><body><article>"
                + "<h1>Set a date for the congestion charge</h1><p class=\"standfirst\">Our columnist on why the council should stop "
                + "waiting for another study.</p><div class=\"content--comment\">" + column + "</div>"
                + "<section class=\"comments\">" + readers + "</section></article></body></html>";
        String text = HtmlArticleParser.parse(html, null).text();
        assertTrue(text.contains("Every city that has tried congestion charging"), text);
        assertTrue(text.endsWith("every year of delay costs lives."), text);
        assertNone(text, "Reader1", "Reader2");
    }

    @Test
    void aMarkedBodyHoldingOnlyTheIntroIsJoinedByTheRestOfTheStory() {
        String text = text("article-body-intro-page.html");
        assertTrue(text.startsWith("A rail strike that would have halted trains across the valley"), text);
        assertTrue(text.contains("The agreement raises drivers' pay by 4.5 percent"), text);
        assertTrue(text.contains("\n\nCommuters relieved\n\nAbout 60,000 people"), "the subheading stays with its paragraph: " + text);
        assertTrue(text.endsWith("Trains will run to the normal timetable on Monday."), text);
        assertNone(text, "Share on", "Union sets strike dates", "Related", "Tomas Lind", "Valley Chronicle", "Home");
    }

    @Test
    void theStoryIsTheArticleThatHoldsMostOfTheText() {
        String text = text("several-articles-page.html");
        assertTrue(text.startsWith("Households in three northern districts will be limited to 120 litres"), text);
        assertTrue(text.endsWith("which forecasters say is unlikely before the autumn rains."), text);
        assertNone(text, "Council budget", "six-hour debate", "New bridge", "Library hours");
    }

    @Test
    void aMarkedArticleFarShorterThanThePageTextGivesWayToTheScoredOne() {
        String text = text("teaser-article-page.html");
        assertTrue(text.startsWith("The city council voted on Monday to buy back the old tram depot"), text);
        assertTrue(text.endsWith("after a fire damaged part of its roof in 2021."), text);
        assertNone(text, "horse power");
    }

    @Test
    void aShortMarkedBodyIsKeptWhenTheLongerTextOnThePageIsAnotherOne() {
        String brief = "<p>The northern bypass will close for resurfacing from 8 p.m. on Friday until 6 a.m. on Monday, "
                + "the roads agency said, and traffic will be sent through the town centre.</p>"
                + "<p>Buses on routes 4 and 9 will run every twenty minutes instead of every ten while the road is closed.</p>";
        StringBuilder other = new StringBuilder();
        for (String topic : new String[] {"school meals", "library hours", "harbour dredging", "tram fares"}) {
            other.append("<p>Councillors spent most of Tuesday evening on ").append(topic).append(", and agreed after a long debate that ")
                    .append("the matter would return to the full council in the spring, once officers have costed each of the options "
                            + "that residents put forward at the public meetings held over the summer in every ward.</p>");
        }
        String html = "<html><head><title>Bypass to close for the weekend</title></head><body><div id=\"page\">"
                + "<div class=\"col-left\"><main><div class=\"story\" itemprop=\"articleBody\">" + brief + "</div></main></div>"
                + "<div class=\"col-right\"><div class=\"box\"><div class=\"council-diary\"><h2>From the council chamber</h2>" + other
                + "</div></div></div></div></body></html>";
        String text = HtmlArticleParser.parse(html, null).text();
        assertTrue(text.startsWith("The northern bypass will close"), text);
        assertNone(text, "Councillors spent");
    }

    @Test
    void textNoReaderSeesIsNotRead() {
        String text = text("hidden-copies-page.html");
        assertEquals(1, count(text, "The national museum will return four bronze statues"), text);
        assertEquals(1, count(text, "The statues will go on show in the restored town hall"), text);
        assertNone(text, "Advertisement", "Sign in to keep reading");
    }

    @Test
    void aPostQuotedFromASocialNetworkStaysInTheStory() {
        String text = text("embedded-post-page.html");
        assertTrue(text.contains("I was wrong to call the drivers lazy. They work hard in hard conditions"), text);
        assertTrue(text.contains("Minister Ana Berg (@anaberg)"), "who posted it: " + text);
        assertTrue(text.indexOf("I was wrong") < text.indexOf("The union said the apology"), "in its place in the story: " + text);
        assertNone(text, "Share on");
    }

    @Test
    void aCookieBannerIsNotPartOfTheArticle() {
        TextArticleParser.Parsed p = HtmlArticleParser.parse(Reading.resource("consent-banner-page.html"), null);
        assertEquals("The first ferry to the islands will leave thirty minutes earlier from Monday, at 5.45 a.m., so that workers on the early "
                + "shift at the hospital can reach the mainland before seven, the ferry company said on Friday.\n\n"
                + "The last evening sailing will move from 10.15 p.m. to 10.45 p.m. on weekdays. Weekend times will not change. "
                + "The company said the new timetable would run until the end of October.", p.text());
    }

    @Test
    void twoPagesShowingOnlyTheSameBannerAreRefusedNotMergedAsOneArticle() throws IOException {
        Path a = Files.writeString(dir.resolve("a.html"), Reading.resource("consent-only-page.html").replace("{{title}}", "Bus fares rise in May"));
        Path b = Files.writeString(dir.resolve("b.html"), Reading.resource("consent-only-page.html").replace("{{title}}", "Mayor opens new park"));
        Reading r = Reading.of(a.toString(), b.toString());
        assertEquals(List.of(), r.articles());
        assertTrue(r.reasonFor(a.toString()).startsWith("a cookie-consent page, not the article"), r.reasonFor(a.toString()));
        assertTrue(r.reasonFor(b.toString()).startsWith("a cookie-consent page, not the article"), r.reasonFor(b.toString()));
    }

    @Test
    void validUtf8WinsOverTheCharsetAPageDeclares() {
        Article a = Reading.of(Reading.fixture("utf8-declared-gb2312.html")).only();
        assertEquals("新电脑已可利用记忆自学", a.title());
        assertTrue(a.text().startsWith("研究人员周三表示，一种新型计算机系统能够利用外部记忆自行学习"), a.text());
    }

    @Test
    void aPageWrittenInTheCharsetItDeclaresIsReadInIt() throws IOException {
        String page = Reading.resource("utf8-declared-gb2312.html");
        Path gb = Files.write(dir.resolve("gb.html"), page.getBytes(Charset.forName("GB2312")));
        Article a = Reading.of(gb.toString()).only();
        assertEquals("新电脑已可利用记忆自学", a.title());
        assertTrue(a.text().contains("在伦敦地铁图上规划路线"), a.text());
    }
}
