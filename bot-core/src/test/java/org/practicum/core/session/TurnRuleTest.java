package org.practicum.core.session;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class TurnRuleTest {

    private static final Participant ANA = new Participant("1", "Ana");
    private static final Participant BO = new Participant("2", "Bo");
    private static final Participant CY = new Participant("3", "Cy");

    @Test
    void anyone_but_the_trainee_is_refused_in_a_private_session() {
        Session session = session(SessionMode.PRIVATE, List.of(ANA), null);

        PracticeException refused = assertThrows(PracticeException.class, () -> TurnRule.check(session, BO));

        assertEquals(PracticeException.Reason.NOT_YOUR_SESSION, refused.reason());
        assertDoesNotThrow(() -> TurnRule.check(session, ANA));
    }

    @Test
    void in_a_group_an_observer_is_refused_and_nobody_replies_twice_in_a_row() {
        Session session = session(SessionMode.GROUP, List.of(ANA, BO), ANA.id());

        assertEquals(PracticeException.Reason.NOT_YOUR_SESSION,
                assertThrows(PracticeException.class, () -> TurnRule.check(session, CY)).reason());
        assertEquals(PracticeException.Reason.NOT_YOUR_TURN,
                assertThrows(PracticeException.class, () -> TurnRule.check(session, ANA)).reason());
        assertDoesNotThrow(() -> TurnRule.check(session, BO));
    }

    @Test
    void a_lone_group_member_may_reply_again() {
        Session session = session(SessionMode.GROUP, List.of(ANA), ANA.id());

        assertDoesNotThrow(() -> TurnRule.check(session, ANA));
    }

    private static Session session(SessionMode mode, List<Participant> roster, String lastAuthor) {
        TurnRecord last = new TurnRecord(1, 1, lastAuthor, "hi", null, null, null, null, null, false, Instant.EPOCH);
        return new Session("s-1", "exam-stress", ANA, SessionOrigin.terminal(), 1L, Instant.EPOCH, mode, roster,
                SessionStatus.ACTIVE, 1, List.of(last));
    }
}
