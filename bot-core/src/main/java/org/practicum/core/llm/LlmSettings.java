package org.practicum.core.llm;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.practicum.core.config.Settings;

/**
 * The {@code llm.*} settings, checked. Budgets of 0 mean no limit.
 *
 * @param models         the model per role (the role override, else {@code llm.model})
 * @param recentTurns    turns shown word for word; older ones are summarised
 * @param geminiSafety   Gemini's safety filter threshold for every role; ignored by other providers
 * @param answerFormat   how the JSON answer is asked for; providers without JSON support always get text
 */
public record LlmSettings(LlmProvider provider, Optional<String> baseUrl, Map<LlmRole, String> models,
                          double temperature, int maxOutputTokens, Duration timeout, int retries, Duration backoff,
                          int breakerFailures, Duration breakerOpen, long sessionTokenBudget, long dayTokenBudget,
                          int recentTurns, String promptsDir, GeminiSafetyThreshold geminiSafety,
                          AnswerFormat answerFormat) {

    public LlmSettings {
        models = Map.copyOf(models);
    }

    public String model(LlmRole role) {
        return models.get(role);
    }

    public boolean offline() {
        return provider == LlmProvider.OFFLINE;
    }

    /** Reads and checks the settings; a problem names the setting to fix. */
    public static LlmSettings from(Settings settings) {
        String providerText = settings.string("llm.provider");
        LlmProvider provider = LlmProvider.parse(providerText).orElseThrow(() -> settings.invalid("llm.provider",
                "must be one of " + LlmProvider.choices() + ", was '" + providerText + "'"));
        Optional<String> baseUrl = settings.optionalString("llm.base-url");
        Optional<String> model = settings.optionalString("llm.model");
        Map<LlmRole, String> models = new EnumMap<>(LlmRole.class);
        for (LlmRole role : LlmRole.values()) {
            String path = "llm.models." + role.id();
            Optional<String> own = settings.optionalString(path);
            if (own.isPresent() || model.isPresent()) {
                models.put(role, own.orElseGet(model::get));
            } else if (provider != LlmProvider.OFFLINE) {
                throw settings.invalid("llm.model", "must name a model when llm.provider is " + provider.id()
                        + " (or set " + path + ")");
            }
        }
        return new LlmSettings(provider, baseUrl, models,
                range(settings, "llm.temperature", settings.number("llm.temperature"), 0, 2),
                (int) range(settings, "llm.max-output-tokens", settings.integer("llm.max-output-tokens"), 16, 100_000),
                Duration.ofSeconds((long) range(settings, "llm.timeout-seconds", settings.integer("llm.timeout-seconds"), 1, 600)),
                (int) range(settings, "llm.retries", settings.integer("llm.retries"), 0, 10),
                Duration.ofMillis((long) range(settings, "llm.backoff-ms", settings.integer("llm.backoff-ms"), 0, 60_000)),
                (int) range(settings, "llm.breaker-failures", settings.integer("llm.breaker-failures"), 1, 1000),
                Duration.ofSeconds((long) range(settings, "llm.breaker-open-seconds", settings.integer("llm.breaker-open-seconds"), 1, 86_400)),
                (long) range(settings, "llm.session-token-budget", settings.number("llm.session-token-budget"), 0, 1e12),
                (long) range(settings, "llm.day-token-budget", settings.number("llm.day-token-budget"), 0, 1e13),
                (int) range(settings, "llm.recent-turns", settings.integer("llm.recent-turns"), 1, 50),
                settings.string("llm.prompts").strip(),
                geminiSafety(settings), answerFormat(settings, provider));
    }

    private static AnswerFormat answerFormat(Settings settings, LlmProvider provider) {
        String text = settings.string("llm.response-format");
        AnswerFormat format = AnswerFormat.parse(text).orElseThrow(() -> settings.invalid("llm.response-format",
                "must be one of " + AnswerFormat.choices() + ", was '" + text + "'"));
        return provider.supportsJsonMode() ? format : AnswerFormat.TEXT;
    }

    private static GeminiSafetyThreshold geminiSafety(Settings settings) {
        String text = settings.string("llm.gemini.safety-threshold");
        return GeminiSafetyThreshold.parse(text).orElseThrow(() -> settings.invalid("llm.gemini.safety-threshold",
                "must be one of " + GeminiSafetyThreshold.choices() + ", was '" + text + "'"));
    }

    private static double range(Settings settings, String path, double value, double min, double max) {
        if (value < min || value > max) {
            throw settings.invalid(path, "must be between " + fmt(min) + " and " + fmt(max) + ", was " + fmt(value));
        }
        return value;
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
