package dev.brief.model.openai;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.brief.BriefException;
import dev.brief.ExitCode;
import dev.brief.model.HttpClients;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * What an OpenAI-compatible server says about itself: the models it serves ({@code GET /models}) and
 * the context length of one, which each server reports in its own place: vLLM's {@code max_model_len}
 * in {@code /v1/models}, llama-server's {@code /props} ({@code default_generation_settings.n_ctx}, the
 * context of one slot), LM Studio's {@code /api/v1/models} (the loaded instance's context_length).
 * Used by {@code doctor}, by {@code --engine auto}'s quick check, to size prompts, and to name the
 * served models when a chat asks for an unknown one.
 */
public final class OpenAiServer {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String baseUrl;
    private final ApiKey key;
    private final Duration timeout;
    private final HttpClient http;

    /** @param key the API key, or null to send none */
    public OpenAiServer(String baseUrl, ApiKey key, Duration timeout) {
        this.baseUrl = baseUrl;
        this.key = key;
        this.timeout = timeout;
        this.http = HttpClients.forServer(baseUrl).connectTimeout(timeout).build();
    }

    public String baseUrl() {
        return baseUrl;
    }

    /** GET /models: the ids of the served models. */
    public List<String> models() {
        List<String> ids = new ArrayList<>();
        for (JsonNode m : get(baseUrl + "/models", true).path("data")) {
            if (m.path("id").isTextual()) {
                ids.add(m.path("id").asText());
            }
        }
        return ids;
    }

    /**
     * The context a request to this model may fill, from the first place that says; empty when the
     * server answers but none says.
     *
     * @throws BriefException when the server cannot be asked (unreachable, refuses the key), or does
     *                        not list the model and does not say what it serves it with either
     */
    public OptionalInt contextLength(String model) {
        String root = BaseUrl.root(baseUrl);
        // vLLM: /v1/models lists max_model_len (prompt and answer together) for each served model
        JsonNode list = get(baseUrl + "/models", true);
        List<String> served = new ArrayList<>();
        for (JsonNode m : list.path("data")) {
            served.add(m.path("id").asText());
            if (m.path("id").asText().equals(model) && positive(m.path("max_model_len"))) {
                return OptionalInt.of(m.path("max_model_len").asInt());
            }
        }
        // llama-server: n_ctx of one slot (the -c size divided by --parallel); it serves its one model under any name
        JsonNode props = quietly(root + "/props");
        JsonNode nCtx = props.path("default_generation_settings").path("n_ctx");
        if (positive(nCtx)) {
            return OptionalInt.of(nCtx.asInt());
        }
        // LM Studio 0.4+: the loaded instance's context, which is what LM Studio serves (not max_context_length)
        for (JsonNode m : quietly(root + "/api/v1/models").path("models")) {
            if (m.path("key").asText().equals(model)) {
                for (JsonNode instance : m.path("loaded_instances")) {
                    if (positive(instance.path("config").path("context_length"))) {
                        return OptionalInt.of(instance.path("config").path("context_length").asInt());
                    }
                }
            }
        }
        if (!served.isEmpty() && !served.contains(model)) {
            throw new BriefException(ExitCode.MODEL_MISSING, "model '" + model + "' is not served at " + baseUrl + " (it serves: "
                    + String.join(", ", served) + "); pass one of them with --model, or load the model on the server");
        }
        return OptionalInt.empty();
    }

    /**
     * The quick check of {@code --engine auto}: why this server cannot be used now (unreachable, too
     * slow, refuses the key), or null. The model name is not checked here: llama-server answers to any.
     */
    public String whyUnusable() {
        try {
            models();
            return null;
        } catch (BriefException e) {
            String why = e.getMessage();
            return why.contains(";") ? why.substring(0, why.indexOf(';')) : why;
        }
    }

    private static boolean positive(JsonNode n) {
        return n.canConvertToInt() && n.asInt() > 0;
    }

    private JsonNode quietly(String url) {
        try {
            return get(url, false);
        } catch (BriefException e) {
            return JSON.missingNode();
        }
    }

    private JsonNode get(String url, boolean strict) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(timeout).GET();
        if (key != null) {
            request.header("Authorization", "Bearer " + key.value());
        }
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpConnectTimeoutException | ConnectException e) {
            throw unreachable(baseUrl, e);
        } catch (HttpTimeoutException e) {
            throw new BriefException(ExitCode.SERVER, "the server at " + baseUrl + " did not answer " + URI.create(url).getPath()
                    + " within " + timeout.toSeconds() + " s; check that it is not stalled");
        } catch (IOException e) {
            throw unreachable(baseUrl, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BriefException(ExitCode.SERVER, "interrupted while asking the server at " + baseUrl);
        }
        int status = response.statusCode();
        if (status == 401 || status == 403) {
            throw keyRefused(baseUrl, key, status, ApiKey.redact(key, ServerError.message(response.body())));
        }
        if (status != 200) {
            if (!strict) {
                throw new BriefException(ExitCode.SERVER, "HTTP " + status);
            }
            if (status == 404) {
                throw notOpenAi(baseUrl, status);
            }
            throw new BriefException(ExitCode.SERVER, "the server at " + baseUrl + " answered " + URI.create(url).getPath() + " with HTTP " + status
                    + detail(ApiKey.redact(key, ServerError.message(response.body()))) + "; check the server's log");
        }
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new BriefException(strict ? ExitCode.UNREACHABLE : ExitCode.SERVER, "the server at " + baseUrl + " answered "
                    + URI.create(url).getPath() + " with something that is not JSON; check that --base-url points at an OpenAI-compatible API");
        }
    }

    static String detail(String message) {
        return message == null || message.isEmpty() ? "" : " (" + message + ")";
    }

    /** 401 or 403: the message says which variable to set, never the key. */
    static BriefException keyRefused(String baseUrl, ApiKey key, int status, String message) {
        String what = key == null
                ? "needs an API key (HTTP " + status + detail(message) + "); set " + ApiKey.VARIABLE + " (or " + ApiKey.OPENAI_VARIABLE + ") to the server's key"
                : "refused the API key in " + key.variable() + " (HTTP " + status + detail(message) + "); set " + key.variable() + " to the key the server expects";
        return new BriefException(ExitCode.AUTH, "the server at " + baseUrl + " " + what);
    }

    /** Something answers, but not as an OpenAI-compatible API does at this path. */
    static BriefException notOpenAi(String baseUrl, int status) {
        return new BriefException(ExitCode.UNREACHABLE, "the server at " + baseUrl + " answered /models with HTTP " + status
                + ", so it is not an OpenAI-compatible API at that address; check --base-url (it usually ends in /v1)");
    }

    /** One message for every way of not reaching the server. */
    static BriefException unreachable(String baseUrl, Throwable cause) {
        String why = HttpClients.whyUnreachable(cause);
        return new BriefException(ExitCode.UNREACHABLE, "cannot reach the server at " + baseUrl + " (" + why
                + "); start it (llama-server, LM Studio's 'lms server start', 'vllm serve'), or point --base-url or BRIEF_BASE_URL at it", cause);
    }
}
