package org.practicum.core.llm;

import java.util.Objects;
import org.practicum.core.analysis.ResponseAnalyzer;
import org.practicum.core.simulation.ClientSimulator;
import org.practicum.core.suggestion.SuggestionEngine;

/** The offline parts: the default, and the fallback behind every model role. */
public record OfflineRoles(ClientSimulator client, SuggestionEngine suggestions, ResponseAnalyzer analyzer) {
    public OfflineRoles {
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(suggestions, "suggestions");
        Objects.requireNonNull(analyzer, "analyzer");
    }
}
