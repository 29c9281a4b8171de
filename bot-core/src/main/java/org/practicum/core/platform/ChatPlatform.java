package org.practicum.core.platform;

/**
 * A chat platform adapter (Discord, Slack) as the launcher sees it: started once with everything it
 * needs, closed on shutdown. Adapters translate platform events into engine calls and engine results
 * into platform calls, nothing else.
 */
public interface ChatPlatform extends AutoCloseable {

    /** "discord", "slack": also the {@code platform} of the sessions it starts. */
    String name();

    /** Connects and starts handling events; returns once connected. */
    void start() throws Exception;

    @Override
    void close();
}
