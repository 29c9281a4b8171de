package org.practicum.slack;

import java.util.Objects;

/**
 * A Slack thread: its channel and the ts of its parent message (the scenario card). A ts is unique
 * only within a channel, so the engine stores both as the session's thread ("C123/1700000000.000100").
 */
record ThreadKey(String channel, String ts) {

    ThreadKey {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(ts, "ts");
    }

    static ThreadKey parse(String thread) {
        int slash = thread.indexOf('/');
        if (slash < 1) {
            throw new IllegalArgumentException("not a Slack thread key: " + thread);
        }
        return new ThreadKey(thread.substring(0, slash), thread.substring(slash + 1));
    }

    @Override
    public String toString() {
        return channel + "/" + ts;
    }
}
