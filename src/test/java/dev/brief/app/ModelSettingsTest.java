package dev.brief.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.brief.BriefException;
import dev.brief.ExitCode;
import dev.brief.domain.Engine;
import dev.brief.model.Backend;
import dev.brief.model.openai.ApiKey;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How the backend and the servers are chosen from the options and the environment. */
class ModelSettingsTest {
    static final ApiKey KEY = ApiKey.fromEnvironment(Map.of("BRIEF_API_KEY", "sk-settings-test"));

    private static ModelSettings of(ModelSettings.Servers servers, Path record, Path replay) {
        return ModelSettings.of(null, servers, Engine.AUTO, null, null, Duration.ofMinutes(1), true, null, record, replay);
    }

    private static ModelSettings of(ModelSettings.Servers servers) {
        return of(servers, null, null);
    }

    @Test
    void ollamaHostMayListSeveralServersAndTheOptionComesFirst() {
        ModelSettings fromEnv = of(new ModelSettings.Servers(null, null, List.of(), "gpu1, gpu2:11500,gpu1", List.of(), null, KEY));
        assertEquals(Backend.OLLAMA, fromEnv.backend());
        assertEquals(List.of("http://gpu1:11434", "http://gpu2:11500"), fromEnv.serverUrls());
        assertNull(fromEnv.apiKey(), "Ollama is not sent the key");

        ModelSettings fromOptions = of(new ModelSettings.Servers(null, null, List.of("http://a:1", "b:2,c"), "gpu1", List.of(), null, null));
        assertEquals(List.of("http://a:1", "http://b:2", "http://c:11434"), fromOptions.serverUrls());
    }

    @Test
    void theOpenAiBackendTakesBaseUrlsAndTheKey() {
        ModelSettings s = of(new ModelSettings.Servers(null, "OpenAI", List.of(), "gpu1", List.of(), "http://gpu1:8000/v1,http://gpu2:8000", KEY));

        assertEquals(Backend.OPENAI, s.backend());
        assertEquals(List.of("http://gpu1:8000/v1", "http://gpu2:8000/v1"), s.serverUrls());
        assertEquals("BRIEF_API_KEY", s.apiKey().variable());
        assertTrue(!s.toString().contains("sk-settings-test"), s.toString());
    }

    @Test
    void aBadBackendOrAMissingAddressIsAUsageError() {
        BriefException bad = assertThrows(BriefException.class, () -> of(new ModelSettings.Servers(null, "vllm", List.of(), null, List.of(), null, null)));
        assertEquals(ExitCode.USAGE, bad.exitCode());
        assertEquals("BRIEF_BACKEND is 'vllm', which is not a backend; set it to ollama or openai", bad.getMessage());

        BriefException none = assertThrows(BriefException.class, () -> of(new ModelSettings.Servers(Backend.OPENAI, null, List.of(), null, List.of(), null, null)));
        assertEquals(ExitCode.USAGE, none.exitCode());

        // a replay needs no server
        assertEquals(List.of(), of(new ModelSettings.Servers(Backend.OPENAI, null, List.of(), null, List.of(), null, KEY), null, Path.of("cassettes")).serverUrls());
    }

    @Test
    void recordingTakesOneServer() {
        BriefException e = assertThrows(BriefException.class,
                () -> of(new ModelSettings.Servers(null, null, List.of("a:1,b:2"), null, List.of(), null, null), Path.of("cassettes"), null));
        assertEquals(ExitCode.USAGE, e.exitCode());
        assertTrue(e.getMessage().startsWith("--record records the exchanges with one server"), e.getMessage());
    }
}
