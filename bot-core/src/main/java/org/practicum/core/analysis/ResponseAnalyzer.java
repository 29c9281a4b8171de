package org.practicum.core.analysis;

/**
 * Labels a trainee reply with helping skills and flags, in two readings: {@link #analyze}, quick and
 * offline, which the client's decision is made from; and {@link #review}, which may ask a model and
 * runs while the client speaks, for the coaching and the debrief. Implementations are thread-safe and
 * do not change the session: the engine decides what the analysis does to the client.
 */
public interface ResponseAnalyzer {

    /** The quick reading: rules and trained classifiers, never a model call. */
    Analysis analyze(AnalysisContext context, String traineeText);

    /**
     * The reading the trainee is shown and the debrief keeps, given the quick one; it may take a model
     * call, so the client never waits for it. Without a model it is the quick reading.
     */
    default Analysis review(AnalysisContext context, String traineeText, Analysis quick) {
        return quick;
    }
}
