package org.practicum.core.session;

import java.nio.file.Path;

/**
 * @param maxMessageChars longest trainee message accepted; longer ones are refused, not cut
 * @param chartDir        where debrief charts are written
 * @param cachedSessions  active sessions kept in memory
 */
public record EngineSettings(int maxMessageChars, Path chartDir, int cachedSessions) {
    public EngineSettings {
        if (maxMessageChars < 1) {
            throw new IllegalArgumentException("maxMessageChars must be positive");
        }
    }
}
