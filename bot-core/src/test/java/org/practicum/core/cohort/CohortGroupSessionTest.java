package org.practicum.core.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.practicum.core.cohort.CohortWorld.ANA;
import static org.practicum.core.cohort.CohortWorld.BEN;
import static org.practicum.core.cohort.CohortWorld.FAY;
import static org.practicum.core.cohort.CohortWorld.RAE;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import org.practicum.core.report.Debrief;
import org.practicum.core.session.Participant;
import org.practicum.core.session.PracticeException;
import org.practicum.core.session.SessionMode;
import org.practicum.core.session.SessionOrigin;
import org.practicum.core.session.StartRequest;

/**
 * Group sessions started on a platform (straight through the engine, as the adapters do): they belong to
 * the facilitator's cohort from the start, only that cohort's trainees may join them, and each member's
 * feedback sets their own replies apart from the group's.
 */
@ParameterizedClass(name = "on {0}")
@MethodSource("org.practicum.core.storage.TestDatabase#kinds")
class CohortGroupSessionTest extends CohortWorldTest {

    static final Participant ZED = new Participant("zed", "Zed");

    @Test
    void a_group_session_a_facilitator_starts_on_a_platform_belongs_to_their_cohort_from_the_start() {
        String id = startGroup(FAY);

        assertEquals(Optional.of(world.spring.id()), world.cohorts.store().cohortOfSession(id));
        assertEquals(id, world.cohorts.transcript(id, RAE).id(), "the cohort's reviewer follows it in progress");
    }

    @Test
    void a_stranger_pressing_join_is_refused_with_the_cohorts_name_and_cannot_take_a_turn() {
        String id = startGroup(FAY);

        PracticeException refused = assertThrows(PracticeException.class, () -> world.engine.enrol(id, ZED));

        assertEquals(PracticeException.Reason.NOT_ALLOWED, refused.reason());
        assertEquals("This group session is for Spring's trainees; ask a facilitator to enrol you.",
                refused.getMessage());
        assertEquals(List.of(), world.engine.find(id).orElseThrow().roster());
        assertEquals(PracticeException.Reason.NOT_YOUR_SESSION, assertThrows(PracticeException.class,
                () -> world.engine.reply(id, ZED, "Hi, what's going on?", "z1")).reason());
    }

    @Test
    void the_cohorts_reviewer_observes_and_is_not_admitted_to_take_turns() {
        String id = startGroup(FAY);

        PracticeException refused = assertThrows(PracticeException.class, () -> world.engine.enrol(id, RAE));

        assertEquals(PracticeException.Reason.NOT_ALLOWED, refused.reason());
        assertEquals(List.of(), world.engine.find(id).orElseThrow().roster());
    }

    @Test
    void the_cohorts_trainees_join_and_take_turns() {
        String id = startGroup(FAY);

        world.engine.enrol(id, ANA);
        world.engine.enrol(id, BEN);

        assertEquals(List.of(ANA, BEN), world.engine.find(id).orElseThrow().roster());
        assertEquals(1, world.engine.reply(id, ANA, "It sounds like a lot.", "a1").turn());
        assertEquals(2, world.engine.reply(id, BEN, "What's been hardest?", "b1").turn());
    }

    @Test
    void the_facilitator_takes_turns_only_after_enrolling_themselves_as_a_trainee() {
        String id = startGroup(FAY);

        PracticeException refused = assertThrows(PracticeException.class, () -> world.engine.enrol(id, FAY));
        world.cohorts.enrol(world.spring.id(), FAY, FAY, Role.TRAINEE);
        List<Participant> roster = world.engine.enrol(id, FAY);

        assertEquals("This group session is for Spring's trainees; to take turns yourself, enrol yourself in Spring "
                + "as a trainee.", refused.getMessage());
        assertEquals(List.of(FAY), roster);
    }

    @Test
    void a_group_session_of_a_facilitator_without_a_cohort_is_open_to_anyone() {
        Participant gus = new Participant("gus", "Gus");

        String id = startGroup(gus);
        world.engine.enrol(id, ZED);

        assertEquals(Optional.empty(), world.cohorts.store().cohortOfSession(id));
        assertEquals(List.of(ZED), world.engine.find(id).orElseThrow().roster());
    }

    @Test
    void a_group_session_started_for_a_named_cohort_stays_with_it_though_the_facilitator_has_a_newer_one() {
        Cohort summer = world.cohorts.create(FAY, List.of("facilitators"), "Summer", "guild-1");

        String id = world.cohorts.startGroup(world.spring.id(), FAY, "exam-stress",
                new SessionOrigin("discord", "guild-1", "ch", "g-named"), 4L).sessionId();

        assertEquals(Optional.of(world.spring.id()), world.cohorts.store().cohortOfSession(id));
        assertEquals(List.of(), world.cohorts.store().sessionsOf(summer.id()));
        world.engine.enrol(id, ANA);
        assertEquals(List.of(ANA), world.engine.find(id).orElseThrow().roster());
    }

    @Test
    void each_member_of_a_group_session_reads_the_flags_on_their_own_replies_apart_from_the_groups() {
        // given: Ana gives advice too soon, Ben minimises, Ana then reflects
        String id = startGroup(FAY);
        world.engine.enrol(id, ANA);
        world.engine.enrol(id, BEN);
        world.engine.reply(id, ANA, "You should just make a revision timetable.", "a1");
        world.engine.reply(id, BEN, "It's not that bad, everyone gets stressed about exams.", "b1");
        world.engine.reply(id, ANA, "It sounds like a lot is resting on these exams.", "a2");

        // when
        Debrief debrief = world.debriefs.end(id);
        Debrief.MemberFlags anas = debrief.forMember(ANA.id());
        Debrief.MemberFlags bens = debrief.forMember(BEN.id());

        // then
        assertEquals(List.of(1), turns(anas.own()), "Ana's advice, on her turn");
        assertEquals(List.of(2), turns(anas.others()));
        assertEquals(List.of(2), turns(bens.own()), "Ben's minimising, on his turn");
        assertEquals(List.of(1), turns(bens.others()));
        assertTrue(anas.own().stream().allMatch(f -> f.author().equals(ANA)));
        assertTrue(bens.own().stream().allMatch(f -> f.author().equals(BEN)));
        assertEquals("You should just make a revision timetable.", anas.own().get(0).quote());
        Debrief.MemberFlags fays = debrief.forMember(FAY.id());
        assertEquals(List.of(), fays.own(), "the facilitator took no turns");
        assertEquals(debrief.flags(), fays.others());
    }

    @Test
    void a_member_who_wrote_no_reply_is_known_to_have_observed_and_one_whose_replies_were_not_flagged_to_have_replied() {
        // given: Ana gives advice too soon, Ben reflects without a flag, Cat joins but never replies
        Participant cat = new Participant("cat", "Cat");
        world.cohorts.enrol(world.spring.id(), FAY, cat, Role.TRAINEE);
        String id = startGroup(FAY);
        world.engine.enrol(id, ANA);
        world.engine.enrol(id, BEN);
        world.engine.enrol(id, cat);
        world.engine.reply(id, ANA, "You should just make a revision timetable.", "a1");
        world.engine.reply(id, BEN, "It sounds like a lot is resting on these exams.", "b1");

        // when
        Debrief debrief = world.debriefs.end(id);

        // then
        assertEquals(List.of(ANA.id(), BEN.id()), debrief.repliedBy());
        assertTrue(debrief.forMember(ANA.id()).replied());
        Debrief.MemberFlags bens = debrief.forMember(BEN.id());
        assertEquals(List.of(), bens.own(), "Ben's reflection raised no flag");
        assertTrue(bens.replied(), "Ben replied");
        assertFalse(debrief.forMember(cat.id()).replied(), "Cat only watched");
        assertFalse(debrief.forMember(FAY.id()).replied(), "the facilitator only watched");
        assertEquals(debrief.flags(), debrief.forMember(cat.id()).others());
    }

    @Test
    void in_a_private_session_every_flag_is_the_trainees_own() {
        String id = world.practise(ANA, "You should just make a revision timetable.");

        Debrief debrief = world.debriefs.end(id);

        assertEquals(debrief.flags(), debrief.forMember(ANA.id()).own());
        assertEquals(List.of(), debrief.forMember(ANA.id()).others());
        assertTrue(!debrief.flags().isEmpty(), "the advice was flagged");
    }

    private static List<Integer> turns(List<Debrief.DebriefFlag> flags) {
        return flags.stream().map(Debrief.DebriefFlag::turn).distinct().toList();
    }

    private String startGroup(Participant owner) {
        return world.engine.start(new StartRequest("exam-stress", owner,
                new SessionOrigin("discord", "guild-1", "ch", "g-" + System.nanoTime()), SessionMode.GROUP, 4L))
                .sessionId();
    }
}
