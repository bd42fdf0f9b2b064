package dev.brief.app;

import dev.brief.Console;
import dev.brief.domain.Event;
import dev.brief.engine.llm.LlmBriefer;
import dev.brief.read.ReadSettings;
import dev.brief.render.RequestText;
import java.io.InputStream;
import java.util.List;

/** brief prompts render: the exact request 'brief event' would send for these articles, with no model call. */
public final class PromptPreview {
    private PromptPreview() {}

    public static String render(ModelSettings settings, List<String> inputs, Console console, InputStream stdin) {
        Event event = Event.of(Inputs.read(inputs, ReadSettings.defaults(), console, stdin).articles());
        try (BriefingSession session = new BriefingSession(settings, console, event.articles())) {
            LlmBriefer briefer = session.llmBriefer();
            if (briefer.needsMapReduce(event)) {
                console.notice("these articles do not fit the context in one call, so 'brief event' would first"
                        + " reduce each one to notes (prompts/map.md) and brief the notes (prompts/reduce.md); shown is the full-text request, for reference");
            }
            return RequestText.render(briefer.request(event), settings.backend());
        }
    }
}
