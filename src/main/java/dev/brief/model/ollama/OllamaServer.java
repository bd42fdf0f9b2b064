package dev.brief.model.ollama;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.brief.BriefException;
import dev.brief.ExitCode;
import dev.brief.model.HttpClients;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * The parts of Ollama's API that describe the server rather than call a model: its version, the
 * pulled models, and a model's context length. Used by {@code doctor}, by {@code --engine auto}'s
 * quick check, and to cap num_ctx.
 */
public final class OllamaServer {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String baseUrl;
    private final Duration timeout;
    private final HttpClient http;

    public OllamaServer(String baseUrl, Duration timeout) {
        this.baseUrl = baseUrl;
        this.timeout = timeout;
        this.http = HttpClients.forServer(baseUrl).connectTimeout(timeout).build();
    }

    public String baseUrl() {
        return baseUrl;
    }

    /** GET /api/version: {"version":"0.12.6"}. */
    public String version() {
        return get("/api/version").path("version").asText(null);
    }

    /** GET /api/tags: the names of the pulled models, such as "qwen2.5:7b". */
    public List<String> models() {
        List<String> names = new ArrayList<>();
        for (JsonNode m : get("/api/tags").path("models")) {
            names.add(m.path("name").asText(m.path("model").asText()));
        }
        return names;
    }

    /** Whether a model is pulled; "llama3.2" means "llama3.2:latest", as in Ollama itself. */
    public boolean hasModel(String model) {
        String wanted = model.contains(":") ? model : model + ":latest";
        return models().stream().anyMatch(n -> n.equals(model) || n.equals(wanted));
    }

    /**
     * The quick check of {@code --engine auto}: why this server cannot brief with the model right now
     * (unreachable, too slow, no such model), or null when it can.
     */
    public String whyUnusable(String model) {
        try {
            return hasModel(model) ? null : "model '" + model + "' is not pulled on the Ollama server at " + baseUrl;
        } catch (Unreachable e) {
            return "Ollama is not reachable at " + baseUrl;
        } catch (Silent e) {
            return "Ollama at " + baseUrl + " did not answer a quick check within " + timeout.toSeconds() + " s";
        } catch (BriefException e) {
            return e.what();
        }
    }

    /** Nothing answers at the server's address. */
    static final class Unreachable extends BriefException {
        Unreachable(String what, String todo, Throwable cause) {
            super(ExitCode.UNREACHABLE, what, todo, cause);
        }
    }

    /** The server took the request and said nothing within the timeout. */
    static final class Silent extends BriefException {
        Silent(String what, String todo) {
            super(ExitCode.SERVER, what, todo, null);
        }
    }

    /**
     * POST /api/show: the model's trained context length, from model_info "&lt;arch&gt;.context_length".
     * Empty when the server does not say.
     */
    public OptionalInt contextLength(String model) {
        JsonNode show = post("/api/show", "{\"model\":" + JSON.valueToTree(model) + "}", model);
        JsonNode info = show.path("model_info");
        String arch = info.path("general.architecture").asText("");
        JsonNode direct = info.path(arch + ".context_length");
        if (direct.canConvertToInt()) {
            return OptionalInt.of(direct.asInt());
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = info.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getKey().endsWith(".context_length") && e.getValue().canConvertToInt()) {
                return OptionalInt.of(e.getValue().asInt());
            }
        }
        return OptionalInt.empty();
    }

    private JsonNode get(String path) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(timeout).GET().build(), null);
    }

    private JsonNode post(String path, String body, String model) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(timeout)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(), model);
    }

    private JsonNode send(HttpRequest request, String model) {
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpTimeoutException e) {
            throw new Silent("Ollama at " + baseUrl + " did not answer " + request.uri().getPath()
                    + " within " + timeout.toSeconds() + " s", "check that the server is not stalled");
        } catch (IOException e) {
            throw unreachable(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BriefException(ExitCode.SERVER, "interrupted while asking Ollama at " + baseUrl);
        }
        int status = response.statusCode();
        if (status == 404 && model != null && isModelNotFound(response.body())) {
            throw new BriefException(ExitCode.MODEL_MISSING, "model '" + model + "' is not on the Ollama server at " + baseUrl,
                    "pull it with: ollama pull " + model, null);
        }
        if (status == 404) {
            throw notOllama(baseUrl, request.uri().getPath(), status);
        }
        if (status != 200) {
            throw new BriefException(ExitCode.SERVER, "Ollama at " + baseUrl + " answered " + request.uri().getPath()
                    + " with HTTP " + status + " (" + OllamaLanguageModel.serverError(response.body()) + ")");
        }
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new BriefException(ExitCode.SERVER, "the server at " + baseUrl + " answered " + request.uri().getPath()
                    + " with something that is not JSON", "is it really Ollama? check --ollama-url or OLLAMA_HOST", null);
        }
    }

    private BriefException unreachable(Exception cause) {
        return unreachable(baseUrl, cause);
    }

    /** Ollama's 404 for a model it does not have: {"error":"model \"x\" not found, try pulling it first"}. */
    static boolean isModelNotFound(String body) {
        return OllamaLanguageModel.serverError(body).matches("(?is).*\\bmodel\\b.*\\bnot found\\b.*");
    }

    /** Something answers at the URL, but not as Ollama does: a wrong port or a proxy. */
    static BriefException notOllama(String baseUrl, String path, int status) {
        return new BriefException(ExitCode.UNREACHABLE, "the server at " + baseUrl + " answered " + path + " with HTTP " + status
                + ", which Ollama does not", "check that --ollama-url or OLLAMA_HOST points at Ollama", null);
    }

    /** One message for every way of not reaching the server, in words rather than exception names. */
    static BriefException unreachable(String baseUrl, Throwable cause) {
        String why = HttpClients.whyUnreachable(cause);
        return new Unreachable("cannot reach Ollama at " + baseUrl + " (" + why + ")",
                "start it with 'ollama serve', or point --ollama-url or OLLAMA_HOST at your server", cause);
    }
}
