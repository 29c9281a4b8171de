package org.practicum.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.practicum.core.session.Participant;
import org.practicum.core.session.Session;
import org.practicum.core.session.SessionStatus;

/**
 * The training programme on Slack, Bolt against the loopback Web API with signed requests, where it
 * is Slack's own: the review shortcut's modal (and a refusal shown in it), cohort commands,
 * forget-me. The rules Discord shares (who may review, who joins a cohort's group session, each member's
 * own feedback) are the platform contract's: SlackContractTest.
 */
class SlackReviewTest extends RunningSlackApp {

    static final String FACILITATOR = "UFAC";
    static final String REVIEWER = "URAE";
    static final String TRAINEE = "UTRAINEE";
    static final String OTHER = "UOTHER";
    static final String ADVICE = "You should make a revision timetable.";

    @Override
    SlackSettings settings() {
        return SlackHarness.settings(slack, Optional.empty(), List.of(FACILITATOR));
    }

    @Test
    void the_review_shortcut_opens_the_form_for_that_reply_and_review_done_names_the_trainee() throws Exception {
        // given: a cohort, and the trainee's finished session with some advice in it
        // (who may review, and what reaches the trainee, is the platform contract's: SlackContractTest)
        String cohort = createCohort();
        practicum.command(FACILITATOR, "cohort enrol " + cohort + " <@" + TRAINEE + "|robin> trainee");
        practicum.command(FACILITATOR, "cohort enrol " + cohort + " <@" + REVIEWER + "|rae> reviewer");
        Ended ended = traineeEndsASessionWithAdvice();
        Session session = ended.session();

        // when: the reviewer uses the shortcut, saves the form and finishes
        practicum.run(practicum.requests.shortcut(REVIEWER, SlackHarness.CHANNEL, ended.advice(), ended.card(),
                SlackProgramme.REVIEW_SHORTCUT));
        FakeSlackApi.Call opened = slack.await("views.open", c -> true);
        var saved = practicum.run(practicum.requests.viewSubmission(REVIEWER, SlackProgramme.REVIEW_VIEW,
                session.id() + "|" + ended.advice(), Map.of(SlackProgramme.NOTE, "Ask what she has tried first.",
                        SlackProgramme.VERDICT, "disagree")));
        String done = practicum.command(REVIEWER, "review done " + session.id() + " Warm; slow down before advice.");

        // then
        assertTrue(opened.param("view").contains("\"callback_id\":\"" + SlackProgramme.REVIEW_VIEW + "\""));
        assertTrue(opened.param("view").contains(session.id() + "|" + ended.advice()), opened.param("view"));
        assertEquals(200, saved.getStatusCode());
        assertTrue(done.contains("<@" + TRAINEE + ">"), done);
        FakeSlackApi.Call dm = slack.await("chat.postMessage", c -> c.param("channel").equals(TRAINEE));
        assertTrue(dm.param("text").contains("\"premature advice\": the reviewer disagrees"), dm.param("text"));
    }

    @Test
    void a_modal_saved_by_someone_who_is_not_the_cohorts_reviewer_shows_the_refusal_in_the_form() throws Exception {
        String cohort = createCohort();
        practicum.command(FACILITATOR, "cohort enrol " + cohort + " <@" + TRAINEE + "> trainee");
        Ended ended = traineeEndsASessionWithAdvice();
        Session session = ended.session();

        var refused = practicum.run(practicum.requests.viewSubmission(OTHER, SlackProgramme.REVIEW_VIEW,
                session.id() + "|" + ended.advice(), Map.of(SlackProgramme.NOTE, "Sneaky note")));

        assertTrue(refused.getBody().contains("\"response_action\":\"errors\""), refused.getBody());
        assertTrue(refused.getBody().contains("reviewers"), refused.getBody());
        assertTrue(practicum.engine.programme().reviews().review(session.id(), new Participant(TRAINEE, null))
                .orElseThrow().annotations().isEmpty());
    }

    @Test
    void only_configured_facilitators_create_cohorts() throws Exception {
        String refused = practicum.command(TRAINEE, "cohort create Mine");
        assertTrue(refused.contains("Only facilitators can create a cohort."), refused);
    }

    @Test
    void forget_me_asks_for_confirmation_then_deletes_the_trainees_sessions() throws Exception {
        // Export, which sends files, is covered in SlackPrivateFilesTest.
        String card = practicum.startSession(TRAINEE, SlackHarness.SCENARIO);
        practicum.awaitClientLine(card, 1);
        practicum.post(TRAINEE, card, "It sounds like the exams are weighing on you.");
        practicum.awaitClientLine(card, 2);

        String notYet = practicum.command(TRAINEE, "forget-me");
        String forgot = practicum.command(TRAINEE, "forget-me confirm");

        assertTrue(notYet.contains("/practice forget-me confirm"), notYet);
        assertTrue(forgot.contains("Done: 1 practice session(s)"), forgot);
        assertTrue(practicum.engine.engine().findByThread("slack", SlackHarness.CHANNEL + "/" + card).isEmpty());
    }

    @Test
    void a_cohort_trainee_who_names_no_scenario_starts_the_next_one_the_facilitator_assigned() throws Exception {
        String cohort = createCohort();
        practicum.command(FACILITATOR, "cohort enrol " + cohort + " <@" + TRAINEE + "> trainee");
        String order = practicum.command(FACILITATOR, "cohort assign " + cohort + " bereavement,exam-stress");

        practicum.run(practicum.requests.command(TRAINEE, SlackHarness.CHANNEL, "start"));

        assertTrue(order.contains("bereavement → exam-stress"), order);
        String title = practicum.engine.engine().scenarios().find("bereavement").orElseThrow().title();
        FakeSlackApi.Call card = slack.await("chat.postMessage", c -> c.param("channel").equals(SlackHarness.CHANNEL)
                && c.param("thread_ts").isEmpty() && c.visible().contains(title));
        // The card is posted first and the session stored just after it.
        assertEquals("bereavement", awaitSession(card.ts()).scenarioId());
    }

    private String createCohort() throws Exception {
        String text = practicum.command(FACILITATOR, "cohort create Spring");
        Matcher id = Pattern.compile("id `(c-[a-z0-9]+)`").matcher(text);
        assertTrue(id.find(), text);
        return id.group(1);
    }

    private Session awaitSession(String card) throws InterruptedException {
        for (int i = 0; i < 500; i++) {
            Optional<Session> s = practicum.engine.engine().findByThread("slack", SlackHarness.CHANNEL + "/" + card);
            if (s.isPresent()) {
                return s.get();
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no session in thread " + card);
    }

    /** A finished session: its thread, the ts of the trainee's advice in it, and the session. */
    private record Ended(String card, String advice, Session session) {
    }

    /** The trainee starts a session, gives advice, the client answers, and the trainee ends it. */
    private Ended traineeEndsASessionWithAdvice() throws Exception {
        String card = practicum.startSession(TRAINEE, SlackHarness.SCENARIO);
        practicum.awaitClientLine(card, 1);
        String advice = practicum.post(TRAINEE, card, ADVICE);
        practicum.awaitClientLine(card, 2);
        practicum.run(practicum.requests.command(TRAINEE, SlackHarness.CHANNEL, "end"));
        return new Ended(card, advice, awaitEnded(card));
    }

    private Session awaitEnded(String card) throws InterruptedException {
        for (int i = 0; i < 500; i++) {
            Optional<Session> s = practicum.engine.engine().findByThread("slack", SlackHarness.CHANNEL + "/" + card);
            if (s.isPresent() && s.get().status() == SessionStatus.ENDED) {
                return s.get();
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the session did not end");
    }
}
