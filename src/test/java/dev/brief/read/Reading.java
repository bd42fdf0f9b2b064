package dev.brief.read;

import dev.brief.domain.Article;
import dev.brief.Console;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/** Runs an {@link ArticleReader} for a test and keeps what it said on stderr. */
record Reading(ReadResult result, String err) {
    static final Path FIXTURES = Path.of("src/test/resources/read");

    static String fixture(String name) {
        return FIXTURES.resolve(name).toString();
    }

    static String resource(String name) {
        try (InputStream in = Reading.class.getResourceAsStream("/read/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Reading of(ReadSettings settings, String... inputs) {
        return of(settings, false, inputs);
    }

    /** As brief -v reads them: the notices with what they sum up. */
    static Reading verbose(ReadSettings settings, String... inputs) {
        return of(settings, true, inputs);
    }

    private static Reading of(ReadSettings settings, boolean verbose, String... inputs) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Console console = new Console(new PrintStream(err, true, StandardCharsets.UTF_8), false, verbose);
        ReadResult result = new ArticleReader(console, new ByteArrayInputStream(new byte[0]), settings).read(List.of(inputs));
        return new Reading(result, err.toString(StandardCharsets.UTF_8));
    }

    static Reading of(String... inputs) {
        return of(ReadSettings.defaults(), inputs);
    }

    List<Article> articles() {
        return result.articles();
    }

    Article only() {
        if (result.articles().size() != 1) {
            throw new AssertionError("expected one article, got " + result.articles() + "; stderr: " + err);
        }
        return result.articles().get(0);
    }

    Article byTitle(String title) {
        return result.articles().stream().filter(a -> title.equals(a.title())).findFirst()
                .orElseThrow(() -> new AssertionError("no article titled " + title + " in " + result.articles().stream().map(Article::title).toList()));
    }

    String reasonFor(String input) {
        return result.skipped().stream().filter(s -> s.input().equals(input)).map(Skipped::reason).findFirst()
                .orElseThrow(() -> new AssertionError(input + " was not skipped; skipped: " + result.skipped()));
    }
}
