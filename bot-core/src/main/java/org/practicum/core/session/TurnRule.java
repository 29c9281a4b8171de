package org.practicum.core.session;

import java.util.List;

/**
 * Who may speak to the client. In a private session only its trainee. In a group session any enrolled
 * trainee, but nobody twice in a row while someone else is enrolled, so turns go round the group in
 * whatever order people are ready. Everyone else is an observer: their messages are ignored.
 * Public so that adapters can tell, before the client "writes", whether a message takes a turn at all
 * (and only then show typing); {@link PracticeEngine#reply} applies the same rule.
 *
 * <p>On chat platforms, the same for Discord and Slack: a group session is started by a facilitator
 * (the configured user ids or role/user group, or a server/workspace admin), who owns it; people enrol
 * by pressing the session's "Join" button ({@link PracticeEngine#enrol}), which admits anyone unless the
 * session belongs to a cohort, whose trainees alone may then join ({@link GroupAdmission}); the owner may
 * end it.
 */
public final class TurnRule {

    private TurnRule() {
    }

    /** Throws NOT_YOUR_SESSION for someone who may not reply, NOT_YOUR_TURN for a turn out of order. */
    public static void check(Session session, Participant author) {
        if (session.mode() == SessionMode.PRIVATE) {
            if (!session.trainee().id().equals(author.id())) {
                throw new PracticeException(PracticeException.Reason.NOT_YOUR_SESSION,
                        "This is " + session.trainee().displayName() + "'s practice session.");
            }
            return;
        }
        List<Participant> roster = session.roster();
        if (roster.stream().noneMatch(p -> p.id().equals(author.id()))) {
            throw new PracticeException(PracticeException.Reason.NOT_YOUR_SESSION,
                    "You are observing this group session.", NextStep.JOIN);
        }
        String last = session.lastActive().map(TurnRecord::author).orElse(null);
        if (roster.size() > 1 && author.id().equals(last)) {
            throw new PracticeException(PracticeException.Reason.NOT_YOUR_TURN,
                    "You took the last turn; let someone else in the group reply to the client first.");
        }
    }
}
