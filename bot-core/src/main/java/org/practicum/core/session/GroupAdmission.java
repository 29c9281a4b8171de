package org.practicum.core.session;

/**
 * Who may enrol in a group session to take turns. {@link PracticeEngine#enrol} asks every admission it was
 * given ({@link PracticeEngine#admitWith}) before adding someone to the roster; with none, anyone may join.
 * Called under the session's lock with a copy of the session, so it must be quick and must not call back
 * into the engine for the same session.
 */
@FunctionalInterface
public interface GroupAdmission {

    /** Returns quietly to admit; throws a {@link PracticeException} with a message for the person to refuse. */
    void check(Session session, Participant person);
}
