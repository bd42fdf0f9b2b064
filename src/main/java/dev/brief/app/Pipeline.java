package dev.brief.app;

import dev.brief.BriefException;
import dev.brief.Console;
import dev.brief.ExitCode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.brief.engine.Briefer;
import dev.brief.domain.Briefing;
import dev.brief.model.CachingLanguageModel;
import dev.brief.model.CallCount;
import dev.brief.model.CassetteServer;
import dev.brief.domain.Engine;
import dev.brief.model.LanguageModel;
import dev.brief.engine.llm.LlmBriefer;
import dev.brief.model.ollama.OllamaLanguageModel;
import dev.brief.model.ollama.OllamaServer;
import dev.brief.engine.extractive.ExtractiveBriefer;
import dev.brief.engine.llm.PromptSet;
import dev.brief.model.ReplayingLanguageModel;
import dev.brief.domain.Event;
import dev.brief.group.EventGrouper;
import dev.brief.group.Grouping;
import dev.brief.domain.Article;
import dev.brief.read.ArticleReader;
import dev.brief.read.ReadResult;
import dev.brief.read.ReadSettings;
import dev.brief.render.JsonBriefingReader;
import dev.brief.verify.Verifier;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Wires the stages together: read → (group) → brief → verify → render. Commands build one from their
 * options and call the steps they need.
 */
public final class Pipeline implements AutoCloseable {
    public static final String DEFAULT_MODEL = "qwen2.5:7b";
    public static final double TEMPERATURE = 0.0;
    public static final int SEED = 42;
    public static final int ANSWER_TOKENS = 2048;
    /** /api/show only reads the model's metadata; a busy server still answers it at once. */
    private static final Duration SHOW_TIMEOUT = Duration.ofSeconds(30);
    /** How long --engine auto waits for Ollama before falling back to the extractive engine. */
    public static final Duration AUTO_CHECK_TIMEOUT = Duration.ofSeconds(2);

    /**
     * @param maxNumCtx the largest num_ctx to send, or null for no limit
     * @param cacheDir  where model answers are cached, or null for no cache
     * @param recordDir where to record every exchange with Ollama (--record), or null
     * @param replayDir recorded exchanges to answer from instead of Ollama (--replay), or null
     */
    public record Settings(String model, String ollamaUrl, Engine engine, Path promptsDir, Integer maxNumCtx,
            Duration timeout, Path cacheDir, Path recordDir, Path replayDir) {

        /** Settings that call no server until told otherwise: for rendering prompts and for brief test. */
        public static Settings offline(String model, Path promptsDir, Integer maxNumCtx) {
            return new Settings(model == null ? DEFAULT_MODEL : model, dev.brief.model.ollama.OllamaHost.DEFAULT, Engine.OLLAMA,
                    promptsDir, maxNumCtx, Duration.ofMinutes(1), null, null, null);
        }

        public Settings withReplay(Path dir) {
            return new Settings(model, ollamaUrl, Engine.OLLAMA, promptsDir, maxNumCtx, timeout, null, null, dir);
        }
    }

    private final Settings settings;
    private final Console console;
    private final InputStream stdin;
    private final CallCount.Totals callTotals = new CallCount.Totals();
    /** Where each article read came from, to name an article in a replay failure. */
    private final Map<String, String> articlePaths = new ConcurrentHashMap<>();
    private LanguageModel languageModel;
    private CassetteServer cassettes;
    private Briefer briefer;

    public Pipeline(Settings settings, Console console, InputStream stdin) {
        this.settings = settings;
        this.console = console;
        this.stdin = stdin;
        if (settings != null && settings.promptsDir() != null) {
            // A typo in --prompts fails now, not only on the day the model is up and the prompts are needed.
            PromptSet.fromDirectory(settings.promptsDir());
        }
    }

    /** Reads the inputs; fails only when not one article could be read. */
    public ReadResult read(List<String> inputs) {
        return read(inputs, ReadSettings.defaults());
    }

    public ReadResult read(List<String> inputs, ReadSettings readSettings) {
        if (inputs.isEmpty()) {
            throw new BriefException(ExitCode.INPUT, "no inputs given; pass article files, folders, URLs, or - for stdin");
        }
        ReadResult result = new ArticleReader(console, stdin, readSettings).read(inputs);
        if (result.articles().isEmpty()) {
            throw new BriefException(ExitCode.INPUT, result.whyNothing(readSettings));
        }
        for (Article a : result.articles()) {
            articlePaths.put(a.id(), a.path() != null ? a.path() : a.where());
        }
        return result;
    }

    /** Groups articles into events, with no model call. */
    public Grouping group(List<Article> articles) {
        console.debug("grouping " + articles.size() + " articles (loading the embedding model)");
        return new EventGrouper().group(articles);
    }

    /**
     * brief event takes its articles as one story; a notice says so when grouping sees several. Only
     * from 3 articles: two are nearly always one story, and grouping loads the embedding model.
     */
    public void noticeIfSeveralStories(List<Article> articles) {
        if (articles.size() < 3 || console.quiet()) {
            return; // two articles are one story or a pair to compare; under -q nobody would see the notice
        }
        int stories = group(articles).events().size();
        if (stories > 1) {
            console.notice("these " + articles.size() + " articles look like " + stories
                    + " different stories; 'brief group' shows them, 'brief daily' briefs each");
        }
    }

    /** Briefs one event, checks every item, and gives failing items one repair round-trip. */
    public Briefing briefEvent(Event event) {
        Briefer briefer = briefer();
        Verifier verifier = new Verifier();
        Briefing checked = verifier.check(briefer.brief(event), event.articles());
        if (checked.verification().unverified() == 0) {
            return checked;
        }
        console.debug(checked.verification().unverified() + " item(s) failed their checks; asking for one repair");
        Briefing repaired = briefer.repair(event, checked);
        return repaired == checked ? checked : verifier.checkAfterRepair(repaired, checked, event.articles());
    }

    /**
     * Checks the JSON briefings written earlier (one of {@code brief event}, or every event of a
     * {@code brief daily} document) against their articles again. Every source they list must be
     * among the articles, found by id (the same text always gets the same id). "-" reads stdin.
     * The briefing is read before the inputs, so that a wrong name fails before a long read.
     */
    public List<Briefing> verify(String briefingJson, List<String> inputs) {
        String json;
        try {
            json = briefingJson.equals("-") ? new String(stdin.readAllBytes(), StandardCharsets.UTF_8)
                    : Files.readString(Path.of(briefingJson), StandardCharsets.UTF_8);
        } catch (IOException | UncheckedIOException e) {
            throw new BriefException(ExitCode.INPUT, "cannot read " + briefingJson + "; pass the JSON file written by 'brief event --format json'");
        }
        List<Briefing> briefings = JsonBriefingReader.readAll(json, briefingJson.equals("-") ? "stdin" : briefingJson);
        List<Article> articles = read(inputs).articles();
        Set<String> ids = articles.stream().map(Article::id).collect(Collectors.toSet());
        List<Briefing> checked = new java.util.ArrayList<>();
        for (Briefing briefing : briefings) {
            List<String> missing = briefing.sources().stream().filter(s -> !ids.contains(s.id()))
                    .map(s -> s.id() + " (" + (s.path() != null ? s.path() : s.url() != null ? s.url() : s.displayName()) + ")").toList();
            if (!missing.isEmpty()) {
                throw new BriefException(ExitCode.INPUT, "the briefing's sources " + String.join(", ", missing)
                        + " are not among the inputs; pass the articles it was made from, unchanged");
            }
            checked.add(new Verifier().check(briefing, articles));
        }
        return checked;
    }

    public PromptSet prompts() {
        return PromptSet.load(settings.promptsDir());
    }

    /** The engine, chosen once per run: auto checks the server quickly and falls back to the extractive engine. */
    public synchronized Briefer briefer() {
        if (briefer == null) {
            briefer = switch (settings.engine()) {
                case OLLAMA -> llmBriefer();
                case EXTRACTIVE -> new ExtractiveBriefer();
                case AUTO -> autoBriefer();
            };
        }
        return briefer;
    }

    private Briefer autoBriefer() {
        String why = new OllamaServer(settings.ollamaUrl(), AUTO_CHECK_TIMEOUT).whyUnusable(settings.model());
        if (why == null) {
            return llmBriefer();
        }
        console.notice(why + ", so this briefing uses the extractive engine (sentences quoted from the sources, no LLM); "
                + "to use the model, start 'ollama serve' and run 'ollama pull " + settings.model()
                + "' (or set --ollama-url), or pass --engine extractive to skip this check");
        return new ExtractiveBriefer();
    }

    public LlmBriefer llmBriefer() {
        return new LlmBriefer(languageModel(), prompts(),
                new LlmBriefer.Settings(settings.model(), settings.maxNumCtx(), TEMPERATURE, SEED, ANSWER_TOKENS),
                this::modelContextLength);
    }

    /**
     * The model's context length from the server. Unknown when the server cannot tell (the chat call
     * then reports why), so that cached answers still replay without a server.
     */
    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private OptionalInt modelContextLength() {
        try {
            // Through the cassette server when recording or replaying, so a replay sizes its calls as the recording did.
            String url = cassettes != null ? cassettes.url() : settings.ollamaUrl();
            OptionalInt length = new OllamaServer(url, min(settings.timeout(), SHOW_TIMEOUT)).contextLength(settings.model());
            console.debug("context length of " + settings.model() + ": " + (length.isPresent() ? length.getAsInt() : "not given by the server"));
            return length;
        } catch (BriefException e) {
            if (e.exitCode() == ExitCode.SERVER) {
                throw e; // a server too stalled to describe a model would stall the chat call too
            }
            console.debug("could not read the context length of " + settings.model() + ": " + e.getMessage());
            return OptionalInt.empty();
        }
    }

    /** One per pipeline: a recording or replaying server is started once, on first use. */
    public synchronized LanguageModel languageModel() {
        if (languageModel != null) {
            return languageModel;
        }
        if (settings.replayDir() != null) {
            cassettes = CassetteServer.replay(settings.replayDir(), console);
            // No cache: a replay must exercise the recordings, not answers kept from earlier runs.
            languageModel = new CallCount(new ReplayingLanguageModel(cassettes, settings.replayDir(), settings.timeout(), prompts(),
                    articlePaths::get), callTotals);
            return languageModel;
        }
        String url = settings.ollamaUrl();
        if (settings.recordDir() != null) {
            // Fail as any run does when the server is away, rather than through the recording proxy's error.
            new OllamaServer(url, min(settings.timeout(), SHOW_TIMEOUT)).version();
            PromptSet prompts = prompts();
            ObjectMapper json = new ObjectMapper();
            ObjectNode notes = json.createObjectNode();
            notes.put("promptHash", prompts.hash());
            notes.set("promptFiles", json.valueToTree(prompts.fileHashes()));
            cassettes = CassetteServer.record(settings.recordDir(), url, settings.timeout(), notes, console);
            url = cassettes.url();
        }
        LanguageModel model = new OllamaLanguageModel(url, settings.timeout());
        languageModel = new CallCount(settings.cacheDir() == null ? model : new CachingLanguageModel(model, settings.cacheDir().resolve("llm"), console::notice),
                callTotals);
        return languageModel;
    }

    /** Model calls of every model this pipeline made, across threads. */
    public CallCount.Totals callTotals() {
        return callTotals;
    }

    /** Stops a recording or replaying server; a recording is written to its folder here. */
    @Override
    public synchronized void close() {
        if (cassettes != null) {
            CassetteServer c = cassettes;
            cassettes = null;
            languageModel = null;
            c.close();
        }
    }

    public Settings settings() {
        return settings;
    }
}
