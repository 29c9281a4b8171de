package org.practicum.core.llm;

import dev.langchain4j.model.anthropic.AnthropicChatModel;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.listener.ChatModelListener;
import dev.langchain4j.model.googleai.GeminiHarmBlockThreshold;
import dev.langchain4j.model.googleai.GeminiHarmCategory;
import dev.langchain4j.model.googleai.GoogleAiGeminiChatModel;
import dev.langchain4j.model.ollama.OllamaChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds the LangChain4j client for a provider and role. Provider retries are off (the
 * {@link ModelGateway} retries) and request logging is off (requests hold transcripts). No response
 * format is set here: each request carries its own schema (see {@link AnswerFormat}).
 */
final class ChatModels {

    /** Suggestions and analysis want consistency more than variety. */
    private static final double STEADY_TEMPERATURE = 0.2;
    /** OpenAI-compatible servers that need no key still expect an Authorization header of some kind. */
    private static final String NO_KEY = "not-needed";

    /** The harm categories a threshold applies to: the four every Gemini model accepts settings for. */
    private static final List<GeminiHarmCategory> HARM_CATEGORIES = List.of(
            GeminiHarmCategory.HARM_CATEGORY_HARASSMENT, GeminiHarmCategory.HARM_CATEGORY_HATE_SPEECH,
            GeminiHarmCategory.HARM_CATEGORY_SEXUALLY_EXPLICIT, GeminiHarmCategory.HARM_CATEGORY_DANGEROUS_CONTENT);

    private ChatModels() {
    }

    static ChatModel build(LlmSettings s, LlmRole role, Optional<String> key, ChatModelListener listener) {
        String model = s.model(role);
        double temperature = role == LlmRole.CLIENT ? s.temperature() : STEADY_TEMPERATURE;
        List<ChatModelListener> listeners = List.of(listener);
        return switch (s.provider()) {
            case OPENAI -> {
                OpenAiChatModel.OpenAiChatModelBuilder b = OpenAiChatModel.builder().modelName(model)
                        .apiKey(key.orElse(NO_KEY)).temperature(temperature).maxTokens(s.maxOutputTokens())
                        .timeout(s.timeout()).maxRetries(0).logRequests(false).logResponses(false)
                        .listeners(listeners);
                s.baseUrl().ifPresent(b::baseUrl);
                yield b.build();
            }
            case OLLAMA -> {
                var b = OllamaChatModel.builder().maxRetries(0);
                b.baseUrl(s.baseUrl().orElse("http://localhost:11434")).modelName(model).temperature(temperature)
                        .numPredict(s.maxOutputTokens()).timeout(s.timeout()).logRequests(false).logResponses(false).listeners(listeners);
                // An Ollama behind an authenticating proxy takes the key as a bearer token.
                key.ifPresent(k -> b.customHeaders(Map.of("Authorization", "Bearer " + k)));
                yield (ChatModel) b.build();
            }
            case ANTHROPIC -> {
                AnthropicChatModel.AnthropicChatModelBuilder b = AnthropicChatModel.builder().modelName(model)
                        .apiKey(key.orElseThrow()).temperature(temperature).maxTokens(s.maxOutputTokens())
                        .timeout(s.timeout()).maxRetries(0).logRequests(false).logResponses(false)
                        .listeners(listeners);
                s.baseUrl().ifPresent(b::baseUrl);
                yield b.build();
            }
            case GEMINI -> {
                GoogleAiGeminiChatModel.GoogleAiGeminiChatModelBuilder b = GoogleAiGeminiChatModel.builder()
                        .maxRetries(0).httpClientBuilder(GeminiBlockedPrompts.overDefaultClient());
                b.modelName(model).apiKey(key.orElseThrow()).temperature(temperature)
                        .maxOutputTokens(s.maxOutputTokens()).timeout(s.timeout())
                        .logRequests(false).logResponses(false).listeners(listeners);
                s.baseUrl().ifPresent(b::baseUrl);
                safetySettings(s.geminiSafety()).ifPresent(b::safetySettings);
                yield b.build();
            }
            case OFFLINE -> throw new IllegalStateException("no model for the offline provider");
        };
    }

    /** Gemini safety settings for {@code threshold}; none for the default, so Google's own defaults apply. */
    private static Optional<Map<GeminiHarmCategory, GeminiHarmBlockThreshold>> safetySettings(
            GeminiSafetyThreshold threshold) {
        if (threshold == GeminiSafetyThreshold.DEFAULT) {
            return Optional.empty();
        }
        GeminiHarmBlockThreshold block = GeminiHarmBlockThreshold.valueOf(threshold.name());
        Map<GeminiHarmCategory, GeminiHarmBlockThreshold> settings = new EnumMap<>(GeminiHarmCategory.class);
        HARM_CATEGORIES.forEach(category -> settings.put(category, block));
        return Optional.of(settings);
    }
}
