package org.practicum.core.cohort;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.practicum.core.cohort.CohortWorld.ANA;
import static org.practicum.core.cohort.CohortWorld.BEN;
import static org.practicum.core.cohort.CohortWorld.FAY;
import static org.practicum.core.cohort.CohortWorld.OTTO;
import static org.practicum.core.cohort.CohortWorld.RAE;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import org.practicum.core.report.CohortReport;
import org.practicum.core.report.Debrief;
import org.practicum.core.review.FlagAgreement;
import org.practicum.core.review.QueuedReview;
import org.practicum.core.review.Review;
import org.practicum.core.review.ReviewNotice;
import org.practicum.core.markup.Markup;
import org.practicum.core.review.ReplyJudgement;
import org.practicum.core.review.Verdict;
import org.practicum.core.session.PracticeException;
import org.practicum.core.session.SessionOrigin;
import org.practicum.core.session.SessionUpdate;
import org.practicum.core.storage.JdbcSessionStore;
import org.practicum.core.storage.TestDatabase;

@ParameterizedClass(name = "on {0}")
@MethodSource("org.practicum.core.storage.TestDatabase#kinds")
class ReviewAndReportTest extends CohortWorldTest {

    private static final String ADVICE = "You should make a revision timetable.";


    @Test
    void a_finished_cohort_session_waits_in_its_reviewers_queue_only() {
        String id = world.practise(ANA, "It sounds like a lot.");

        List<QueuedReview> queue = world.reviews.queue(RAE);
        assertEquals(List.of(id), queue.stream().map(QueuedReview::sessionId).toList());
        assertEquals(ANA, queue.get(0).trainee());
        assertEquals(List.of(), world.reviews.queue(OTTO), "another cohort's reviewer sees nothing");
        assertEquals(List.of(), world.reviews.queue(ANA));
    }

    @Test
    void a_session_that_is_still_going_is_not_queued() {
        SessionUpdate start = world.cohorts.startAssigned(world.spring.id(), ANA,
                new SessionOrigin("test", "guild-1", "ch", "t-open"), 4L);
        world.engine.reply(start.sessionId(), ANA, "It sounds like a lot.", "m-1");
        assertEquals(List.of(), world.reviews.queue(RAE));
    }

    @Test
    void someone_who_is_not_the_cohorts_reviewer_cannot_annotate_or_judge_flags() {
        String id = world.practise(ANA, ADVICE);
        for (var notReviewer : List.of(ANA, BEN, FAY, OTTO)) {
            PracticeException e = assertThrows(PracticeException.class,
                    () -> world.reviews.annotate(id, notReviewer, 1, "nice"));
            assertEquals(PracticeException.Reason.NOT_ALLOWED, e.reason(), notReviewer.displayName());
            assertThrows(PracticeException.class,
                    () -> world.reviews.judgeFlag(id, notReviewer, 1, "premature_advice", Verdict.DISAGREE));
        }
        assertTrue(world.reviews.review(id, ANA).orElseThrow().annotations().isEmpty());
    }

    @Test
    void the_review_round_trip_notifies_the_trainee_privately_and_shows_the_notes_in_their_debrief() {
        String id = world.practise(ANA, "It sounds like the exams are weighing on you.", ADVICE);
        String message = world.engine.find(id).orElseThrow().activeTurns().get(2).eventKey();

        int turn = world.reviews.judgeReply(id, RAE, message, new ReplyJudgement(
                "Ask before advising: what has she tried?", Map.of("premature_advice", Verdict.AGREE), "", ""));
        List<ReviewNotice> notices = world.reviews.complete(id, RAE, "Warm start; slow down before advice.");

        assertEquals(2, turn);
        assertEquals(1, notices.size());
        assertEquals(ANA, notices.get(0).trainee());
        String seen = notices.get(0).review().render(Markup.PLAIN);
        assertTrue(seen.contains(id), seen);
        assertTrue(seen.contains("Turn 2 — you wrote: “" + ADVICE + "”\n  Ask before advising: what has she tried?"),
                "the note comes along, under the reply it is about: " + seen);
        assertTrue(seen.contains("Turn 2, flag “premature advice”: the reviewer agrees"), seen);
        assertTrue(seen.contains("Summary: Warm start; slow down before advice."), seen);
        Review review = world.reviews.review(id, ANA).orElseThrow();
        assertEquals(Review.Status.DONE, review.status());
        assertEquals(List.of(), world.reviews.queue(RAE), "a finished review leaves the queue");
        assertThrows(PracticeException.class, () -> world.reviews.review(id, BEN));
    }

    @Test
    void a_reviewer_can_only_judge_flags_the_trainee_was_actually_shown() {
        String id = world.practise(ANA, "It sounds like a lot.");
        PracticeException e = assertThrows(PracticeException.class,
                () -> world.reviews.judgeFlag(id, RAE, 1, "premature_advice", Verdict.DISAGREE));
        assertEquals(PracticeException.Reason.INVALID_INPUT, e.reason());
    }

    @Test
    void reviewer_agreement_with_automatic_flags_is_counted_per_flag_kind() {
        String a = world.practise(ANA, ADVICE);
        String b = world.practise(BEN, ADVICE);
        String c = world.practise(ANA, "It sounds like losing her has been so hard.", ADVICE);
        world.reviews.judgeFlag(a, RAE, 1, "premature_advice", Verdict.AGREE);
        world.reviews.judgeFlag(b, RAE, 1, "premature_advice", Verdict.AGREE);
        world.reviews.judgeFlag(c, RAE, 2, "premature_advice", Verdict.DISAGREE);

        List<FlagAgreement> agreement = world.reviews.agreement(world.spring.id(), FAY);

        FlagAgreement advice = agreement.stream().filter(x -> x.flagKind().equals("premature_advice")).findFirst()
                .orElseThrow();
        assertEquals(2, advice.agreed());
        assertEquals(1, advice.disagreed());
        assertEquals(2 / 3.0, advice.agreement(), 1e-9);
        assertEquals(List.of(List.of("premature advice", "2", "1", "0", "0", "67%", "100%")),
                world.reports.build(world.spring.id(), FAY).table().rows());
        assertThrows(PracticeException.class, () -> world.reviews.agreement(world.spring.id(), ANA));
    }

    @Test
    void reviewer_agreement_outlives_the_sessions_it_was_measured_on_without_naming_anyone() throws Exception {
        String a = world.practise(ANA, ADVICE);
        String b = world.practise(BEN, ADVICE);
        world.reviews.judgeFlag(a, RAE, 1, "premature_advice", Verdict.AGREE);
        world.reviews.judgeFlag(b, RAE, 1, "premature_advice", Verdict.DISAGREE);
        JdbcSessionStore store = new JdbcSessionStore(world.database.dataSource(), Clock.systemUTC());

        int purged = store.purgeOlderThan(Instant.now().plus(Duration.ofDays(1)));

        assertEquals(2, purged);
        assertEquals(0, TestDatabase.rowCounts(world.database.dataSource()).get("flag_verdicts"));
        assertEquals(List.of(new FlagAgreement("premature_advice", 1, 1, 0, 0)),
                world.reviews.agreement(world.spring.id(), FAY));
        assertEquals(List.of(List.of("premature advice", "1", "1", "0", "0", "50%", "100%")),
                world.reports.build(world.spring.id(), FAY).table().rows());
        assertEquals(List.of("added", "agreed", "archived_at", "cohort_id", "disagreed", "flag_kind", "unsure"),
                columnsOf("flag_agreement_archive"), "counts only: no session, turn, trainee or reviewer");
    }

    @Test
    void forgetting_the_trainee_and_then_the_reviewer_keeps_each_verdict_counted_once() {
        String anas = world.practise(ANA, ADVICE);
        String bens = world.practise(BEN, ADVICE);
        world.reviews.judgeFlag(anas, RAE, 1, "premature_advice", Verdict.AGREE);
        world.reviews.judgeFlag(bens, RAE, 1, "premature_advice", Verdict.AGREE);
        List<FlagAgreement> before = world.reviews.agreement(world.spring.id(), FAY);

        world.personalData.forget(ANA);
        world.personalData.forget(RAE);

        assertEquals(List.of(new FlagAgreement("premature_advice", 2, 0, 0, 0)), before);
        assertEquals(before, world.reviews.agreement(world.spring.id(), FAY));
        assertTrue(world.engine.find(bens).isPresent(), "Ben's session stays; only the reviewer's verdict went");
    }

    @Test
    void a_reviewer_changing_their_mind_replaces_the_verdict_instead_of_archiving_it() {
        String id = world.practise(ANA, ADVICE);
        world.reviews.judgeFlag(id, RAE, 1, "premature_advice", Verdict.AGREE);
        world.reviews.judgeFlag(id, RAE, 1, "premature_advice", Verdict.DISAGREE);

        assertEquals(List.of(new FlagAgreement("premature_advice", 0, 1, 0, 0)),
                world.reviews.agreement(world.spring.id(), FAY));
    }

    private List<String> columnsOf(String table) throws Exception {
        try (Connection c = world.database.dataSource().getConnection();
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("select * from " + table)) {
            List<String> names = new ArrayList<>();
            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                names.add(rs.getMetaData().getColumnName(i).toLowerCase(Locale.ROOT));
            }
            return names.stream().sorted().toList();
        }
    }

    @Test
    void the_cohort_report_counts_each_trainees_skills_per_session_as_their_debriefs_do() throws Exception {
        String first = world.practise(ANA, "It sounds like the exams are weighing on you.", "Do you sleep ok?", ADVICE);
        String second = world.practise(ANA, "It sounds like losing her turned everything upside down.",
                "What has been the hardest part?");
        world.practise(BEN, ADVICE, "You should just relax.");
        Debrief d1 = world.debriefs.end(first);
        Debrief d2 = world.debriefs.end(second);

        CohortReport report = world.reports.build(world.spring.id(), FAY);

        CohortReport.TraineeProgress ana = report.trainees().stream().filter(t -> t.traineeId().equals("ana"))
                .findFirst().orElseThrow();
        assertEquals(List.of(first, second), ana.sessions().stream().map(CohortReport.SessionSkills::sessionId).toList());
        CohortReport.SessionSkills s1 = ana.sessions().get(0);
        assertEquals(d1.reflectionToQuestion(), s1.reflectionToQuestion());
        assertEquals(d1.flags().size(), s1.flags());
        assertEquals(1, s1.prematureAdvice());
        assertEquals(3, s1.turns());
        assertEquals(d2.reflectionToQuestion(), ana.sessions().get(1).reflectionToQuestion());
        CohortReport.TraineeProgress ben = report.trainees().stream().filter(t -> t.traineeId().equals("ben"))
                .findFirst().orElseThrow();
        assertEquals(2, ben.sessions().get(0).prematureAdvice());
        assertTrue(report.text().contains("Ana — 2 sessions"), report.text());
        byte[] head = Arrays.copyOf(Files.readAllBytes(Path.of(report.chart())), 8);
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}, head);
        assertThrows(PracticeException.class, () -> world.reports.build(world.spring.id(), ANA),
                "a trainee does not see the cohort's report");
    }

    @Test
    void the_cohort_report_lists_the_most_often_missed_cues_with_what_was_said() {
        // A scenario whose first layer carries a cue, so an open question soon brings it out.
        world.cohorts.assignScenarios(world.spring.id(), FAY, List.of("advanced-night-shift"));
        SessionUpdate start = world.cohorts.startAssigned(world.spring.id(), ANA,
                new SessionOrigin("test", "guild-1", "ch", "t-cue"), 4L);
        String id = start.sessionId();
        SessionUpdate update = start;
        int n = 0;
        StringBuilder moves = new StringBuilder();
        while (update.client().cues().isEmpty() && n < 8) {
            moves.append(update.client().move()).append(' ');
            update = world.engine.reply(id, ANA, List.of("What's been going on for you?", "Tell me more about that.",
                    "How has that been for you?", "What else is happening?").get(n % 4), "c" + n++);
        }
        assertFalse(update.client().cues().isEmpty(), "the client voiced a cue within eight open questions: " + moves);
        String cueLine = update.client().text();
        SessionUpdate missed = world.engine.reply(id, ANA, "Anyway, how is school going?", "c-miss");
        assertTrue(missed.flags().stream().anyMatch(f -> f.kind().id().equals("missed_distress_cue")),
                missed.flags().toString());

        CohortReport report = world.reports.build(world.spring.id(), FAY);

        CohortReport.MissedCue top = report.commonMissedCues().get(0);
        assertEquals(update.client().cues().get(0).kind().id(), top.cueKind());
        assertEquals(1, top.count());
        assertEquals(new CohortReport.Example("ana", "Ana", cueLine, "Anyway, how is school going?"), top.examples().get(0));
        assertTrue(report.text().contains(cueLine), report.text());
    }
}
