package org.practicum.app.cli;

import org.practicum.core.report.Debrief;
import org.practicum.core.scenario.Scenario;
import org.practicum.core.session.SessionUpdate;

/** How a practice session is shown on the command line: JSON events or readable text. */
public interface PracticeOutput {

    void introduce(Scenario scenario, String sessionId);

    /** A whole turn at once: {@link #clientLine}, then {@link #coaching}. */
    default void update(SessionUpdate update) {
        clientLine(update);
        coaching(update);
    }

    /** Notices, then the client's message: shown as soon as the client has spoken. */
    void clientLine(SessionUpdate update);

    /** After the client's message: the flags on the trainee's reply, the suggestions, and whether the client left. */
    void coaching(SessionUpdate update);

    /**
     * After /retry or /resume in a running session: the notice, and (for people, not for JSON
     * consumers who already have them) the client's message and suggestions again.
     */
    void reshow(SessionUpdate update);

    /** The current suggestions again (a /hint). */
    void hint(SessionUpdate update);

    void debrief(Debrief debrief);

    void error(String sessionId, String message);
}
