package org.practicum.core.session;

import java.util.Objects;

/**
 * Where a session lives: the platform ("terminal", "discord", "slack"), the community (guild or
 * workspace, for per-community crisis resources), the channel and the thread. Empty strings where
 * a platform has no such thing.
 */
public record SessionOrigin(String platform, String community, String channel, String thread) {
    public SessionOrigin {
        Objects.requireNonNull(platform, "platform");
        community = community == null ? "" : community;
        channel = channel == null ? "" : channel;
        thread = thread == null ? "" : thread;
    }

    public static SessionOrigin terminal() {
        return new SessionOrigin("terminal", "", "", "");
    }

    public SessionOrigin withThread(String threadId) {
        return new SessionOrigin(platform, community, channel, threadId);
    }
}
