package org.practicum.core.llm;

import java.util.Objects;
import org.practicum.core.analysis.ResponseAnalyzer;
import org.practicum.core.simulation.ClientSimulator;
import org.practicum.core.suggestion.Grounding;
import org.practicum.core.suggestion.SuggestionEngine;

/**
 * The offline parts: the default, and the fallback behind every model role; with the grounding check
 * that the model's suggestions must pass too.
 */
public record OfflineRoles(ClientSimulator client, SuggestionEngine suggestions, ResponseAnalyzer analyzer,
                           Grounding grounding) {
    public OfflineRoles {
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(suggestions, "suggestions");
        Objects.requireNonNull(analyzer, "analyzer");
        Objects.requireNonNull(grounding, "grounding");
    }
}
