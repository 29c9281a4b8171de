package org.practicum.core.llm;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * How readily Gemini's own safety filters withhold an answer ({@code llm.gemini.safety-threshold}), the
 * same for each harm category Practicum sets. {@link #DEFAULT} sends no safety settings at all.
 */
public enum GeminiSafetyThreshold {
    DEFAULT, BLOCK_NONE, BLOCK_ONLY_HIGH, BLOCK_MEDIUM_AND_ABOVE, BLOCK_LOW_AND_ABOVE;

    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Accepts the setting's own spelling and Google's ({@code BLOCK_ONLY_HIGH}). */
    public static Optional<GeminiSafetyThreshold> parse(String id) {
        String n = id.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        return Arrays.stream(values()).filter(t -> t.id().equals(n)).findFirst();
    }

    public static String choices() {
        return String.join(", ", Arrays.stream(values()).map(GeminiSafetyThreshold::id).toList());
    }
}
