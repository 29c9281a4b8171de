package org.practicum.core.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The human-readable part of a provider's error body, safe to log: providers answer
 * {@code {"error":{"message":...}}} (OpenAI, Gemini, Anthropic) or {@code {"error":"..."}} (LM Studio,
 * Ollama); anything else is taken as it is.
 */
final class ProviderMessage {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_LENGTH = 300;
    /** Long unbroken runs of key characters: API keys, tokens. Prose never has them. */
    private static final Pattern KEY_LIKE = Pattern.compile("[A-Za-z0-9_\\-]{20,}");

    private ProviderMessage() {
    }

    static Optional<String> of(String body) {
        if (body == null || body.isBlank()) {
            return Optional.empty();
        }
        String text = KEY_LIKE.matcher(readable(body.strip())).replaceAll("[redacted]").strip();
        return text.isEmpty() ? Optional.empty()
                : Optional.of(text.length() > MAX_LENGTH ? text.substring(0, MAX_LENGTH) + "…" : text);
    }

    private static String readable(String body) {
        try {
            JsonNode error = JSON.readTree(body).path("error");
            if (error.isTextual()) {
                return error.asText();
            }
            if (error.path("message").isTextual()) {
                return error.path("message").asText();
            }
        } catch (IOException e) {
            // Not JSON: the body is the message.
        }
        return body;
    }
}
