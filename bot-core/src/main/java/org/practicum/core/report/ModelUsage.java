package org.practicum.core.report;

/**
 * What a session cost in model calls, for the debrief: calls made, tokens in and out, latency, and
 * how many turns fell back to the offline engine.
 */
public record ModelUsage(int calls, long inputTokens, long outputTokens, long meanLatencyMs, long maxLatencyMs,
                         int fallbacks) {

    public static final ModelUsage NONE = new ModelUsage(0, 0, 0, 0, 0, 0);
}
