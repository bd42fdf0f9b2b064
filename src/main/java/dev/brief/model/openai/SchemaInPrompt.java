package dev.brief.model.openai;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.brief.model.ChatTurn;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * For a server that cannot constrain its answer to a JSON schema: the schema goes into the system
 * message instead, so that the model still knows the shape wanted. Not a prompt file: it is the same
 * schema the other servers get as response_format, put into words.
 */
final class SchemaInPrompt {
    static final String INTRO = "Answer with one JSON object and nothing else: no prose, no code fence. It must follow this JSON schema:";
    private static final ObjectMapper JSON = new ObjectMapper();

    private SchemaInPrompt() {}

    static List<ChatTurn> add(List<ChatTurn> messages, String schema) {
        String text = INTRO + "\n" + pretty(schema);
        List<ChatTurn> out = new ArrayList<>(messages);
        if (!out.isEmpty() && out.get(0).role().equals("system")) {
            out.set(0, ChatTurn.system(out.get(0).content() + "\n\n" + text));
        } else {
            out.add(0, ChatTurn.system(text));
        }
        return out;
    }

    private static String pretty(String schema) {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(JSON.readTree(schema));
        } catch (IOException e) {
            return schema;
        }
    }
}
