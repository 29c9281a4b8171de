package org.practicum.core.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.practicum.core.cohort.CohortWorld.ANA;
import static org.practicum.core.cohort.CohortWorld.BEN;
import static org.practicum.core.cohort.CohortWorld.FAY;
import static org.practicum.core.cohort.CohortWorld.RAE;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import org.practicum.core.analysis.FlagKind;
import org.practicum.core.markup.Markup;
import org.practicum.core.review.FlagAgreement;
import org.practicum.core.review.ReplyJudgement;
import org.practicum.core.review.ReplyUnderReview;
import org.practicum.core.review.Review;
import org.practicum.core.review.Verdict;
import org.practicum.core.session.PracticeException;
import org.practicum.core.storage.JdbcSessionStore;

/**
 * A reviewer judges each automatic flag on a reply on its own (agree, disagree, not sure) and adds the
 * flags the tool missed; the cohort's agreement counts each kind separately.
 */
@ParameterizedClass(name = "on {0}")
@MethodSource("org.practicum.core.storage.TestDatabase#kinds")
class ReviewerJudgementTest extends CohortWorldTest {

    /** Raises two flags: minimising and premature advice. */
    private static final String MINIMISING_ADVICE =
            "It's not that bad, everyone gets stressed about exams. You should make a revision timetable.";
    private static final String ADVICE = "You should make a revision timetable.";
    private static final String REFLECTION = "It sounds like the exams are weighing on you.";

    @Test
    void a_reviewer_agrees_with_one_flag_and_disagrees_with_another_on_the_same_reply_and_each_is_counted_apart() {
        // given
        String id = world.practise(ANA, MINIMISING_ADVICE);
        ReplyUnderReview reply = world.reviews.reply(id, RAE, message(id, 1));

        // when
        world.reviews.judgeReply(id, RAE, message(id, 1), judgement("", Map.of(
                "minimising", Verdict.AGREE, "premature_advice", Verdict.DISAGREE), "", ""));

        // then
        assertEquals(List.of(FlagKind.PREMATURE_ADVICE, FlagKind.MINIMISING), reply.raised());
        assertEquals(List.of(new FlagAgreement("minimising", 1, 0, 0, 0),
                new FlagAgreement("premature_advice", 0, 1, 0, 0)), world.reviews.agreement(world.spring.id(), FAY));
        assertEquals(List.of(List.of("minimising", "1", "0", "0", "0", "100%", "100%"),
                        List.of("premature advice", "0", "1", "0", "0", "0%", "–")),
                world.reports.build(world.spring.id(), FAY).table().rows());
    }

    @Test
    void a_flag_the_tool_missed_counts_as_added_for_its_kind_and_lowers_recall_as_judged() {
        // given: two replies of advice, the flag agreed with on one; a reflection on which the reviewer
        // says the tool missed a distress cue
        String a = world.practise(ANA, ADVICE);
        String b = world.practise(BEN, ADVICE, REFLECTION);
        world.reviews.judgeFlag(a, RAE, 1, "premature_advice", Verdict.AGREE);
        world.reviews.judgeFlag(b, RAE, 1, "premature_advice", Verdict.AGREE);

        // when
        world.reviews.judgeReply(b, RAE, message(b, 2), judgement("", Map.of(), "premature_advice", ""));
        world.reviews.judgeReply(b, RAE, message(b, 2), judgement("", Map.of(), "missed_distress_cue",
                "She mentioned not sleeping."));

        // then
        FlagAgreement advice = agreementOf("premature_advice");
        assertEquals(new FlagAgreement("premature_advice", 2, 0, 0, 1), advice);
        assertEquals(2 / 3.0, advice.recall(), 1e-9);
        assertEquals(new FlagAgreement("missed_distress_cue", 0, 0, 0, 1), agreementOf("missed_distress_cue"));
        assertEquals(List.of("missed distress cue", "0", "0", "0", "1", "–", "0%"),
                world.reports.build(world.spring.id(), FAY).table().rows().get(0));
        assertEquals(List.of(new Review.MissedFlag(2, "missed_distress_cue", RAE.id(), "She mentioned not sleeping."),
                new Review.MissedFlag(2, "premature_advice", RAE.id(), "")), world.reviews.review(b, RAE).orElseThrow()
                .missed());
    }

    @Test
    void not_sure_is_counted_on_its_own_and_leaves_agreement_and_recall_as_they_were() {
        String a = world.practise(ANA, ADVICE);
        String b = world.practise(BEN, ADVICE);
        world.reviews.judgeFlag(a, RAE, 1, "premature_advice", Verdict.AGREE);

        world.reviews.judgeFlag(b, RAE, 1, "premature_advice", Verdict.UNSURE);

        FlagAgreement advice = agreementOf("premature_advice");
        assertEquals(new FlagAgreement("premature_advice", 1, 0, 1, 0), advice);
        assertEquals(1.0, advice.agreement());
        assertEquals(1.0, advice.recall());
    }

    @Test
    void a_form_with_a_mistake_in_any_part_is_refused_with_the_reason_and_stores_none_of_it() {
        String id = world.practise(ANA, ADVICE);
        String message = message(id, 1);
        List<ReplyJudgement> mistakes = List.of(
                judgement("Good try.", Map.of("premature_advice", Verdict.AGREE), "premature_advice", ""),
                judgement("Good try.", Map.of("premature_advice", Verdict.AGREE), "", "a note for no flag"),
                judgement("Good try.", Map.of("minimising", Verdict.AGREE), "", ""),
                judgement("Good try.", Map.of(), "not_a_kind", ""),
                judgement(" ", Map.of(), "", ""));
        List<String> reasons = List.of("Turn 1 already has a 'premature advice' flag: agree or disagree with it instead.",
                "Choose the kind of flag the automatic feedback missed, or leave its note empty.",
                "Turn 1 has no 'minimising' flag.", "There is no kind of flag 'not_a_kind'.",
                "Write a note, judge a flag, or add a flag the automatic feedback missed.");

        for (int i = 0; i < mistakes.size(); i++) {
            ReplyJudgement mistake = mistakes.get(i);
            PracticeException e = assertThrows(PracticeException.class,
                    () -> world.reviews.judgeReply(id, RAE, message, mistake));
            assertEquals(PracticeException.Reason.INVALID_INPUT, e.reason());
            assertEquals(reasons.get(i), e.getMessage());
        }

        Review review = world.reviews.review(id, RAE).orElseThrow();
        assertEquals(List.of(), review.annotations());
        assertEquals(List.of(), review.verdicts());
        assertEquals(List.of(), review.missed());
        assertEquals(Review.Status.QUEUED, review.status());
    }

    @Test
    void opening_the_form_again_shows_the_flags_raised_the_kinds_left_to_add_and_what_the_reviewer_said() {
        String id = world.practise(ANA, MINIMISING_ADVICE);
        world.reviews.judgeReply(id, RAE, message(id, 1), judgement("Slow down.", Map.of("minimising", Verdict.UNSURE),
                "judging", ""));

        ReplyUnderReview again = world.reviews.reply(id, RAE, message(id, 1));

        assertEquals(1, again.turn());
        assertEquals(MINIMISING_ADVICE, again.reply());
        assertEquals("Slow down.", again.note());
        assertEquals(Map.of(FlagKind.MINIMISING, Verdict.UNSURE), again.verdicts());
        assertEquals(List.of(FlagKind.JUDGING), again.added());
        assertEquals(List.of(FlagKind.MISSED_DISTRESS_CUE, FlagKind.JUDGING, FlagKind.CLOSED_QUESTION_STREAK,
                FlagKind.SELF_FOCUS), again.missable());
    }

    @Test
    void the_trainee_reads_each_verdict_and_the_flag_the_reviewer_added() {
        String id = world.practise(ANA, MINIMISING_ADVICE, REFLECTION);
        world.reviews.judgeReply(id, RAE, message(id, 1), judgement("", Map.of(
                "premature_advice", Verdict.AGREE, "minimising", Verdict.UNSURE), "", ""));
        world.reviews.judgeReply(id, RAE, message(id, 2), judgement("", Map.of(), "missed_distress_cue",
                "She said she can't sleep."));

        String seen = world.reviews.complete(id, RAE, "").get(0).review().render(Markup.PLAIN);

        assertTrue(seen.contains("• Turn 1, flag “minimising”: the reviewer is not sure\n"), seen);
        assertTrue(seen.contains("• Turn 1, flag “premature advice”: the reviewer agrees\n"), seen);
        assertTrue(seen.contains("• Turn 2: the reviewer adds a flag the automatic feedback missed, "
                + "“missed distress cue” — She said she can't sleep.\n"), seen);
    }

    @Test
    void added_flags_and_not_sure_verdicts_outlive_the_sessions_they_were_given_on() {
        String a = world.practise(ANA, ADVICE);
        String b = world.practise(BEN, REFLECTION);
        world.reviews.judgeFlag(a, RAE, 1, "premature_advice", Verdict.UNSURE);
        world.reviews.addMissedFlag(b, RAE, 1, "missed_distress_cue", "");
        List<FlagAgreement> before = world.reviews.agreement(world.spring.id(), FAY);

        new JdbcSessionStore(world.database.dataSource(), Clock.systemUTC())
                .purgeOlderThan(Instant.now().plus(Duration.ofDays(1)));

        assertEquals(List.of(new FlagAgreement("missed_distress_cue", 0, 0, 0, 1),
                new FlagAgreement("premature_advice", 0, 0, 1, 0)), before);
        assertEquals(before, world.reviews.agreement(world.spring.id(), FAY));
    }

    @Test
    void forgetting_the_reviewer_keeps_the_flags_they_added_counted_once() {
        String id = world.practise(ANA, REFLECTION);
        world.reviews.addMissedFlag(id, RAE, 1, "missed_distress_cue", "A cue went past.");

        world.personalData.forget(RAE);

        assertEquals(List.of(), world.reviews.review(id, ANA).orElseThrow().missed());
        assertEquals(List.of(new FlagAgreement("missed_distress_cue", 0, 0, 0, 1)),
                world.reviews.agreement(world.spring.id(), FAY));
    }

    private FlagAgreement agreementOf(String kind) {
        return world.reviews.agreement(world.spring.id(), FAY).stream().filter(a -> a.flagKind().equals(kind))
                .findFirst().orElseThrow();
    }

    /** The platform message of the trainee's reply on this turn. */
    private String message(String sessionId, int turn) {
        return world.engine.find(sessionId).orElseThrow().activeTurns().stream().filter(t -> t.turn() == turn)
                .findFirst().orElseThrow().eventKey();
    }

    /** A form as the reviewer filled it in, verdicts in the order given. */
    private static ReplyJudgement judgement(String note, Map<String, Verdict> verdicts, String missedKind,
                                            String missedNote) {
        return new ReplyJudgement(note, new LinkedHashMap<>(verdicts), missedKind, missedNote);
    }
}
