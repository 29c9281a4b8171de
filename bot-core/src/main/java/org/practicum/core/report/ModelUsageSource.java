package org.practicum.core.report;

/** Where a debrief reads its session's model usage. Thread-safe. */
@FunctionalInterface
public interface ModelUsageSource {

    /** No model in use: debriefs carry no usage. */
    ModelUsageSource NONE = sessionId -> null;

    /** The session's usage so far, or null when no model served it. */
    ModelUsage usage(String sessionId);
}
