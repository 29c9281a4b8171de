package org.practicum.core.session;

/**
 * @param maxMessageChars longest trainee message accepted; longer ones are refused, not cut
 * @param cachedSessions  active sessions kept in memory
 */
public record EngineSettings(int maxMessageChars, int cachedSessions) {

    /** The shipped defaults of config/application.yaml. */
    public static final EngineSettings DEFAULTS = new EngineSettings(4000, 10_000);

    public EngineSettings {
        if (maxMessageChars < 1) {
            throw new IllegalArgumentException("maxMessageChars must be positive");
        }
        if (cachedSessions < 0) {
            throw new IllegalArgumentException("cachedSessions must not be negative");
        }
    }
}
