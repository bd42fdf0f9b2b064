package dev.brief.app;

import dev.brief.read.ReadSettings;
import dev.brief.BriefException;
import dev.brief.Console;
import dev.brief.ExitCode;
import dev.brief.domain.Briefing;
import dev.brief.model.Backend;
import dev.brief.model.Cassette;
import dev.brief.domain.Event;
import dev.brief.read.ReadResult;
import dev.brief.render.RequestText;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Runs the cases of prompt suites through the real pipeline (read, brief, verify) with the model's
 * side answered from cassettes (in the wire format of the backend that recorded them) or hand-written
 * answers (in Ollama's), served by an embedded WireMock. No model and no network are involved.
 */
public final class PromptSuiteRunner {
    /** A failed expectation is said in at most this many characters; a longer one is cut. */
    static final int REASON_CHARS = 300;

    /** One case's outcome; reason is null when it passed, else one line per failed expectation. */
    public record Result(String suite, String name, String reason, double seconds) {
        public boolean passed() {
            return reason == null;
        }

        /** Each failed expectation, one a line. */
        public List<String> reasons() {
            return reason == null ? List.of() : List.of(reason.split("\n"));
        }
    }

    private final Path promptsDir;
    private final Console console;

    /** @param promptsDir the prompts to test, or null for the bundled ones */
    public PromptSuiteRunner(Path promptsDir, Console console) {
        this.promptsDir = promptsDir;
        this.console = console;
    }

    public List<Result> run(PromptSuite suite) {
        List<Result> results = new ArrayList<>();
        for (PromptSuite.Case c : suite.cases()) {
            long start = System.nanoTime();
            String reason;
            try {
                List<String> failures = run(suite, c);
                reason = failures.isEmpty() ? null : String.join("\n", failures.stream().map(PromptSuiteRunner::readable).toList());
            } catch (BriefException e) {
                reason = readable(e.getMessage());
            }
            results.add(new Result(suite.file().toString(), c.name(), reason, (System.nanoTime() - start) / 1e9));
        }
        return results;
    }

    private List<String> run(PromptSuite suite, PromptSuite.Case c) {
        Path dir = suite.file().toAbsolutePath().getParent();
        Path handWritten = null;
        try {
            Path replay;
            String model = c.model();
            // Hand-written answers are served as Ollama serves them; a recording, by the backend that recorded it.
            Backend backend = Backend.OLLAMA;
            if (c.response().cassette() != null) {
                replay = dir.resolve(c.response().cassette()).normalize();
                List<Cassette> recorded = Cassette.readAll(replay);
                if (model == null) {
                    model = recorded.stream().map(Cassette::model).filter(Objects::nonNull).findFirst().orElse(null);
                }
                backend = recorded.stream().map(Cassette::backend).findFirst().orElse(Backend.OLLAMA);
            } else {
                model = model == null ? ModelSettings.DEFAULT_MODEL : model;
                handWritten = Files.createTempDirectory("brief-test-");
                Cassette.writeHandWritten(handWritten, model, c.response().handWritten());
                replay = handWritten;
            }
            ModelSettings settings = ModelSettings.offline(model, promptsDir, c.numCtx()).withBackend(backend).withReplay(replay);
            ReadResult read = Inputs.read(c.inputs().stream().map(i -> dir.resolve(i).normalize().toString()).toList(),
                    ReadSettings.defaults(), console, InputStream.nullInputStream());
            try (BriefingSession session = new BriefingSession(settings, console, read.articles())) {
                Event event = Event.of(read.articles());
                Briefing briefing = session.brief(event);
                return c.expect().failures(briefing, read.articles(),
                        () -> RequestText.render(session.llmBriefer().request(event)), dir);
            }
        } catch (IOException e) {
            throw new BriefException(ExitCode.INTERNAL, "cannot write the hand-written answers to a temporary folder (" + e.getMessage() + ")");
        } finally {
            delete(handWritten);
        }
    }

    /** One line of readable length: a briefing's item or a whole request can be quoted in a failure. */
    static String readable(String failure) {
        String line = failure.replaceAll("\\s+", " ").strip();
        return line.length() <= REASON_CHARS ? line : line.substring(0, REASON_CHARS - 1) + "…";
    }

    private static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // a temporary folder left behind costs nothing but space
        }
    }
}
