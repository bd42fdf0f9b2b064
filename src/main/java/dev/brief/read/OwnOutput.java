package dev.brief.read;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Recognises what brief itself wrote, so that a briefing saved next to the articles (say
 * {@code -o day/today.md}) is not read back as an article on the next run. The marks are the lines
 * every rendering carries, not the file's name.
 */
final class OwnOutput {
    static final String REASON = "a briefing written by brief, not an article";
    /** A briefing's header: "*2 sources · 10–11 July 2025 · engine: ollama · …*", in HTML inside {@code <p class="meta">}. */
    private static final Pattern BRIEFING_HEADER =
            Pattern.compile("(?m)^(?:\\*|<p class=\"meta\">)\\d+ sources? · (?:.* · )?engine: [\\w.-]+");
    /** A daily document's footer: "12 articles · 5 events (2 briefed, 0 failed, 3 also reported) · model calls: …". */
    private static final Pattern DAILY_FOOTER =
            Pattern.compile("\\d+ articles · \\d+ events \\(\\d+ briefed, \\d+ failed, \\d+ also reported\\) · model calls: ");
    private static final JsonFactory JSON = new JsonFactory();

    private OwnOutput() {}

    static boolean wroteThis(String text) {
        String start = text.stripLeading();
        if (start.startsWith("{")) {
            Set<String> fields = topLevelFields(start);
            return fields.containsAll(Set.of("headline", "engine", "sources"))
                    || fields.containsAll(Set.of("events", "alsoReported", "counts"));
        }
        return BRIEFING_HEADER.matcher(text).find() || DAILY_FOOTER.matcher(text).find();
    }

    /** The field names of the first JSON object in the text; empty if it is not JSON. */
    private static Set<String> topLevelFields(String json) {
        Set<String> names = new HashSet<>();
        try (JsonParser p = JSON.createParser(json)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return names;
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                names.add(p.currentName());
                p.nextToken();
                p.skipChildren();
            }
        } catch (IOException e) {
            // Not JSON, or broken after the fields already seen: the names so far are what there is.
        }
        return names;
    }
}
