package dev.brief;

import dev.brief.app.DailyRun;
import dev.brief.app.ModelSettings;
import dev.brief.app.SiteRun;
import dev.brief.app.Topics;
import dev.brief.domain.DailyBriefing;
import dev.brief.domain.Engine;
import dev.brief.read.ArticleReader;
import dev.brief.read.ReadResult;
import dev.brief.read.ReadSettings;
import dev.brief.render.Coverage;
import dev.brief.render.DailyRenderer;
import dev.brief.render.SiteWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The example site of {@code src/test/resources/site}, built as {@code brief daily INPUTS... --no-fetch
 * --exclude museum --engine extractive --site DIR} builds it, on 11 July 2025 at 11:00 UTC (a fixed
 * clock, so that which feed is stale does not depend on the day the tests run).
 */
public record ExampleSite(Path dir, DailyBriefing daily, SiteWriter.Written written, String stderr) {
    public static final Instant NOW = Instant.parse("2025-07-11T11:00:00Z");
    /** Hand-written feeds (two fresh, one stale), the seeds, and a feed that cannot be fetched. */
    public static final List<String> INPUTS = List.of("src/test/resources/site/feeds/harbour-post.atom",
            "src/test/resources/site/feeds/northern-courier.rss", "src/test/resources/site/feeds/old-gazette.rss", "seeds/rubio-lavrov-asean-2025/",
            "https://feeds.invalid/world.rss");

    public static ExampleSite build(Path dir) {
        return build(dir, NOW);
    }

    public static ExampleSite build(Path dir, Instant now) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Console console = new Console(new PrintStream(err, true, StandardCharsets.UTF_8), false, false);
        Clock clock = Clock.fixed(now, ZoneOffset.UTC);
        try (SiteRun site = SiteRun.open(new SiteRun.Settings(dir, 0, Duration.ofSeconds(5)), console, clock)) {
            ReadResult read = new ArticleReader(console, new ByteArrayInputStream(new byte[0]),
                    new ReadSettings(true, null, null, Duration.ofSeconds(5), null)).read(INPUTS);
            List<Coverage.Excluded> excluded = new ArrayList<>();
            ModelSettings extractive = new ModelSettings(ModelSettings.DEFAULT_MODEL, dev.brief.model.Backend.OLLAMA, List.of(), null, 1,
                    Engine.EXTRACTIVE, null, null, Duration.ofMinutes(1), null, null, null);
            DailyBriefing daily = new DailyRun(extractive, console, 1, false)
                    .following(Topics.of(List.of(), List.of("museum")), excluded::add).run(read.articles());
            DailyRenderer renderer = new DailyRenderer().withCoverage(Coverage.of(read, excluded, Coverage.DEFAULT_STALE_AFTER, now));
            SiteWriter.Written written = site.write(daily, renderer);
            return new ExampleSite(dir, daily, written, err.toString(StandardCharsets.UTF_8));
        }
    }

    public Path dayPage() {
        return dir.resolve(SiteWriter.dayFile(written.day(), "html"));
    }
}
