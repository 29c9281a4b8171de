package org.practicum.core.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.http.client.SuccessfulHttpResponse;
import dev.langchain4j.model.anthropic.AnthropicChatResponseMetadata;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.FinishReason;
import java.io.IOException;

/**
 * Recognises an answer that a provider's own safety system withheld, whatever its client library calls
 * it: OpenAI-compatible {@code content_filter} and Gemini's {@code SAFETY}, {@code PROHIBITED_CONTENT} and
 * the like arrive as {@link FinishReason#CONTENT_FILTER}; Anthropic's {@code stop_reason: "refusal"} does not.
 */
final class WithheldAnswer {

    private static final ObjectMapper JSON = new ObjectMapper();

    private WithheldAnswer() {
    }

    static boolean withheld(ChatResponse response) {
        if (response.finishReason() == FinishReason.CONTENT_FILTER) {
            return true;
        }
        // LangChain4j 1.11 maps "refusal" to OTHER, as it does pause_turn and model_context_window_exceeded,
        // so only the raw body it keeps tells a refusal from those.
        return response.finishReason() == FinishReason.OTHER
                && response.metadata() instanceof AnthropicChatResponseMetadata anthropic
                && "refusal".equals(stopReason(anthropic.rawHttpResponse()));
    }

    private static String stopReason(SuccessfulHttpResponse raw) {
        if (raw == null || raw.body() == null) {
            return "";
        }
        try {
            JsonNode body = JSON.readTree(raw.body());
            return body == null ? "" : body.path("stop_reason").asText("");
        } catch (IOException e) {
            return "";
        }
    }
}
