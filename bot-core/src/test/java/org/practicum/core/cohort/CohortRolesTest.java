package org.practicum.core.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.practicum.core.cohort.CohortWorld.ANA;
import static org.practicum.core.cohort.CohortWorld.BEN;
import static org.practicum.core.cohort.CohortWorld.FAY;
import static org.practicum.core.cohort.CohortWorld.OTTO;
import static org.practicum.core.cohort.CohortWorld.RAE;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import org.practicum.core.session.Participant;
import org.practicum.core.session.PracticeException;
import org.practicum.core.session.SessionOrigin;
import org.practicum.core.session.SessionUpdate;

@ParameterizedClass(name = "on {0}")
@MethodSource("org.practicum.core.storage.TestDatabase#kinds")
class CohortRolesTest extends CohortWorldTest {


    @Test
    void a_facilitator_by_platform_role_creates_a_cohort_and_its_members_are_stored_by_role() {
        Cohort spring = world.cohorts.cohort(world.spring.id());
        assertEquals(List.of(FAY), spring.withRole(Role.FACILITATOR));
        assertEquals(List.of(ANA, BEN), spring.withRole(Role.TRAINEE));
        assertEquals(List.of(RAE), spring.withRole(Role.REVIEWER));
        assertEquals(List.of("exam-stress", "bereavement"), spring.scenarios());
    }

    @Test
    void someone_without_the_facilitator_role_cannot_create_a_cohort_or_enrol_people() {
        PracticeException create = assertThrows(PracticeException.class,
                () -> world.cohorts.create(ANA, List.of("members"), "Mine", "guild-1"));
        assertEquals(PracticeException.Reason.NOT_ALLOWED, create.reason());
        PracticeException enrol = assertThrows(PracticeException.class, () -> world.cohorts.enrol(world.spring.id(), ANA,
                new Participant("zed", "Zed"), Role.TRAINEE));
        assertEquals(PracticeException.Reason.NOT_ALLOWED, enrol.reason());
        assertTrue(enrol.getMessage().contains("facilitators"), enrol.getMessage());
    }

    @Test
    void trainees_practise_the_assigned_scenarios_in_order() {
        assertEquals("exam-stress", world.cohorts.nextScenario(world.spring.id(), ANA));
        String first = world.practise(ANA, "It sounds like a lot.");
        assertEquals("exam-stress", world.engine.find(first).orElseThrow().scenarioId());
        assertEquals("bereavement", world.cohorts.nextScenario(world.spring.id(), ANA));
        assertEquals("exam-stress", world.cohorts.nextScenario(world.spring.id(), BEN), "Ben has not practised yet");
    }

    @Test
    void a_trainee_cannot_read_another_trainees_transcript_but_the_cohorts_facilitator_and_reviewer_can() {
        String anas = world.practise(ANA, "It sounds like a lot.");

        assertEquals(anas, world.cohorts.transcript(anas, ANA).id());
        assertEquals(anas, world.cohorts.transcript(anas, FAY).id());
        assertEquals(anas, world.cohorts.transcript(anas, RAE).id());
        for (Participant outsider : List.of(BEN, OTTO)) {
            PracticeException e = assertThrows(PracticeException.class,
                    () -> world.cohorts.transcript(anas, outsider));
            assertEquals(PracticeException.Reason.NOT_ALLOWED, e.reason(), outsider.displayName());
        }
    }

    @Test
    void in_a_cohort_group_session_enrolled_trainees_take_turns_and_outsiders_cannot_join() {
        SessionUpdate group = world.cohorts.startGroup(world.spring.id(), FAY, "exam-stress",
                new SessionOrigin("test", "guild-1", "ch", "group-1"), 4L);
        world.cohorts.join(group.sessionId(), ANA);
        world.cohorts.join(group.sessionId(), BEN);
        assertEquals(PracticeException.Reason.NOT_ALLOWED, assertThrows(PracticeException.class,
                () -> world.cohorts.join(group.sessionId(), OTTO)).reason());

        world.engine.reply(group.sessionId(), ANA, "It sounds like a lot.", "g1");
        assertEquals(PracticeException.Reason.NOT_YOUR_TURN, assertThrows(PracticeException.class,
                () -> world.engine.reply(group.sessionId(), ANA, "And?", "g2")).reason());
        assertEquals(2, world.engine.reply(group.sessionId(), BEN, "What's been hardest?", "g3").turn());
        assertEquals(group.sessionId(), world.cohorts.transcript(group.sessionId(), BEN).id());
    }

    @Test
    void a_session_a_cohort_trainee_starts_on_a_platform_belongs_to_their_cohort_from_the_start() {
        // when
        String id = world.engine.start(new org.practicum.core.session.StartRequest("exam-stress", ANA,
                new SessionOrigin("discord", "guild-1", "ch", "t-plain"), org.practicum.core.session.SessionMode.PRIVATE,
                4L)).sessionId();
        world.engine.reply(id, ANA, "It sounds like a lot.", "m1");

        // then: the reviewer can follow it in progress, and it is queued for review once it ends
        assertEquals(id, world.cohorts.transcript(id, RAE).id());
        assertEquals(List.of(id), world.cohorts.store().sessionsOf(world.spring.id()));
        assertEquals(0, world.reviews.queue(RAE).size(), "nothing to review while it goes on");
        world.engine.end(id);
        assertEquals(1, world.reviews.queue(RAE).size());
    }
}
