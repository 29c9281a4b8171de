package org.practicum.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.practicum.core.review.Review;
import org.practicum.core.session.Participant;
import org.practicum.core.session.Session;
import org.practicum.core.session.SessionStatus;

/**
 * The training programme on Slack, Bolt against the loopback Web API with signed requests: a
 * facilitator sets up a cohort, a reviewer annotates a trainee's reply through the message shortcut's
 * modal and finishes the review, the trainee gets it by direct message; export and forget-me; the
 * cohort's group sessions, which only its trainees join, and each trainee's own debrief notes.
 */
class SlackReviewTest extends RunningSlackApp {

    static final String FACILITATOR = "UFAC";
    static final String REVIEWER = "URAE";
    static final String TRAINEE = "UTRAINEE";
    static final String OTHER = "UOTHER";
    static final String SECOND_TRAINEE = "UKIM";
    static final String ADVICE = "You should make a revision timetable.";
    static final String MINIMISING = "It's not that bad, everyone gets stressed about exams.";

    @Override
    SlackSettings settings() {
        return SlackHarness.settings(slack, Optional.empty(), List.of(FACILITATOR));
    }

    @Test
    void a_reviewers_note_made_through_the_message_shortcut_reaches_the_trainee_by_direct_message() throws Exception {
        // given: a cohort, and the trainee's finished session with some advice in it
        String cohort = createCohort();
        practicum.command(FACILITATOR, "cohort enrol " + cohort + " <@" + TRAINEE + "|robin> trainee");
        practicum.command(FACILITATOR, "cohort enrol " + cohort + " <@" + REVIEWER + "|rae> reviewer");
        Ended ended = traineeEndsASessionWithAdvice();
        String card = ended.card();
        String advice = ended.advice();
        Session session = ended.session();

        // when: someone else tries the shortcut, then the reviewer uses it, saves the form and finishes
        practicum.run(practicum.requests.shortcut(OTHER, SlackHarness.CHANNEL, advice, card,
                SlackProgramme.REVIEW_SHORTCUT));
        practicum.run(practicum.requests.shortcut(REVIEWER, SlackHarness.CHANNEL, advice, card,
                SlackProgramme.REVIEW_SHORTCUT));
        FakeSlackApi.Call opened = slack.await("views.open", c -> true);
        var saved = practicum.run(practicum.requests.viewSubmission(REVIEWER, SlackProgramme.REVIEW_VIEW,
                session.id() + "|" + advice, Map.of(SlackProgramme.NOTE, "Ask what she has tried first.",
                        SlackProgramme.VERDICT, "disagree")));
        String done = practicum.command(REVIEWER, "review done " + session.id() + " Warm; slow down before advice.");

        // then
        slack.await("chat.postEphemeral", c -> c.param("user").equals(OTHER)
                && c.param("text").contains("Only this cohort's reviewers"));
        assertTrue(opened.param("view").contains("\"callback_id\":\"" + SlackProgramme.REVIEW_VIEW + "\""));
        assertTrue(opened.param("view").contains(session.id() + "|" + advice), opened.param("view"));
        assertEquals(200, saved.getStatusCode());
        assertTrue(done.contains("<@" + TRAINEE + ">"), done);
        FakeSlackApi.Call dm = slack.await("chat.postMessage", c -> c.param("channel").equals(TRAINEE));
        assertTrue(dm.param("text").contains("you wrote: \"" + ADVICE + "\""), dm.param("text"));
        assertTrue(dm.param("text").contains("Ask what she has tried first."));
        assertTrue(dm.param("text").contains("\"premature advice\": the reviewer disagrees"), dm.param("text"));
        assertTrue(slack.calls("chat.postMessage").stream().noneMatch(c -> c.param("channel").equals(OTHER)));
        Review review = practicum.engine.programme().reviews().review(session.id(), new Participant(TRAINEE, null))
                .orElseThrow();
        assertEquals(Review.Status.DONE, review.status());
        assertEquals(List.of(new Review.FlagVerdict(1, "premature_advice", REVIEWER, false)), review.verdicts());
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

    @Test
    void in_a_cohorts_group_session_a_stranger_pressing_join_is_told_privately_and_a_trainee_joins() throws Exception {
        // given: the facilitator's cohort with one trainee, and the facilitator's group session
        String cohort = createCohort();
        practicum.command(FACILITATOR, "cohort enrol " + cohort + " <@" + TRAINEE + "> trainee");
        String card = practicum.startSession(FACILITATOR, SlackHarness.SCENARIO + " group");
        practicum.awaitClientLine(card, 1);

        // when: someone outside the cohort presses Join and writes; then the trainee joins and writes
        practicum.click(OTHER, card, ActionIds.JOIN, "");
        practicum.say(OTHER, card, "Hi, what's going on for you?");
        practicum.click(TRAINEE, card, ActionIds.JOIN, "");
        practicum.say(TRAINEE, card, "It sounds like a lot is resting on these exams.");

        // then
        FakeSlackApi.Call refusal = slack.await("chat.postEphemeral", c -> c.param("user").equals(OTHER)
                && c.param("text").contains("Spring"));
        assertEquals("This group session is for Spring's trainees; ask a facilitator to enrol you.",
                refusal.param("text"));
        assertEquals(card, refusal.param("thread_ts"));
        slack.await("chat.postEphemeral", c -> c.param("user").equals(OTHER)
                && c.param("text").contains("You are observing this group session"));
        slack.await("chat.postMessage", c -> c.param("text").contains(Mrkdwn.mention(TRAINEE) + " joined"));
        practicum.awaitClientLine(card, 2);
        Session session = awaitSession(card);
        assertEquals(List.of(TRAINEE), session.roster().stream().map(Participant::id).toList());
        assertEquals(TRAINEE, session.lastActive().orElseThrow().author(), "the one reply answered is the trainee's");
        assertTrue(slack.calls("chat.postMessage").stream()
                .noneMatch(c -> c.param("text").contains(Mrkdwn.mention(OTHER) + " joined")));
    }

    @Test
    void after_a_group_session_each_trainee_is_sent_the_flags_on_their_own_replies_first() throws Exception {
        // given: one trainee gives advice too soon, the other minimises, the facilitator ends the session
        String cohort = createCohort();
        practicum.command(FACILITATOR, "cohort enrol " + cohort + " <@" + TRAINEE + "> trainee");
        practicum.command(FACILITATOR, "cohort enrol " + cohort + " <@" + SECOND_TRAINEE + "> trainee");
        String card = practicum.startSession(FACILITATOR, SlackHarness.SCENARIO + " group");
        practicum.awaitClientLine(card, 1);
        practicum.click(TRAINEE, card, ActionIds.JOIN, "");
        practicum.click(SECOND_TRAINEE, card, ActionIds.JOIN, "");
        practicum.say(TRAINEE, card, ADVICE);
        practicum.awaitClientLine(card, 2);
        practicum.say(SECOND_TRAINEE, card, MINIMISING);
        practicum.awaitClientLine(card, 3);

        // when
        practicum.click(FACILITATOR, card, ActionIds.END, "");

        // then
        String robins = debriefNotes(TRAINEE);
        String kims = debriefNotes(SECOND_TRAINEE);
        assertInOrder(robins, "“" + Mrkdwn.escape(ADVICE) + "”", "*The rest of the group's replies*",
                Mrkdwn.mention(SECOND_TRAINEE) + " wrote “" + Mrkdwn.escape(MINIMISING) + "”");
        assertInOrder(kims, "“" + Mrkdwn.escape(MINIMISING) + "”", "*The rest of the group's replies*",
                Mrkdwn.mention(TRAINEE) + " wrote “" + Mrkdwn.escape(ADVICE) + "”");
        assertTrue(slack.calls("chat.postEphemeral").stream().filter(SlackHarness::isFeedback)
                .noneMatch(c -> c.param("user").equals(FACILITATOR) || c.param("user").equals(OTHER)));
    }

    /** The text of the private debrief notes sent to one person in the thread, as Slack would show it. */
    private String debriefNotes(String user) throws Exception {
        String blocks = slack.await("chat.postEphemeral", c -> c.param("user").equals(user)
                && SlackHarness.isFeedback(c)).param("blocks");
        StringBuilder text = new StringBuilder();
        org.practicum.core.storage.Json.mapper().readTree(blocks)
                .forEach(b -> text.append(b.path("text").path("text").asText()).append('\n'));
        return text.toString();
    }

    private static void assertInOrder(String text, String... parts) {
        int at = -1;
        for (String part : parts) {
            int next = text.indexOf(part, at + 1);
            assertTrue(next > at, "\"" + part + "\" after the previous part in:\n" + text);
            at = next;
        }
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
