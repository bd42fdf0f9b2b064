package dev.brief;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A WireMock server speaking the OpenAI chat-completions wire format as the OpenAI API reference
 * describes it, and as llama-server, LM Studio and vLLM serve it: {@code POST /v1/chat/completions}
 * streamed as server-sent events (one {@code chat.completion.chunk} per {@code data:} line, a last chunk
 * with the finish reason, then with {@code stream_options.include_usage} a chunk with empty choices and
 * the usage, then {@code data: [DONE]}), {@code GET /v1/models}, the servers' own places for the context
 * length, and their error bodies. Answers are fixtures (see src/test/resources/ollama/README.md), never
 * a model's work.
 */
public final class FakeOpenAi implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    public final WireMockServer server;
    private final int port;

    public FakeOpenAi() {
        server = new WireMockServer(wireMockConfig().dynamicPort());
        server.start();
        port = server.port();
    }

    /** The base URL, as --base-url takes it. Still answers after close(), for tests of a server gone away. */
    public String url() {
        return "http://127.0.0.1:" + port + "/v1";
    }

    public static MappingBuilder chat() {
        return post(urlEqualTo("/v1/chat/completions"));
    }

    /** A streamed answer: content in chunks of a few characters, the finish reason, the usage, [DONE]. */
    public static ResponseDefinitionBuilder streamed(String content, int promptTokens, int completionTokens, String finishReason) {
        return aResponse().withStatus(200).withHeader("Content-Type", "text/event-stream")
                .withBody(events(content, promptTokens, completionTokens, finishReason, true));
    }

    public static ResponseDefinitionBuilder streamed(String content) {
        return streamed(content, 1874, 912, "stop");
    }

    /** The events of a streamed answer; withDone false leaves out the closing data: [DONE], as a dropped stream would. */
    public static String events(String content, int promptTokens, int completionTokens, String finishReason, boolean withDone) {
        StringBuilder body = new StringBuilder();
        body.append("data: ").append(chunk(delta("role", "assistant").put("content", ""), null)).append("\n\n");
        for (int i = 0; i < content.length(); i += 24) {
            body.append("data: ").append(chunk(delta("content", content.substring(i, Math.min(content.length(), i + 24))), null)).append("\n\n");
        }
        body.append("data: ").append(chunk(JSON.createObjectNode(), finishReason)).append("\n\n");
        ObjectNode usage = base();
        usage.putArray("choices");
        usage.putObject("usage").put("prompt_tokens", promptTokens).put("completion_tokens", completionTokens)
                .put("total_tokens", promptTokens + completionTokens);
        body.append("data: ").append(usage).append("\n\n");
        if (withDone) {
            body.append("data: [DONE]\n\n");
        }
        return body.toString();
    }

    private static ObjectNode base() {
        ObjectNode n = JSON.createObjectNode();
        n.put("id", "chatcmpl-brieffixture0001");
        n.put("object", "chat.completion.chunk");
        n.put("created", 1752225243);
        n.put("model", FakeOllama.MODEL);
        n.put("system_fingerprint", "fp_fixture");
        return n;
    }

    private static ObjectNode delta(String field, String value) {
        ObjectNode d = JSON.createObjectNode();
        d.put(field, value);
        return d;
    }

    private static ObjectNode chunk(ObjectNode delta, String finishReason) {
        ObjectNode n = base();
        ObjectNode choice = n.putArray("choices").addObject();
        choice.put("index", 0);
        choice.set("delta", delta);
        choice.putNull("logprobs");
        if (finishReason == null) {
            choice.putNull("finish_reason");
        } else {
            choice.put("finish_reason", finishReason);
        }
        n.putNull("usage");
        return n;
    }

    /** An error as OpenAI and llama-server send it: {"error":{"message","type","code"}}. */
    public static ResponseDefinitionBuilder error(int status, String message, String type) {
        ObjectNode body = JSON.createObjectNode();
        body.putObject("error").put("message", message).put("type", type).put("code", status);
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body.toString());
    }

    /** llama-server's answer to a prompt longer than its context (-c, divided by its slots). */
    public static ResponseDefinitionBuilder llamaServerContextExceeded(int promptTokens, int nCtx) {
        ObjectNode body = JSON.createObjectNode();
        body.putObject("error").put("code", 400).put("message", "request (" + promptTokens + " tokens) exceeds the available context size ("
                + nCtx + " tokens), try increasing it").put("type", "exceed_context_size_error").put("n_prompt_tokens", promptTokens).put("n_ctx", nCtx);
        return aResponse().withStatus(400).withHeader("Content-Type", "application/json").withBody(body.toString());
    }

    /** vLLM's error bodies: {"object":"error","message","type","param","code"}. */
    public static ResponseDefinitionBuilder vllmError(int status, String message, String type) {
        ObjectNode body = JSON.createObjectNode();
        body.put("object", "error").put("message", message).put("type", type).putNull("param").put("code", status);
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body.toString());
    }

    /** GET /v1/models as vLLM answers it, with max_model_len for each model. */
    public void vllmModels(int maxModelLen, String... ids) {
        ArrayNode data = JSON.createArrayNode();
        for (String id : ids) {
            ObjectNode m = data.addObject();
            m.put("id", id).put("object", "model").put("created", 1752225000).put("owned_by", "vllm").put("root", id).putNull("parent");
            m.put("max_model_len", maxModelLen);
            m.putArray("permission");
        }
        ObjectNode body = JSON.createObjectNode();
        body.put("object", "list");
        body.set("data", data);
        server.stubFor(get(urlEqualTo("/v1/models")).willReturn(json(body.toString())));
    }

    /** GET /v1/models as LM Studio and llama-server answer it: ids only, no context length. */
    public void models(String... ids) {
        ArrayNode data = JSON.createArrayNode();
        for (String id : ids) {
            data.addObject().put("id", id).put("object", "model").put("owned_by", "organization_owner");
        }
        ObjectNode body = JSON.createObjectNode();
        body.put("object", "list");
        body.set("data", data);
        server.stubFor(get(urlEqualTo("/v1/models")).willReturn(json(body.toString())));
    }

    /** GET /props as llama-server answers it: n_ctx is the context of one slot. */
    public void llamaServerProps(int nCtx) {
        ObjectNode body = JSON.createObjectNode();
        ObjectNode settings = body.putObject("default_generation_settings");
        settings.put("id", 0).put("id_task", -1).put("n_ctx", nCtx).put("speculative", false).put("is_processing", false);
        body.put("total_slots", 1);
        body.put("model_path", "/models/qwen2.5-7b-instruct-q4_k_m.gguf");
        body.put("chat_template", "{%- for message in messages %}...{%- endfor %}");
        body.putObject("modalities").put("vision", false).put("audio", false);
        body.put("build_info", "b6000-fixture");
        server.stubFor(get(urlEqualTo("/props")).willReturn(json(body.toString())));
    }

    /** GET /api/v1/models as LM Studio 0.4 answers it: the loaded instance's context_length. */
    public void lmStudioModels(String key, int loadedContext, int maxContext) {
        ObjectNode body = JSON.createObjectNode();
        ObjectNode m = body.putArray("models").addObject();
        m.put("type", "llm").put("publisher", "lmstudio-community").put("key", key).put("display_name", key).put("architecture", "qwen2");
        m.putObject("quantization").put("name", "Q4_K_M").put("bits_per_weight", 4);
        m.put("size_bytes", 4683087332L).put("params_string", "7B");
        m.putArray("loaded_instances").addObject().put("id", key).putObject("config").put("context_length", loadedContext);
        m.put("max_context_length", maxContext).put("format", "gguf");
        server.stubFor(get(urlEqualTo("/api/v1/models")).willReturn(json(body.toString())));
    }

    public void stub(MappingBuilder mapping) {
        server.stubFor(mapping);
    }

    /** The chat requests received, oldest first. */
    public List<LoggedRequest> chatLog() {
        List<LoggedRequest> out = new ArrayList<>();
        for (var e : server.getAllServeEvents()) {
            if (e.getRequest().getUrl().equals("/v1/chat/completions")) {
                out.add(0, e.getRequest());
            }
        }
        return out;
    }

    /** Bodies of the chat requests received, oldest first. */
    public List<JsonNode> chatRequests() {
        List<JsonNode> out = new ArrayList<>();
        for (LoggedRequest r : chatLog()) {
            try {
                out.add(JSON.readTree(r.getBodyAsString()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    private static ResponseDefinitionBuilder json(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body);
    }

    @Override
    public void close() {
        server.stop();
    }
}
