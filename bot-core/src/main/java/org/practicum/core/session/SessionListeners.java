package org.practicum.core.session;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Who the engine tells when a session starts or ends, and who decides whether someone may join a group.
 * Listeners get copies; a failing listener is logged and never stops the session.
 */
final class SessionListeners {

    private static final Logger LOG = LoggerFactory.getLogger(SessionListeners.class);

    private final List<Consumer<Session>> started = new CopyOnWriteArrayList<>();
    private final List<Consumer<Session>> ended = new CopyOnWriteArrayList<>();
    private final List<GroupAdmission> admissions = new CopyOnWriteArrayList<>();

    void onStarted(Consumer<Session> listener) {
        started.add(listener);
    }

    void onEnded(Consumer<Session> listener) {
        ended.add(listener);
    }

    void admitWith(GroupAdmission admission) {
        admissions.add(admission);
    }

    void started(Session session) {
        tell(started, session, "a start-of-session");
    }

    void ended(Session session) {
        tell(ended, session, "an end-of-session");
    }

    /** Throws the first admission's refusal; a copy of the session is all they see. */
    void admit(Session copy, Participant person) {
        admissions.forEach(a -> a.check(copy, person));
    }

    private static void tell(List<Consumer<Session>> listeners, Session session, String which) {
        for (Consumer<Session> listener : listeners) {
            try {
                listener.accept(session.snapshot());
            } catch (RuntimeException e) {
                LOG.warn("session {}: {} listener failed: {}", session.id(), which, e.toString());
            }
        }
    }
}
