package org.practicum.core.llm;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Where the model roles run. {@link #OFFLINE} means no model at all. */
public enum LlmProvider {
    OFFLINE, OPENAI, OLLAMA, ANTHROPIC, GEMINI;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Whether a key is required. Hosted APIs need one; Ollama and OpenAI-compatible servers at a
     * custom base URL (vLLM, LM Studio, llama.cpp) usually run without.
     */
    public boolean needsKey(Optional<String> baseUrl) {
        return switch (this) {
            case ANTHROPIC, GEMINI -> true;
            case OPENAI -> baseUrl.isEmpty() || baseUrl.get().contains("api.openai.com");
            case OFFLINE, OLLAMA -> false;
        };
    }

    /** Whether the provider's LangChain4j client accepts a JSON response format. */
    public boolean supportsJsonMode() {
        return this != ANTHROPIC;
    }

    public static Optional<LlmProvider> parse(String id) {
        String n = id.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(p -> p.id().equals(n)).findFirst();
    }

    public static String choices() {
        return String.join(", ", Arrays.stream(values()).map(LlmProvider::id).toList());
    }
}
