package org.practicum.core.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.practicum.core.config.ConfigException;
import org.practicum.core.config.Secrets;
import org.practicum.core.config.Settings;
import org.practicum.core.testing.Fixtures;

class LlmSettingsTest {

    private static final OfflineRoles OFFLINE = Fixtures.offlineRoles();

    private static LlmRoles roles(String... env) {
        Map<String, String> vars = new HashMap<>();
        for (int i = 0; i < env.length; i += 2) {
            vars.put(env[i], env[i + 1]);
        }
        return LlmRoles.fromSettings(Settings.load(Fixtures.CONFIG.resolve("application.yaml"), vars),
                new Secrets(vars), Fixtures.CONFIG, OFFLINE, null);
    }

    @Test
    void the_shipped_configuration_runs_offline_with_the_offline_parts_themselves() {
        LlmRoles roles = roles();

        assertSame(OFFLINE.client(), roles.client());
        assertSame(OFFLINE.suggestions(), roles.suggestions());
        assertSame(OFFLINE.analyzer(), roles.analyzer());
    }

    @Test
    void an_unknown_provider_fails_start_up_naming_the_setting_and_the_choices() {
        ConfigException e = assertThrows(ConfigException.class, () -> roles("PRACTICUM_LLM_PROVIDER", "gpt"));

        assertTrue(e.getMessage().contains("llm.provider"), e.getMessage());
        assertTrue(e.getMessage().contains("offline, openai, ollama, anthropic, gemini"), e.getMessage());
        assertTrue(e.getMessage().contains("PRACTICUM_LLM_PROVIDER"), e.getMessage());
    }

    @Test
    void a_hosted_provider_without_a_key_fails_start_up_naming_the_key_variable() {
        for (String provider : new String[] {"anthropic", "gemini", "openai"}) {
            ConfigException e = assertThrows(ConfigException.class, () -> roles("PRACTICUM_LLM_PROVIDER", provider,
                    "PRACTICUM_LLM_MODEL", "m"));
            assertTrue(e.getMessage().contains("PRACTICUM_LLM_API_KEY"), e.getMessage());
            assertTrue(e.getMessage().contains("llm.provider"), e.getMessage());
        }
    }

    @Test
    void an_openai_compatible_server_at_its_own_url_and_ollama_start_without_a_key() {
        LlmRoles compatible = roles("PRACTICUM_LLM_PROVIDER", "openai", "PRACTICUM_LLM_MODEL", "qwen2.5",
                "PRACTICUM_LLM_BASE_URL", "http://127.0.0.1:8000/v1");
        LlmRoles ollama = roles("PRACTICUM_LLM_PROVIDER", "ollama", "PRACTICUM_LLM_MODEL", "llama3.1:8b");

        assertTrue(compatible.description().startsWith("openai"));
        assertTrue(ollama.description().startsWith("ollama"));
    }

    @Test
    void a_missing_model_fails_start_up_naming_llm_model() {
        ConfigException e = assertThrows(ConfigException.class, () -> roles("PRACTICUM_LLM_PROVIDER", "ollama"));

        assertTrue(e.getMessage().contains("llm.model"), e.getMessage());
    }

    @Test
    void a_role_can_run_on_its_own_model() {
        Map<String, String> env = Map.of("PRACTICUM_LLM_PROVIDER", "ollama", "PRACTICUM_LLM_MODEL", "big",
                "PRACTICUM_LLM_MODELS_ANALYSIS", "small");
        LlmSettings s = LlmSettings.from(Settings.load(Fixtures.CONFIG.resolve("application.yaml"), env));

        assertEquals("big", s.model(LlmRole.CLIENT));
        assertEquals("small", s.model(LlmRole.ANALYSIS));
    }

    @Test
    void an_out_of_range_timeout_names_its_setting() {
        ConfigException e = assertThrows(ConfigException.class, () -> LlmSettings.from(Settings.load(
                Fixtures.CONFIG.resolve("application.yaml"), Map.of("PRACTICUM_LLM_TIMEOUT_SECONDS", "0"))));

        assertTrue(e.getMessage().contains("llm.timeout-seconds"), e.getMessage());
    }

    @Test
    void a_gemini_safety_threshold_is_read_in_its_own_spelling_or_googles() {
        LlmSettings own = LlmSettings.from(Settings.load(Fixtures.CONFIG.resolve("application.yaml"),
                Map.of("PRACTICUM_LLM_GEMINI_SAFETY_THRESHOLD", "block-none")));
        LlmSettings google = LlmSettings.from(Settings.load(Fixtures.CONFIG.resolve("application.yaml"),
                Map.of("PRACTICUM_LLM_GEMINI_SAFETY_THRESHOLD", "BLOCK_MEDIUM_AND_ABOVE")));

        assertEquals(GeminiSafetyThreshold.BLOCK_NONE, own.geminiSafety());
        assertEquals(GeminiSafetyThreshold.BLOCK_MEDIUM_AND_ABOVE, google.geminiSafety());
    }

    @Test
    void an_unknown_gemini_safety_threshold_fails_start_up_naming_the_setting_and_the_choices() {
        ConfigException e = assertThrows(ConfigException.class, () -> LlmSettings.from(Settings.load(
                Fixtures.CONFIG.resolve("application.yaml"), Map.of("PRACTICUM_LLM_GEMINI_SAFETY_THRESHOLD", "off"))));

        assertTrue(e.getMessage().contains("llm.gemini.safety-threshold"), e.getMessage());
        assertTrue(e.getMessage().contains("default, block-none, block-only-high, block-medium-and-above, "
                + "block-low-and-above"), e.getMessage());
    }

    @Test
    void an_unknown_response_format_fails_start_up_naming_the_setting_and_the_choices() {
        ConfigException e = assertThrows(ConfigException.class, () -> LlmSettings.from(Settings.load(
                Fixtures.CONFIG.resolve("application.yaml"), Map.of("PRACTICUM_LLM_RESPONSE_FORMAT", "json_object"))));

        assertTrue(e.getMessage().contains("llm.response-format"), e.getMessage());
        assertTrue(e.getMessage().contains("schema, json, text"), e.getMessage());
    }

    @Test
    void the_response_format_is_a_schema_by_default_and_text_for_anthropic_which_takes_none() {
        LlmSettings openai = LlmSettings.from(Settings.load(Fixtures.CONFIG.resolve("application.yaml"),
                Map.of("PRACTICUM_LLM_PROVIDER", "openai", "PRACTICUM_LLM_MODEL", "m")));
        LlmSettings anthropic = LlmSettings.from(Settings.load(Fixtures.CONFIG.resolve("application.yaml"),
                Map.of("PRACTICUM_LLM_PROVIDER", "anthropic", "PRACTICUM_LLM_MODEL", "m",
                        "PRACTICUM_LLM_RESPONSE_FORMAT", "schema")));

        assertEquals(AnswerFormat.SCHEMA, openai.answerFormat());
        assertEquals(AnswerFormat.TEXT, anthropic.answerFormat());
    }
}
