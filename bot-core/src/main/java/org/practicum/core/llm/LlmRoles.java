package org.practicum.core.llm;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.openai.OpenAiTokenCountEstimator;
import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.practicum.core.analysis.ResponseAnalyzer;
import org.practicum.core.config.Secrets;
import org.practicum.core.config.Settings;
import org.practicum.core.emotion.EmotionClassifier;
import org.practicum.core.report.ModelUsageSource;
import org.practicum.core.simulation.ClientSimulator;
import org.practicum.core.suggestion.SuggestionEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The client voice, suggestion engine and response analyser the engine should use, chosen by the
 * {@code llm.*} settings: the offline parts as they are, or model-backed parts that fall back to
 * them turn by turn. {@link #usage()} feeds the debrief's model usage.
 */
public record LlmRoles(ClientSimulator client, SuggestionEngine suggestions, ResponseAnalyzer analyzer,
                       ModelUsageSource usage, String description) {

    private static final Logger LOG = LoggerFactory.getLogger(LlmRoles.class);

    /**
     * Reads {@code llm.*} and {@link Secrets#LLM_API_KEY}. Fails with a {@link
     * org.practicum.core.config.ConfigException} naming the setting to fix: an unknown provider, a
     * missing model, or a missing key for a provider that needs one.
     *
     * @param classifier independent emotion reading for the client's messages; null to trust the model's
     */
    public static LlmRoles fromSettings(Settings settings, Secrets secrets, Path configDir, OfflineRoles offline,
                                        EmotionClassifier classifier) {
        LlmSettings llm = LlmSettings.from(settings);
        if (llm.offline()) {
            return offline(offline);
        }
        Optional<String> key = secrets.get(Secrets.LLM_API_KEY);
        if (key.isEmpty() && llm.provider().needsKey(llm.baseUrl())) {
            throw settings.invalid("llm.provider", "is " + llm.provider().id() + ", which needs an API key: set the "
                    + "environment variable " + Secrets.LLM_API_KEY + (llm.provider() == LlmProvider.OPENAI
                    ? " (or set llm.base-url to a server that needs none)" : ""));
        }
        PromptLibrary prompts = PromptLibrary.load(configDir.resolve(llm.promptsDir()));
        LlmRoles roles = withModels(llm, prompts, offline, classifier, Clock.systemUTC(),
                listener -> models(llm, key, listener));
        LOG.info("model roles: {}", roles.description());
        return roles;
    }

    /** The offline parts, unwrapped. */
    public static LlmRoles offline(OfflineRoles offline) {
        return new LlmRoles(offline.client(), offline.suggestions(), offline.analyzer(), ModelUsageSource.NONE,
                "offline");
    }

    /** Model-backed roles on the given models (one per role), each falling back to its offline part. */
    static LlmRoles withModels(LlmSettings llm, PromptLibrary prompts, OfflineRoles offline,
                               EmotionClassifier classifier, Clock clock,
                               Function<UsageRecorder, Map<LlmRole, ChatModel>> models) {
        return withModels(llm, prompts, offline, classifier, clock, models, d -> Thread.sleep(d.toMillis()));
    }

    static LlmRoles withModels(LlmSettings llm, PromptLibrary prompts, OfflineRoles offline,
                               EmotionClassifier classifier, Clock clock,
                               Function<UsageRecorder, Map<LlmRole, ChatModel>> models, ModelGateway.Sleeper sleeper) {
        TokenBudget budget = new TokenBudget(llm.sessionTokenBudget(), llm.dayTokenBudget(), clock);
        UsageRecorder usage = new UsageRecorder(budget, new OpenAiTokenCountEstimator("gpt-4o-mini"));
        ModelGateway gateway = new ModelGateway(models.apply(usage), llm.answerFormat(), llm.retries(),
                llm.backoff(), budget, new CircuitBreaker(llm.breakerFailures(), llm.breakerOpen(), clock), sleeper);
        StructuredAsk ask = new StructuredAsk(gateway, prompts);
        return new LlmRoles(
                new LlmClientSimulator(ask, prompts, llm.recentTurns(), new EmotionArbiter(classifier),
                        offline.client(), usage),
                new LlmSuggestionEngine(ask, prompts, llm.recentTurns(), offline.suggestions(), usage,
                        offline.grounding()),
                new LlmResponseAnalyzer(ask, prompts, llm.recentTurns(), offline.analyzer(), usage),
                usage, llm.provider().id() + " " + llm.models());
    }

    private static Map<LlmRole, ChatModel> models(LlmSettings llm, Optional<String> key, UsageRecorder listener) {
        Map<LlmRole, ChatModel> models = new EnumMap<>(LlmRole.class);
        for (LlmRole role : LlmRole.values()) {
            models.put(role, ChatModels.build(llm, role, key, listener));
        }
        return models;
    }
}
