package org.practicum.core.simulation;

import java.util.Locale;

/** Conversational phases of a session, as the seed system guided its simulated client. */
public enum Phase {
    /** Opening turns: only the safe surface is on the table. */
    ENGAGEMENT,
    /** The client shares more of the story but not yet the core concern. */
    EXPLORATION,
    /** The core concern is out. */
    DEEPENING,
    /** The core was heard and the client is ready to think about what next. */
    RESOLUTION,
    /** The client has ended the conversation. */
    CLOSED;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
