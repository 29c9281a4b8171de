package org.practicum.core.analysis;

/**
 * Labels a trainee reply with helping skills and flags. Implementations are thread-safe and do not
 * change the session: the engine decides what the analysis does to the client.
 */
public interface ResponseAnalyzer {
    Analysis analyze(AnalysisContext context, String traineeText);
}
