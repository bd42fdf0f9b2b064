package dev.brief.app;

import dev.brief.BriefException;
import dev.brief.Console;
import dev.brief.ExitCode;
import dev.brief.domain.Article;
import dev.brief.domain.Briefing;
import dev.brief.read.ReadSettings;
import dev.brief.render.JsonBriefingReader;
import dev.brief.verify.Verifier;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * brief verify: the JSON briefings written earlier (one of {@code brief event}, or every event of a
 * {@code brief daily} document) checked against their articles again.
 */
public final class VerifyRun {
    private final Console console;
    private final InputStream stdin;

    public VerifyRun(Console console, InputStream stdin) {
        this.console = console;
        this.stdin = stdin;
    }

    /**
     * Every source a briefing lists must be among the articles, found by id (the same text always
     * gets the same id). "-" reads stdin. The briefing is read before the inputs, so that a wrong
     * name fails before a long read.
     */
    public List<Briefing> run(String briefingJson, List<String> inputs) {
        String json;
        try {
            json = briefingJson.equals("-") ? new String(stdin.readAllBytes(), StandardCharsets.UTF_8)
                    : Files.readString(Path.of(briefingJson), StandardCharsets.UTF_8);
        } catch (IOException | UncheckedIOException e) {
            throw new BriefException(ExitCode.INPUT, "cannot read " + briefingJson + "; pass the JSON file written by 'brief event --format json'");
        }
        List<Briefing> briefings = JsonBriefingReader.readAll(json, briefingJson.equals("-") ? "stdin" : briefingJson);
        List<Article> articles = Inputs.read(inputs, ReadSettings.defaults(), console, stdin).articles();
        Map<String, Article> byId = new LinkedHashMap<>();
        articles.forEach(a -> byId.putIfAbsent(a.id(), a));
        Verifier verifier = new Verifier();
        List<Briefing> checked = new ArrayList<>();
        for (Briefing briefing : briefings) {
            List<String> missing = briefing.sources().stream().filter(s -> !byId.containsKey(s.id()))
                    .map(s -> s.id() + " (" + (s.path() != null ? s.path() : s.url() != null ? s.url() : s.displayName()) + ")").toList();
            if (!missing.isEmpty()) {
                throw new BriefException(ExitCode.INPUT, "the briefing's sources " + String.join(", ", missing)
                        + " are not among the inputs; pass the articles it was made from, unchanged");
            }
            // Against its own event's articles, as the run that wrote it checked it: the other articles of a
            // daily are other events, and would change which article a statement seems to come from.
            checked.add(verifier.check(briefing, briefing.sources().stream().map(s -> byId.get(s.id())).toList()));
        }
        return checked;
    }
}
