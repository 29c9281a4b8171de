package org.practicum.core.session;

/**
 * Something a person can do next, named by what it does rather than by a command: each platform says
 * it in its own words (the terminal's {@code /resume}, Discord's {@code /practice resume}, a button on
 * Slack). Carried by a {@link PracticeException} and by the crisis pause's {@link Notice}.
 */
public enum NextStep {
    /** Write a reply to the client. */
    REPLY,
    /** Continue a paused session. */
    RESUME,
    /** End the session (with a debrief). */
    END,
    /** Start a new session. */
    START,
    /** Join a group session to take turns. */
    JOIN
}
