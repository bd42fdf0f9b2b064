package dev.brief.model.openai;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.regex.Pattern;

/**
 * What an OpenAI-compatible server said when it refused a request. The servers word their error
 * bodies differently: OpenAI and llama-server {"error":{"message":...}}, vLLM {"object":"error",
 * "message":...}, LM Studio and others {"error":"..."}.
 */
final class ServerError {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** OpenAI's context_length_exceeded, vLLM's "maximum context length is", llama-server's exceed_context_size_error. */
    private static final Pattern CONTEXT = Pattern.compile(
            "(?i)context[_ ]length[_ ]exceeded|maximum context length|exceed_context_size|exceeds the available context"
                    + "|context (length|size|window) (is|of|exceeded)|too many tokens|prompt is too long|input is too long|context overflow");
    /** A server that cannot give structured output says so about response_format, json_schema or its grammar. */
    private static final Pattern FORMAT = Pattern.compile("(?i)response_format|json_schema|json schema|json_object|structured output|grammar");
    private static final Pattern MODEL_NOT_FOUND = Pattern.compile("(?i)model\\b.*\\b(not found|does not exist|not exist|unknown|not loaded|no such)"
            + "|(not found|unknown|invalid)\\b.*\\bmodel");

    private ServerError() {}

    /** The message of an error body, on one line; the body itself, shortened, when it is not JSON. */
    static String message(String body) {
        if (body == null || body.isBlank()) {
            return "";
        }
        try {
            JsonNode root = JSON.readTree(body);
            JsonNode error = root.path("error");
            String m = error.isTextual() ? error.asText()
                    : error.path("message").isTextual() ? error.path("message").asText()
                    : root.path("message").isTextual() ? root.path("message").asText()
                    : root.path("detail").isTextual() ? root.path("detail").asText() : null;
            if (m != null) {
                return oneLine(m);
            }
        } catch (IOException | RuntimeException e) {
            // not JSON: a proxy's HTML page, or plain text
        }
        return oneLine(body);
    }

    static boolean isContextExceeded(int status, String message) {
        return (status == 400 || status == 413 || status == 422 || status == 500) && CONTEXT.matcher(message).find();
    }

    static boolean isFormatRefusal(int status, String message) {
        return (status == 400 || status == 415 || status == 422 || status == 500 || status == 501) && FORMAT.matcher(message).find();
    }

    static boolean isModelNotFound(String message) {
        return MODEL_NOT_FOUND.matcher(message).find();
    }

    static String oneLine(String s) {
        String t = s.replaceAll("[\\p{Cntrl}\\s]+", " ").strip();
        return t.length() > 240 ? t.substring(0, 240) + "…" : t;
    }
}
