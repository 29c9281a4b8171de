package org.practicum.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.practicum.core.review.Review;
import org.practicum.core.review.Verdict;
import org.practicum.core.session.Participant;
import org.practicum.core.session.Session;
import org.practicum.core.session.SessionStatus;
import org.practicum.core.storage.Json;

/**
 * The training programme on Slack, Bolt against the loopback Web API with signed requests, where it
 * is Slack's own: the review shortcut's modal (a choice per flag, earlier choices when reopened, a
 * refusal shown in it), the trainee's copy in mrkdwn, the cohort report in Block Kit, cohort commands by
 * name, forget-me. The rules Discord shares (who may review, a verdict per flag reaching the trainee,
 * who joins a cohort's group session, each member's own feedback) are the platform contract's:
 * SlackContractTest.
 */
class SlackReviewTest extends RunningSlackApp {

    static final String FACILITATOR = "UFAC";
    static final String REVIEWER = "URAE";
    static final String TRAINEE = "UTRAINEE";
    static final String OTHER = "UOTHER";
    static final String ADVICE = "You should make a revision timetable.";
    static final String MINIMISING = "It's not that bad, everyone gets stressed about exams.";
    /** Raises two flags: minimising and premature advice. */
    static final String MINIMISING_ADVICE = MINIMISING + " You should make a revision timetable.";

    @Override
    SlackSettings settings() {
        return SlackHarness.settings(slack, Optional.empty(), List.of(FACILITATOR));
    }

    @Test
    void the_review_shortcut_opens_the_form_for_that_reply_and_the_trainees_copy_is_in_slack_mrkdwn()
            throws Exception {
        // given: a cohort, and the trainee's finished session with some advice in it
        // (who may review, and what reaches the trainee, is the platform contract's: SlackContractTest)
        Ended ended = reviewableSessionWith(ADVICE);
        Session session = ended.session();

        // when: the reviewer uses the shortcut, saves the form and finishes
        JsonNode form = openForm(ended.reply(), ended.card());
        var saved = practicum.run(practicum.requests.viewSubmission(REVIEWER, ReviewModal.CALLBACK,
                form.path("private_metadata").asText(), List.of(
                        SignedRequests.typed(ReviewModal.NOTE, ReviewModal.NOTE, "Ask what she has tried first."),
                        SignedRequests.chosen("flag:premature_advice", ReviewModal.VERDICT, "radio_buttons", "disagree"))));
        String done = practicum.command(REVIEWER, "review done " + session.id() + " Warm; slow down before advice.");

        // then
        assertEquals(ReviewModal.CALLBACK, form.path("callback_id").asText());
        assertTrue(form.path("private_metadata").asText().startsWith(session.id() + "|" + ended.reply() + "|"));
        assertEquals(200, saved.getStatusCode());
        assertEquals("Saved on turn 1: your note; premature advice: disagree.", slack.await("chat.postEphemeral",
                c -> c.param("user").equals(REVIEWER)).param("text"));
        assertTrue(done.contains("<@" + TRAINEE + ">"), done);
        String dm = slack.await("chat.postMessage", c -> c.param("channel").equals(TRAINEE)).param("text");
        assertTrue(dm.contains("*Reviewer's notes*\n"), "bold as Slack writes it: " + dm);
        assertFalse(dm.contains("**"), "no Markdown bold, which Slack shows as asterisks: " + dm);
        assertTrue(dm.contains("*Summary:* Warm; slow down before advice."), dm);
    }

    @Test
    void a_reviewer_judges_two_flags_on_one_reply_apart_adds_a_missed_one_and_the_report_shows_each_kind()
            throws Exception {
        // given: a reply that raised two flags
        Ended ended = reviewableSessionWith(MINIMISING_ADVICE);

        // when: the reviewer agrees with one, disagrees with the other and adds a flag the tool missed
        JsonNode form = openForm(ended.reply(), ended.card());
        var saved = practicum.run(practicum.requests.viewSubmission(REVIEWER, ReviewModal.CALLBACK,
                form.path("private_metadata").asText(), List.of(
                        SignedRequests.chosen("flag:premature_advice", ReviewModal.VERDICT, "radio_buttons", "agree"),
                        SignedRequests.chosen("flag:minimising", ReviewModal.VERDICT, "radio_buttons", "disagree"),
                        SignedRequests.chosen(ReviewModal.MISSED, ReviewModal.MISSED, "static_select", "judging"),
                        SignedRequests.typed(ReviewModal.MISSED_NOTE, ReviewModal.MISSED_NOTE, "Sounds dismissive."))));
        JsonNode report = practicum.answer(FACILITATOR, "cohort report SPRING");

        // then: one choice of three per flag in the form, the missed kinds offered without those two
        assertEquals(List.of("agree", "disagree", "not sure"), optionTexts(block(form, "flag:premature_advice")));
        assertEquals(List.of("agree", "disagree", "not sure"), optionTexts(block(form, "flag:minimising")));
        assertEquals("radio_buttons", block(form, "flag:minimising").path("element").path("type").asText());
        assertEquals(List.of("missed distress cue", "judging", "run of closed questions", "making it about yourself"),
                optionTexts(block(form, ReviewModal.MISSED)));
        assertEquals(200, saved.getStatusCode());
        // the report: mentions in sections Slack renders, no code block; each kind's figures apart
        String shown = report.path("blocks").toString();
        assertFalse(shown.contains("```"), shown);
        assertTrue(sectionTexts(report).stream().anyMatch(t -> t.startsWith("*<@" + TRAINEE + ">* — 1 session")),
                shown);
        assertEquals(List.of("*Agreed*\n1", "*Disagreed*\n0", "*Not sure*\n0", "*Added by reviewers*\n0",
                "*Agreement*\n100%", "*Recall as judged*\n100%"), fieldsOf(report, "*premature advice*"));
        assertEquals(List.of("*Agreed*\n0", "*Disagreed*\n1", "*Not sure*\n0", "*Added by reviewers*\n0",
                "*Agreement*\n0%", "*Recall as judged*\n–"), fieldsOf(report, "*minimising*"));
        assertEquals(List.of("*Agreed*\n0", "*Disagreed*\n0", "*Not sure*\n0", "*Added by reviewers*\n1",
                "*Agreement*\n–", "*Recall as judged*\n0%"), fieldsOf(report, "*judging*"));
    }

    @Test
    void reopening_the_form_shows_the_reviewers_earlier_choices_and_a_mistake_shows_in_the_form_saving_nothing()
            throws Exception {
        Ended ended = reviewableSessionWith(MINIMISING_ADVICE);
        String meta = openForm(ended.reply(), ended.card()).path("private_metadata").asText();
        practicum.run(practicum.requests.viewSubmission(REVIEWER, ReviewModal.CALLBACK, meta, List.of(
                SignedRequests.typed(ReviewModal.NOTE, ReviewModal.NOTE, "Slow down."),
                SignedRequests.chosen("flag:minimising", ReviewModal.VERDICT, "radio_buttons", "unsure"))));

        JsonNode again = openForm(ended.reply(), ended.card());
        var refused = practicum.run(practicum.requests.viewSubmission(REVIEWER, ReviewModal.CALLBACK, meta, List.of(
                SignedRequests.chosen("flag:premature_advice", ReviewModal.VERDICT, "radio_buttons", "agree"),
                SignedRequests.typed(ReviewModal.MISSED_NOTE, ReviewModal.MISSED_NOTE, "No kind chosen"))));

        assertEquals("Slow down.", block(again, ReviewModal.NOTE).path("element").path("initial_value").asText());
        assertEquals("unsure", block(again, "flag:minimising").path("element").path("initial_option").path("value")
                .asText());
        assertTrue(block(again, "flag:premature_advice").path("element").path("initial_option").isMissingNode());
        assertTrue(refused.getBody().contains("\"response_action\":\"errors\""), refused.getBody());
        assertTrue(refused.getBody().contains("Choose the kind of flag the automatic feedback missed"), refused.getBody());
        assertEquals(List.of(new Review.FlagVerdict(1, "minimising", REVIEWER, Verdict.UNSURE)), practicum.engine
                .programme().reviews().review(ended.session().id(), new Participant(TRAINEE, null)).orElseThrow()
                .verdicts(), "the refused form saved no verdict");
    }

    @Test
    void a_modal_saved_by_someone_who_is_not_the_cohorts_reviewer_shows_the_refusal_in_the_form() throws Exception {
        String cohort = createCohort();
        practicum.command(FACILITATOR, "cohort enrol " + cohort + " <@" + TRAINEE + "> trainee");
        Ended ended = traineeEndsASessionWith(ADVICE);
        Session session = ended.session();

        var refused = practicum.run(practicum.requests.viewSubmission(OTHER, ReviewModal.CALLBACK,
                session.id() + "|" + ended.reply(), Map.of(ReviewModal.NOTE, "Sneaky note")));

        assertTrue(refused.getBody().contains("\"response_action\":\"errors\""), refused.getBody());
        assertTrue(refused.getBody().contains("reviewers"), refused.getBody());
        assertTrue(practicum.engine.programme().reviews().review(session.id(), new Participant(TRAINEE, null))
                .orElseThrow().annotations().isEmpty());
    }

    @Test
    void a_facilitator_addresses_a_cohort_by_its_name_with_spaces_in_any_case_and_a_taken_name_is_refused()
            throws Exception {
        String created = practicum.command(FACILITATOR, "cohort create Spring group");

        String enrolled = practicum.command(FACILITATOR, "cohort enrol spring GROUP <@" + TRAINEE + "> trainee");
        String assigned = practicum.command(FACILITATOR, "cohort assign Spring Group bereavement,exam-stress");
        String taken = practicum.command(FACILITATOR, "cohort create spring  group");
        String unknown = practicum.command(FACILITATOR, "cohort report Autumn");

        assertEquals("Created cohort *Spring group*. Add people with `/practice cohort enrol Spring group @person "
                + "trainee|reviewer|facilitator`.", created);
        assertEquals("<@" + TRAINEE + "> is now a trainee in *Spring group*.", enrolled);
        assertEquals("*Spring group* practises, in order: bereavement → exam-stress", assigned);
        assertEquals("There is already a cohort called spring group here; pick another name.", taken);
        assertEquals("There is no cohort called Autumn here.", unknown);
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

    /** Creates "Spring"; returns how the facilitator then names it (in another case: names are case-blind). */
    private String createCohort() throws Exception {
        String text = practicum.command(FACILITATOR, "cohort create Spring");
        assertTrue(text.startsWith("Created cohort *Spring*"), text);
        return "spring";
    }

    /** A cohort with the trainee and the reviewer, and the trainee's session with this reply, ended. */
    private Ended reviewableSessionWith(String reply) throws Exception {
        String cohort = createCohort();
        practicum.command(FACILITATOR, "cohort enrol " + cohort + " <@" + TRAINEE + "> trainee");
        practicum.command(FACILITATOR, "cohort enrol " + cohort + " <@" + REVIEWER + "> reviewer");
        return traineeEndsASessionWith(reply);
    }

    /** The reviewer uses "Review this reply" on the message; returns the modal Slack was asked to open. */
    private JsonNode openForm(String messageTs, String card) throws Exception {
        int before = slack.calls("views.open").size();
        practicum.run(practicum.requests.shortcut(REVIEWER, SlackHarness.CHANNEL, messageTs, card,
                SlackProgramme.REVIEW_SHORTCUT));
        slack.await("views.open", c -> slack.calls("views.open").size() > before);
        FakeSlackApi.Call opened = slack.calls("views.open").get(before);
        assertEquals("", opened.param("_error"), "Slack refused the modal");
        return Json.mapper().readTree(opened.param("view"));
    }

    private static JsonNode block(JsonNode view, String blockId) {
        for (JsonNode b : view.path("blocks")) {
            if (b.path("block_id").asText().equals(blockId)) {
                return b;
            }
        }
        throw new AssertionError("no block " + blockId + " in " + view);
    }

    private static List<String> optionTexts(JsonNode input) {
        List<String> out = new ArrayList<>();
        input.path("element").path("options").forEach(o -> out.add(o.path("text").path("text").asText()));
        return out;
    }

    private static List<String> sectionTexts(JsonNode message) {
        List<String> out = new ArrayList<>();
        message.path("blocks").forEach(b -> out.add(b.path("text").path("text").asText()));
        return out;
    }

    /** The fields of the section whose text is {@code text}. */
    private static List<String> fieldsOf(JsonNode message, String text) {
        for (JsonNode b : message.path("blocks")) {
            if (b.path("text").path("text").asText().equals(text)) {
                List<String> out = new ArrayList<>();
                b.path("fields").forEach(f -> out.add(f.path("text").asText()));
                return out;
            }
        }
        throw new AssertionError("no section " + text + " in " + message);
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

    /** A finished session: its thread, the ts of the trainee's reply in it, and the session. */
    private record Ended(String card, String reply, Session session) {
    }

    /** The trainee starts a session, writes this reply, the client answers, and the trainee ends it. */
    private Ended traineeEndsASessionWith(String reply) throws Exception {
        String card = practicum.startSession(TRAINEE, SlackHarness.SCENARIO);
        practicum.awaitClientLine(card, 1);
        String ts = practicum.post(TRAINEE, card, reply);
        practicum.awaitClientLine(card, 2);
        practicum.run(practicum.requests.command(TRAINEE, SlackHarness.CHANNEL, "end"));
        return new Ended(card, ts, awaitEnded(card));
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
