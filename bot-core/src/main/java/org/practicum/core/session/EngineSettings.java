package org.practicum.core.session;

import org.practicum.core.simulation.ClientPolicy;

/**
 * @param maxMessageChars longest trainee message accepted; longer ones are refused, not cut
 * @param cachedSessions  active sessions kept in memory
 * @param leaveAfterRuptures consecutive ruptures (advice too soon, judging, minimising, a missed cue) the
 *                        client bears before it ends the conversation
 */
public record EngineSettings(int maxMessageChars, int cachedSessions, int leaveAfterRuptures) {

    /** The shipped defaults of config/application.yaml. */
    public static final EngineSettings DEFAULTS = new EngineSettings(4000, 10_000, ClientPolicy.DEFAULT_LEAVE_AFTER);

    public EngineSettings {
        if (maxMessageChars < 1) {
            throw new IllegalArgumentException("maxMessageChars must be positive");
        }
        if (cachedSessions < 0) {
            throw new IllegalArgumentException("cachedSessions must not be negative");
        }
        if (leaveAfterRuptures < 1) {
            throw new IllegalArgumentException("leaveAfterRuptures must be at least 1");
        }
    }
}
