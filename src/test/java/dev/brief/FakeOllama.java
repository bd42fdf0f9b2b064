package dev.brief;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A WireMock server speaking Ollama's wire format, for tests. Answers are fixtures (hand-written,
 * see src/test/resources/ollama/README.md), never presented as a model's work.
 */
public final class FakeOllama implements AutoCloseable {
    public static final String MODEL = "qwen2.5:7b";
    private static final ObjectMapper JSON = new ObjectMapper();

    public final WireMockServer server;
    private final int port;

    public FakeOllama() {
        server = new WireMockServer(wireMockConfig().dynamicPort());
        server.start();
        port = server.port();
    }

    /** Still answers after close(), for tests of a server that has gone away. */
    public String url() {
        return "http://127.0.0.1:" + port;
    }

    public static String fixture(String name) {
        try (InputStream in = FakeOllama.class.getResourceAsStream("/ollama/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A streamed /api/chat answer, NDJSON, as Ollama sends it with "stream": true (the default). */
    public static ResponseDefinitionBuilder streamed(String content, int promptEvalCount, int evalCount, String doneReason) {
        StringBuilder body = new StringBuilder();
        for (String chunk : chunks(content)) {
            ObjectNode line = JSON.createObjectNode();
            line.put("model", MODEL);
            line.put("created_at", "2025-07-11T09:14:03.118734Z");
            ObjectNode msg = line.putObject("message");
            msg.put("role", "assistant");
            msg.put("content", chunk);
            line.put("done", false);
            body.append(line).append('\n');
        }
        ObjectNode last = JSON.createObjectNode();
        last.put("model", MODEL);
        last.put("created_at", "2025-07-11T09:14:41.902311Z");
        ObjectNode msg = last.putObject("message");
        msg.put("role", "assistant");
        msg.put("content", "");
        last.put("done_reason", doneReason);
        last.put("done", true);
        last.put("total_duration", 38_811_402_917L);
        last.put("load_duration", 2_104_660_250L);
        last.put("prompt_eval_count", promptEvalCount);
        last.put("prompt_eval_duration", 14_390_117_000L);
        last.put("eval_count", evalCount);
        last.put("eval_duration", 22_301_625_000L);
        body.append(last).append('\n');
        return aResponse().withStatus(200).withHeader("Content-Type", "application/x-ndjson").withBody(body.toString());
    }

    public static ResponseDefinitionBuilder streamed(String content) {
        return streamed(content, 1874, 912, "stop");
    }

    /** Ollama's answer when the model is not pulled. */
    public static ResponseDefinitionBuilder modelNotFound(String model) {
        return aResponse().withStatus(404).withHeader("Content-Type", "application/json; charset=utf-8")
                .withBody("{\"error\":\"model \\\"" + model + "\\\" not found, try pulling it first\"}");
    }

    public static ResponseDefinitionBuilder serverError(int status, String message) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json; charset=utf-8")
                .withBody("{\"error\":\"" + message + "\"}");
    }

    public static MappingBuilder chat() {
        return post(urlEqualTo("/api/chat"));
    }

    /** GET /api/tags as Ollama answers it, listing these pulled models. */
    public void tags(String... models) {
        ArrayNode list = JSON.createArrayNode();
        for (String m : models) {
            ObjectNode n = list.addObject();
            n.put("name", m);
            n.put("model", m);
            n.put("modified_at", "2025-07-08T16:32:11.482118203+02:00");
            n.put("size", 4683087332L);
            n.put("digest", "845dbda0ea48ed749caafd9e6037047aa19acfcfd82e704d7ca97d631a0b697e");
            ObjectNode d = n.putObject("details");
            d.put("parent_model", "");
            d.put("format", "gguf");
            d.put("family", "qwen2");
            d.putArray("families").add("qwen2");
            d.put("parameter_size", "7.6B");
            d.put("quantization_level", "Q4_K_M");
        }
        ObjectNode body = JSON.createObjectNode();
        body.set("models", list);
        server.stubFor(get(urlEqualTo("/api/tags")).willReturn(json(body.toString())));
    }

    /** GET /api/version. */
    public void version(String version) {
        server.stubFor(get(urlEqualTo("/api/version")).willReturn(json("{\"version\":\"" + version + "\"}")));
    }

    /** POST /api/show for a qwen2-architecture model with this trained context length. */
    public void show(int contextLength) {
        ObjectNode body = JSON.createObjectNode();
        body.put("license", "Apache License Version 2.0, January 2004 ...");
        body.put("modelfile", "# Modelfile generated by \"ollama show\"\nFROM /root/.ollama/models/blobs/sha256-2bada8a74506\n");
        body.put("parameters", "stop                           \"<|im_start|>\"\nstop                           \"<|im_end|>\"");
        body.put("template", "{{- if .Messages }}...{{ end }}");
        ObjectNode d = body.putObject("details");
        d.put("parent_model", "");
        d.put("format", "gguf");
        d.put("family", "qwen2");
        d.putArray("families").add("qwen2");
        d.put("parameter_size", "7.6B");
        d.put("quantization_level", "Q4_K_M");
        ObjectNode info = body.putObject("model_info");
        info.put("general.architecture", "qwen2");
        info.put("general.parameter_count", 7615616512L);
        info.put("qwen2.block_count", 28);
        info.put("qwen2.context_length", contextLength);
        info.put("qwen2.embedding_length", 3584);
        body.putArray("capabilities").add("completion").add("tools");
        body.put("modified_at", "2025-07-08T16:32:11.482118203+02:00");
        server.stubFor(post(urlEqualTo("/api/show")).willReturn(json(body.toString())));
    }

    /** How many requests reached this path. */
    public int requests(String path) {
        return (int) server.getAllServeEvents().stream().filter(e -> e.getRequest().getUrl().equals(path)).count();
    }

    private static ResponseDefinitionBuilder json(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json; charset=utf-8").withBody(body);
    }

    public void stub(MappingBuilder mapping) {
        server.stubFor(mapping);
    }

    /** Bodies of the /api/chat requests received, in order. */
    public List<com.fasterxml.jackson.databind.JsonNode> chatRequests() {
        List<com.fasterxml.jackson.databind.JsonNode> out = new ArrayList<>();
        for (var e : server.getAllServeEvents()) {
            if (e.getRequest().getUrl().equals("/api/chat")) {
                try {
                    out.add(0, JSON.readTree(e.getRequest().getBodyAsString()));
                } catch (IOException ex) {
                    throw new UncheckedIOException(ex);
                }
            }
        }
        return out;
    }

    /** Splits an answer the way a model streams it: a few characters at a time. */
    private static List<String> chunks(String content) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < content.length(); i += 24) {
            out.add(content.substring(i, Math.min(content.length(), i + 24)));
        }
        return out;
    }

    @Override
    public void close() {
        server.stop();
    }
}
