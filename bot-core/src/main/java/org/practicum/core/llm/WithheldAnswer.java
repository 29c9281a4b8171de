package org.practicum.core.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.exception.HttpException;
import dev.langchain4j.http.client.SuccessfulHttpResponse;
import dev.langchain4j.model.anthropic.AnthropicChatResponseMetadata;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.FinishReason;
import java.io.IOException;

/**
 * Recognises an answer that a provider's own safety system withheld, whatever its client library calls
 * it: OpenAI-compatible {@code content_filter} and Gemini's {@code SAFETY}, {@code PROHIBITED_CONTENT} and
 * the like arrive as {@link FinishReason#CONTENT_FILTER}; Anthropic's {@code stop_reason: "refusal"} does not;
 * a prompt filtered before the model ran arrives as a failure.
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

    /**
     * Whether a failed call was a filter's verdict on the prompt: Azure OpenAI's 400 with error code
     * {@code content_filter}, or Gemini's blocked prompt as {@link GeminiBlockedPrompts} reports it.
     */
    static boolean withheld(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof LlmFailure f && f.kind() == LlmFailure.Kind.FILTERED) {
                return true;
            }
            if (t instanceof HttpException http && http.statusCode() == 400
                    && "content_filter".equals(field(http.getMessage(), "/error/code"))) {
                return true;
            }
        }
        return false;
    }

    private static String stopReason(SuccessfulHttpResponse raw) {
        return raw == null ? "" : field(raw.body(), "/stop_reason");
    }

    /** The text at {@code pointer} in a JSON body; "" if there is none or the body is not JSON. */
    private static String field(String body, String pointer) {
        if (body == null || body.isBlank()) {
            return "";
        }
        try {
            JsonNode root = JSON.readTree(body);
            return root == null ? "" : root.at(pointer).asText("");
        } catch (IOException e) {
            return "";
        }
    }
}
