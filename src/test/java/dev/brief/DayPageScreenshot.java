package dev.brief;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Makes the README's picture of a day page, docs/day-page.png: the example site (the seeds plus a few
 * hand-written stories, see src/test/resources/site) rendered by headless Chromium.
 * <pre>./mvnw -q test-compile exec:java -Dexec.mainClass=dev.brief.DayPageScreenshot</pre>
 */
public final class DayPageScreenshot {
    private DayPageScreenshot() {}

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("brief-example-site");
        ExampleSite site = ExampleSite.build(dir);
        Path png = Path.of(args.length > 0 ? args[0] : "docs/day-page.png");
        try (Chromium chromium = new Chromium()) {
            chromium.screenshot(site.dayPage(), png, 900, 1720);
            if (!chromium.requests().isEmpty()) {
                throw new AssertionError("the page loaded something from outside: " + chromium.requests());
            }
        }
        System.out.println("wrote " + png + " from " + site.dayPage());
    }
}
