package org.practicum.core.llm;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * How a model is asked for its JSON answer ({@code llm.response-format}). Every answer is checked
 * against its schema and repaired once whatever the format; the format only decides how much the
 * provider is told to constrain it.
 */
public enum AnswerFormat {
    /** The role's JSON schema as structured output (OpenAI json_schema, Ollama format, Gemini response schema). */
    SCHEMA,
    /** Any JSON object (OpenAI json_object): for servers that take no schema. */
    JSON,
    /** No response format at all; the prompt's schema and the repair request do the work. */
    TEXT;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<AnswerFormat> parse(String id) {
        String n = id.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.id().equals(n)).findFirst();
    }

    public static String choices() {
        return String.join(", ", Arrays.stream(values()).map(AnswerFormat::id).toList());
    }
}
