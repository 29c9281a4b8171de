package org.practicum.slack;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.practicum.core.session.Session;
import org.practicum.core.session.SessionStatus;
import org.practicum.core.storage.Json;

/**
 * Files a slash-command answer cannot carry — the cohort report's chart, a trainee's export — reach the
 * person who asked in their direct messages with the app and nowhere else; when Slack will not take
 * them, the answer carries the text instead.
 */
class SlackPrivateFilesTest extends RunningSlackApp {

    static final String FACILITATOR = "UFAC";
    static final String TRAINEE = "UTRAINEE";
    static final String OTHER = "UOTHER";
    static final String REPLY = "It sounds like the exams are weighing on you.";
    static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    @Override
    SlackSettings settings() {
        return SlackHarness.settings(slack, Optional.empty(), List.of(FACILITATOR));
    }

    @Test
    void the_cohort_report_chart_reaches_the_facilitators_direct_messages_as_a_png_and_nowhere_else() throws Exception {
        // given: a cohort whose trainee finished a session
        String cohort = cohortWithAFinishedSession();
        int sharedBefore = slack.sharedFiles().size();

        // when
        String answer = practicum.answer(FACILITATOR, "cohort report " + cohort).toString();

        // then: the numbers in the private answer, which says where the chart is
        assertTrue(answer.contains("Cohort report: Spring"), answer);
        assertTrue(answer.contains("The chart is in your direct messages"), answer);
        FakeSlackApi.Call opened = slack.await("conversations.open", c -> true);
        assertEquals(FACILITATOR, opened.param("users"));
        List<FakeSlackApi.SharedFile> charts = slack.sharedFiles().subList(sharedBefore, slack.sharedFiles().size());
        assertEquals(1, charts.size());
        FakeSlackApi.SharedFile chart = charts.get(0);
        assertEquals(FakeSlackApi.dmChannel(FACILITATOR), chart.channel());
        assertEquals("", chart.threadTs());
        assertTrue(chart.filename().endsWith(".png"), chart.filename());
        assertArrayEquals(PNG_SIGNATURE, Arrays.copyOf(chart.bytes(), 8));
        assertEquals(List.of(FACILITATOR), slack.calls("conversations.open").stream().map(c -> c.param("users")).toList());
    }

    @Test
    void someone_not_in_the_cohorts_staff_gets_a_private_no_and_no_chart_or_direct_message() throws Exception {
        String cohort = cohortWithAFinishedSession();
        int sharedBefore = slack.sharedFiles().size();

        String answer = practicum.command(OTHER, "cohort report " + cohort);

        assertTrue(answer.contains("facilitators and reviewers can see its report"), answer);
        assertFalse(answer.contains("Cohort report:"), answer);
        FakeSlackApi.settle();
        assertEquals(sharedBefore, slack.sharedFiles().size());
        assertTrue(slack.calls("conversations.open").isEmpty());
    }

    @Test
    void when_the_chart_upload_fails_the_report_text_still_arrives_and_says_the_chart_could_not_be_sent()
            throws Exception {
        String cohort = cohortWithAFinishedSession();
        int sharedBefore = slack.sharedFiles().size();
        slack.serverErrorNext("upload");

        String answer = practicum.answer(FACILITATOR, "cohort report " + cohort).toString();

        assertTrue(answer.contains("Cohort report: Spring"), answer);
        assertTrue(answer.contains("could not send you the chart"), answer);
        assertFalse(answer.contains("The chart is in your direct messages"), answer);
        assertEquals(sharedBefore, slack.sharedFiles().size());
    }

    @Test
    void export_sends_a_json_and_a_markdown_file_to_the_requesters_direct_messages_only() throws Exception {
        // given: a trainee with one exchange
        String card = practicum.startSession(TRAINEE, SlackHarness.SCENARIO);
        practicum.awaitClientLine(card, 1);
        practicum.post(TRAINEE, card, REPLY);
        practicum.awaitClientLine(card, 2);
        Session session = practicum.engine.engine().findByThread("slack", SlackHarness.CHANNEL + "/" + card).orElseThrow();

        // when
        String answer = practicum.command(TRAINEE, "export");

        // then: the answer says where the files went and carries no data itself
        assertTrue(answer.contains("in your direct messages with Practicum"), answer);
        assertFalse(answer.contains(REPLY), answer);
        List<FakeSlackApi.SharedFile> files = slack.sharedFiles();
        assertEquals(List.of(SlackProgramme.EXPORT_JSON, SlackProgramme.EXPORT_MARKDOWN),
                files.stream().map(FakeSlackApi.SharedFile::filename).toList());
        files.forEach(f -> assertEquals(FakeSlackApi.dmChannel(TRAINEE), f.channel()));
        JsonNode json = Json.mapper().readTree(files.get(0).text());
        assertEquals(TRAINEE, json.path("person").asText());
        assertEquals(session.id(), json.path("sessions").path(0).path("session").asText());
        assertEquals(REPLY, json.path("sessions").path(0).path("turns").path(1).path("you").asText());
        assertTrue(files.get(1).text().contains("**You:** " + REPLY), files.get(1).text());
        assertEquals(List.of(TRAINEE), slack.calls("conversations.open").stream().map(c -> c.param("users")).toList());
        assertTrue(slack.calls("chat.postMessage").stream().noneMatch(c -> c.visible().contains(REPLY)),
                "the export is never posted as a message");
    }

    @Test
    void an_export_then_forget_me_sent_at_once_are_done_in_that_order() throws Exception {
        // given: a trainee with one exchange
        String card = practicum.startSession(TRAINEE, SlackHarness.SCENARIO);
        practicum.awaitClientLine(card, 1);
        practicum.post(TRAINEE, card, REPLY);
        practicum.awaitClientLine(card, 2);

        // when: both commands before either is answered
        assertEquals(200, practicum.run(practicum.requests.command(TRAINEE, SlackHarness.CHANNEL, "export"))
                .getStatusCode());
        assertEquals(200, practicum.run(practicum.requests.command(TRAINEE, SlackHarness.CHANNEL,
                "forget-me confirm")).getStatusCode());

        // then: the export still holds the session, and the deletion was answered after it
        slack.await("response_url", c -> slack.calls("response_url").size() >= 2);
        List<String> answers = slack.calls("response_url").stream().map(c -> c.param("text")).toList();
        assertTrue(answers.get(0).contains("direct messages"), answers.toString());
        assertTrue(answers.get(1).contains("Done: 1 practice session(s)"), answers.toString());
        assertTrue(slack.sharedFiles().get(0).text().contains(REPLY), "the export was made before the deletion");
    }

    @ParameterizedTest(name = "when {0} fails")
    @ValueSource(strings = {"conversations.open", "files.getUploadURLExternal", "upload", "files.completeUploadExternal"})
    void when_the_export_cannot_be_sent_as_files_it_arrives_as_text_in_the_private_answer(String failing)
            throws Exception {
        String card = practicum.startSession(TRAINEE, SlackHarness.SCENARIO);
        practicum.awaitClientLine(card, 1);
        practicum.post(TRAINEE, card, REPLY);
        practicum.awaitClientLine(card, 2);
        failNext(failing).accept(slack);

        String answer = practicum.command(TRAINEE, "export");

        assertTrue(answer.contains("could not send you the files"), answer);
        assertTrue(answer.contains(REPLY), answer);
        assertTrue(answer.contains("As JSON"), answer);
        assertTrue(slack.sharedFiles().stream().noneMatch(f -> f.filename().startsWith("practicum-export")),
                "nothing half-shared: " + slack.sharedFiles());
    }

    /** Slack's two ways of failing: an error answer (e.g. a missing scope) or the server failing outright. */
    private static Consumer<FakeSlackApi> failNext(String step) {
        return switch (step) {
            case "conversations.open" -> s -> s.failNext(step, "missing_scope");
            case "files.getUploadURLExternal" -> s -> s.failNext(step, "not_allowed_token_type");
            default -> s -> s.serverErrorNext(step);
        };
    }

    private String cohortWithAFinishedSession() throws Exception {
        String created = practicum.command(FACILITATOR, "cohort create Spring");
        assertTrue(created.startsWith("Created cohort *Spring*"), created);
        String cohort = "Spring";
        practicum.command(FACILITATOR, "cohort enrol " + cohort + " <@" + TRAINEE + "|robin> trainee");
        String card = practicum.startSession(TRAINEE, SlackHarness.SCENARIO);
        practicum.awaitClientLine(card, 1);
        practicum.post(TRAINEE, card, REPLY);
        practicum.awaitClientLine(card, 2);
        practicum.run(practicum.requests.command(TRAINEE, SlackHarness.CHANNEL, "end"));
        for (int i = 0; i < 500; i++) {
            Optional<Session> s = practicum.engine.engine().findByThread("slack", SlackHarness.CHANNEL + "/" + card);
            if (s.isPresent() && s.get().status() == SessionStatus.ENDED) {
                // the debrief chart, shared in the thread, is not what these tests look at
                slack.await("files.completeUploadExternal", c -> c.param("thread_ts").equals(card));
                return cohort;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the session did not end");
    }
}
