package dev.brief.model.openai;

import java.util.Map;

/**
 * The key an OpenAI-compatible server may want, read from the environment only ({@code BRIEF_API_KEY},
 * else {@code OPENAI_API_KEY}), never from an option, so that it stays out of shell history. It is
 * sent in the Authorization header and nowhere else: {@link #toString()} does not show it, and
 * {@link #redact} takes it out of any text a server sends back before brief prints it.
 */
public final class ApiKey {
    public static final String VARIABLE = "BRIEF_API_KEY";
    public static final String OPENAI_VARIABLE = "OPENAI_API_KEY";

    private final String value;
    private final String variable;

    private ApiKey(String value, String variable) {
        this.value = value;
        this.variable = variable;
    }

    /** The key in BRIEF_API_KEY, else OPENAI_API_KEY; null when neither is set. */
    public static ApiKey fromEnvironment(Map<String, String> env) {
        for (String name : new String[] {VARIABLE, OPENAI_VARIABLE}) {
            String v = env.get(name);
            if (v != null && !v.isBlank()) {
                return new ApiKey(v.strip(), name);
            }
        }
        return null;
    }

    /** The key itself: only for the Authorization header. */
    String value() {
        return value;
    }

    /** The environment variable it came from, for messages. */
    public String variable() {
        return variable;
    }

    /** The text with the key (if it appears) replaced, for messages built from what a server said. */
    public String redact(String text) {
        return text == null ? null : text.replace(value, "[API key]");
    }

    /** Null-safe {@link #redact}. */
    static String redact(ApiKey key, String text) {
        return key == null ? text : key.redact(text);
    }

    @Override
    public String toString() {
        return "API key from " + variable;
    }
}
