package org.practicum.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.practicum.core.testing.TextAssertions.assertInOrder;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.practicum.core.report.Debrief;
import org.practicum.core.session.Session;
import org.practicum.core.session.SessionStatus;

/**
 * The training programme on Discord, with real JDA against the loopback Discord, where it is Discord's
 * own: the review form of the message command (a radio group per flag, a missed flag), the trainee's
 * copy in Discord Markdown, the report's agreement table, cohorts by name with autocomplete, a review
 * and group feedback longer than a Discord message, export and forget-me. The rules Slack shares (who
 * may review, a verdict per flag reaching the trainee, who joins a cohort's group session, each
 * member's own feedback) are the platform contract's: DiscordContractTest.
 */
class DiscordReviewTest extends RunningBot {

    static final FakeDiscord.Person FACILITATOR = new FakeDiscord.Person("200000000000000010", "Fran", true);
    static final FakeDiscord.Person REVIEWER = new FakeDiscord.Person("200000000000000011", "Rae", false);
    static final FakeDiscord.Person TRAINEE = new FakeDiscord.Person("200000000000000012", "Robin", false);
    static final FakeDiscord.Person OTHER = new FakeDiscord.Person("200000000000000013", "Sam", false);
    static final FakeDiscord.Person SECOND_TRAINEE = new FakeDiscord.Person("200000000000000014", "Kim", false);
    static final String ADVICE = "You should make a revision timetable.";
    static final String MINIMISING = "It's not that bad, everyone gets stressed about exams.";
    static final int EPHEMERAL = 64;

    @Override
    Map<String, String> settings() {
        Map<String, String> settings = new HashMap<>(discord.settings());
        // The fake server's facilitator role is called "Facilitator".
        settings.put("PRACTICUM_COHORTS_FACILITATOR_ROLES", "Facilitator");
        return settings;
    }

    @Test
    void the_review_command_opens_a_form_for_that_reply_and_the_trainees_copy_is_in_discord_markdown()
            throws Exception {
        // given: a cohort with a trainee and a reviewer, and the trainee's finished session
        // (who may review, and what reaches the trainee, is the platform contract's: DiscordContractTest)
        String thread = traineeOfACohortWithAReviewerStartsASession();
        String advice = discord.message(TRAINEE, thread, ADVICE);
        discord.awaitAll("POST", "channels/" + thread + "/messages", c -> true, 3);
        discord.slashCommand(TRAINEE, thread, "end", Map.of());
        discord.await("POST", "channels/" + thread + "/messages", c -> c.body().path("embeds").size() > 0);
        Session session = engine.engine().findByThread("discord", thread).orElseThrow();

        // when: the reviewer uses "Review this reply" on the advice and saves the form
        String opened = discord.messageCommand(REVIEWER, thread, advice, ProgrammeCommands.REVIEW_MENU);
        JsonNode form = discord.response(opened).body();
        String modalId = form.path("data").path("custom_id").asText();
        String sent = discord.submitModal(REVIEWER, thread, modalId, List.of(
                FakeDiscord.typed(ReviewForm.NOTE, "Ask what she has tried before suggesting anything."),
                FakeDiscord.chosen("flag:premature_advice", "agree")));
        String noted = discord.response(sent).body().path("data").path("content").asText();
        privately(REVIEWER, thread, "review-done", Map.of("summary", "Warm, but slow down before advice."));

        // then
        assertEquals(9, form.path("type").asInt(), "a form (modal) opens for the reviewer");
        assertEquals("prc:rv:" + session.id() + ":" + advice, modalId);
        assertEquals("Saved on turn 1: your note; premature advice: agree.", noted);
        String dm = discord.await("POST", "channels/" + FakeDiscord.dmChannel(TRAINEE.id()) + "/messages", c -> true)
                .body().path("content").asText();
        assertTrue(dm.contains("**Reviewer's notes**\n"), "bold as Discord writes it: " + dm);
        assertTrue(dm.contains("**Summary:** Warm, but slow down before advice."), dm);
    }

    @Test
    void a_reviewer_judges_two_flags_on_one_reply_apart_adds_a_missed_one_and_the_report_shows_each_kind()
            throws Exception {
        // given: the trainee's finished session with a reply that raised two flags
        String thread = traineeOfACohortWithAReviewerStartsASession();
        String reply = discord.message(TRAINEE, thread, MINIMISING + " " + ADVICE);
        discord.awaitAll("POST", "channels/" + thread + "/messages", c -> true, 3);
        discord.slashCommand(TRAINEE, thread, "end", Map.of());
        discord.await("POST", "channels/" + thread + "/messages", c -> c.body().path("embeds").size() > 0);

        // when: the reviewer agrees with one, disagrees with the other and adds a flag the tool missed
        JsonNode form = discord.response(discord.messageCommand(REVIEWER, thread, reply, ProgrammeCommands.REVIEW_MENU))
                .body().path("data");
        String sent = discord.submitModal(REVIEWER, thread, form.path("custom_id").asText(), List.of(
                FakeDiscord.chosen("flag:premature_advice", "agree"), FakeDiscord.chosen("flag:minimising", "disagree"),
                FakeDiscord.picked(ReviewForm.MISSED, "judging"),
                FakeDiscord.typed(ReviewForm.MISSED_NOTE, "Sounds dismissive.")));
        String saved = discord.response(sent).body().path("data").path("content").asText();
        String report = lastPrivateReply(FACILITATOR, FakeDiscord.CHANNEL, "cohort-report", Map.of("cohort", "Spring"));

        // then: a radio group of three choices per flag, and the kinds to add without those two
        assertEquals(List.of("Automatic flag: premature advice", "Automatic flag: minimising",
                        "Your note for the trainee (optional)", "A flag the tool missed (optional)",
                        "Why it belongs on this reply (optional)"),
                texts(form.path("components"), "label"));
        JsonNode advice = form.path("components").get(0).path("component");
        assertEquals(21, advice.path("type").asInt(), "a radio group");
        assertEquals(List.of("agree", "disagree", "not sure"), texts(advice.path("options"), "label"));
        assertEquals(List.of("missed distress cue", "judging", "run of closed questions", "making it about yourself"),
                texts(form.path("components").get(3).path("component").path("options"), "label"));
        assertEquals("Saved on turn 1: premature advice: agree; minimising: disagree; added as missed: judging.", saved);
        // the agreement table in the report, its columns aligned in a code block
        assertTrue(report.contains("**Reviewer agreement with automatic flags**\n```\n"), report);
        assertTrue(report.contains("""
                Flag              Agreed  Disagreed  Not sure  Added by reviewers  Agreement  Recall as judged
                judging                0          0         0                   1          –                0%
                minimising             0          1         0                   0         0%                 –
                premature advice       1          0         0                   0       100%              100%
                ```"""), report);
        assertTrue(report.contains("**Robin** — 1 session\n"), report);
    }

    @Test
    void a_facilitator_is_offered_their_cohorts_by_name_as_they_type_and_a_name_typed_in_any_case_is_taken()
            throws Exception {
        // given: Fran's two cohorts on this server
        createCohort();
        lastPrivateReply(FACILITATOR, FakeDiscord.CHANNEL, "cohort-create", Map.of("name", "Summer evenings"));

        // when
        JsonNode offered = discord.response(discord.autocomplete(FACILITATOR, "cohort-enrol", "cohort", "SU")).body();
        JsonNode toOthers = discord.response(discord.autocomplete(OTHER, "cohort-enrol", "cohort", "")).body();
        String byChoice = lastPrivateReply(FACILITATOR, FakeDiscord.CHANNEL, "cohort-enrol", Map.of("cohort",
                offered.path("data").path("choices").path(0).path("value").asText(), "user", TRAINEE, "role", "trainee"));
        String byName = lastPrivateReply(FACILITATOR, FakeDiscord.CHANNEL, "cohort-enrol",
                Map.of("cohort", "SPRING", "user", REVIEWER, "role", "reviewer"));
        String taken = lastPrivateReply(FACILITATOR, FakeDiscord.CHANNEL, "cohort-create", Map.of("name", "spring"));
        String unknown = lastPrivateReply(FACILITATOR, FakeDiscord.CHANNEL, "cohort-report", Map.of("cohort", "Autumn"));

        // then
        assertEquals(8, offered.path("type").asInt(), "autocomplete choices");
        assertEquals(List.of("Summer evenings"), texts(offered.path("data").path("choices"), "name"));
        assertEquals(List.of(), texts(toOthers.path("data").path("choices"), "name"), "Sam runs no cohort");
        assertEquals("Robin is now a trainee in **Summer evenings**.", byChoice);
        assertEquals("Rae is now a reviewer in **Spring**.", byName);
        assertEquals("There is already a cohort called spring here; pick another name.", taken);
        assertEquals("There is no cohort called Autumn here.", unknown);
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.path(field).asText()));
        return out;
    }

    @Test
    void a_review_longer_than_a_discord_message_reaches_the_trainee_whole_in_several_direct_messages()
            throws Exception {
        // given: the trainee's finished session with two replies, each with a long reviewer's note
        String thread = traineeOfACohortWithAReviewerStartsASession();
        String first = discord.message(TRAINEE, thread, ADVICE);
        discord.awaitAll("POST", "channels/" + thread + "/messages", c -> true, 3);
        String second = discord.message(TRAINEE, thread, MINIMISING);
        discord.awaitAll("POST", "channels/" + thread + "/messages", c -> true, 4);
        discord.slashCommand(TRAINEE, thread, "end", Map.of());
        discord.await("POST", "channels/" + thread + "/messages", c -> c.body().path("embeds").size() > 0);
        List<String> notes = List.of(longNote("first"), longNote("second"));

        // when: the reviewer notes both replies and finishes the review
        for (int i = 0; i < 2; i++) {
            String opened = discord.messageCommand(REVIEWER, thread, i == 0 ? first : second,
                    ProgrammeCommands.REVIEW_MENU);
            String modalId = discord.response(opened).body().path("data").path("custom_id").asText();
            String sent = discord.submitModal(REVIEWER, thread, modalId, Map.of(ReviewForm.NOTE, notes.get(i)));
            discord.response(sent);
        }
        privately(REVIEWER, thread, "review-done", Map.of("summary", "Warm, but slow down before advice."));

        // then
        String dm = "channels/" + FakeDiscord.dmChannel(TRAINEE.id()) + "/messages";
        discord.awaitAll("POST", dm, c -> true, 2);
        Thread.sleep(300); // any further pieces
        List<String> pieces = discord.calls("POST", dm).stream().map(c -> c.body().path("content").asText()).toList();
        pieces.forEach(p -> assertTrue(p.length() <= 2000, p.length() + " characters"));
        assertInOrder(words(String.join(" ", pieces)), words(notes.get(0)), words(notes.get(1)),
                "Warm, but slow down before advice.");
    }

    /** A reviewer's note near the form's limit of 1,500 characters. */
    private static String longNote(String which) {
        StringBuilder s = new StringBuilder("On your " + which + " reply:");
        for (int i = 0; s.length() < 1400; i++) {
            s.append(" point ").append(which).append('-').append(i).append(" is worth another look.");
        }
        return s.toString();
    }

    @Test
    void only_facilitators_create_cohorts_and_a_trainee_cannot_enrol_people() throws Exception {
        String refused = lastPrivateReply(TRAINEE, FakeDiscord.CHANNEL, "cohort-create", Map.of("name", "Mine"));
        String cohort = createCohort();
        String notEnrolled = lastPrivateReply(TRAINEE, FakeDiscord.CHANNEL, "cohort-enrol",
                Map.of("cohort", cohort, "user", OTHER, "role", "trainee"));

        assertTrue(refused.contains("Only facilitators"), refused);
        assertTrue(notEnrolled.contains("Only the cohort's facilitators"), notEnrolled);
    }

    @Test
    void export_sends_the_trainee_their_data_as_json_and_markdown_files_and_forget_me_deletes_it() throws Exception {
        discord.slashCommand(TRAINEE, FakeDiscord.CHANNEL, "start", Map.of("scenario", "exam-stress"));
        String thread = discord.onlyThread();
        discord.awaitAll("POST", "channels/" + thread + "/messages", c -> true, 2);
        discord.message(TRAINEE, thread, "It sounds like a lot is resting on these exams.");
        discord.awaitAll("POST", "channels/" + thread + "/messages", c -> true, 3);

        discord.slashCommand(TRAINEE, FakeDiscord.CHANNEL, "export", Map.of());
        FakeDiscord.Call export = discord.await("POST", "webhooks/.+", c -> c.files().contains("practicum-export.json"));
        String forgot = lastPrivateReply(TRAINEE, FakeDiscord.CHANNEL, "forget-me", Map.of("confirm", true));

        assertEquals(List.of("practicum-export.json", "practicum-export.md"), export.files());
        assertEquals(64, export.body().path("flags").asInt(), "only the trainee sees it");
        assertTrue(forgot.startsWith("Done: 1 practice session(s)"), forgot);
        assertTrue(engine.engine().findByThread("discord", thread).isEmpty(), "the session is gone");
    }

    @Test
    void a_cohort_trainee_who_names_no_scenario_starts_the_next_one_the_facilitator_assigned() throws Exception {
        String cohort = createCohort();
        privately(FACILITATOR, "cohort-enrol", Map.of("cohort", cohort, "user", TRAINEE, "role", "trainee"));
        String order = lastPrivateReply(FACILITATOR, FakeDiscord.CHANNEL, "cohort-assign",
                Map.of("cohort", cohort, "scenarios", "bereavement, exam-stress"));

        discord.slashCommand(TRAINEE, FakeDiscord.CHANNEL, "start", Map.of());

        assertTrue(order.contains("bereavement → exam-stress"), order);
        String thread = discord.onlyThread();
        String card = discord.awaitAll("POST", "channels/" + thread + "/messages", c -> true, 2).get(0).body()
                .path("content").asText();
        String title = engine.engine().scenarios().find("bereavement").orElseThrow().title();
        assertTrue(card.contains(title), card);
        assertEquals("bereavement", engine.engine().findByThread("discord", thread).orElseThrow().scenarioId());
    }

    @Test
    void group_feedback_longer_than_a_discord_message_reaches_the_member_whole_and_in_order_in_several_private_messages()
            throws Exception {
        // given: Robin and Kim take turns giving long advice until the feedback outgrows one message
        String thread = cohortGroupSession(TRAINEE, SECOND_TRAINEE);
        for (int turn = 1; turn <= 4 && session(thread).status() != SessionStatus.ENDED; turn++) {
            reply(thread, turn % 2 == 1 ? TRAINEE : SECOND_TRAINEE, longAdvice(turn), turn);
        }
        String[] debrief = endAndFindFeedbackButton(thread);

        // when
        List<JsonNode> pieces = allPrivateFeedback(TRAINEE, debrief[0], debrief[1]);

        // then: several messages, each one Discord accepts, only Robin sees them, every flag once and in order
        assertTrue(pieces.size() > 1, "several messages: " + pieces.size());
        pieces.forEach(p -> assertEquals(EPHEMERAL, p.path("flags").asInt()));
        pieces.forEach(p -> assertTrue(p.path("content").asText().length() <= 2000, p.path("content").asText()));
        String read = words(String.join(" ", pieces.stream().map(p -> p.path("content").asText()).toList()));
        Debrief.MemberFlags robins = engine.debriefs().end(session(thread).id()).forMember(TRAINEE.id());
        assertFalse(robins.own().isEmpty() || robins.others().isEmpty(), "both took flagged turns");
        List<Debrief.DebriefFlag> inOrder = new ArrayList<>(robins.own());
        inOrder.addAll(robins.others());
        int at = -1;
        for (Debrief.DebriefFlag flag : inOrder) {
            String quote = words("“" + flag.quote() + "”");
            int first = read.indexOf(quote);
            assertTrue(first > at, "turn " + flag.turn() + "'s flag after the one before it:\n" + read);
            assertEquals(first, read.lastIndexOf(quote), "turn " + flag.turn() + "'s flag only once");
            at = first;
        }
    }

    /** One long sentence of advice, unlike any other turn's. */
    private static String longAdvice(int turn) {
        StringBuilder s = new StringBuilder("You should make a revision timetable for week " + turn);
        for (int i = 0; s.length() < 900; i++) {
            s.append(" and then revise topic ").append(turn).append('-').append(i);
        }
        return s.append('.').toString();
    }

    /** Text as a reader takes it in: words, whatever the breaks between messages. */
    private static String words(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }

    /** Fran's group session for her cohort, which these trainees join; returns its thread. */
    private String cohortGroupSession(FakeDiscord.Person... trainees) throws InterruptedException {
        String cohort = createCohort();
        for (FakeDiscord.Person trainee : trainees) {
            privately(FACILITATOR, "cohort-enrol", Map.of("cohort", cohort, "user", trainee, "role", "trainee"));
        }
        String thread = startGroupSession();
        String join = joinButton(thread);
        for (FakeDiscord.Person trainee : trainees) {
            discord.click(trainee, discord.postedId(thread, 0), join);
        }
        discord.awaitAll("POST", "channels/" + thread + "/messages", c -> c.body().path("content").asText()
                .contains(" joined"), trainees.length);
        return thread;
    }

    /** {@code who} replies on {@code turn}; waits for the client's answer with its coaching button. */
    private void reply(String thread, FakeDiscord.Person who, String text, int turn) throws InterruptedException {
        discord.message(who, thread, text);
        discord.await("PATCH", "channels/" + thread + "/messages/\\d+", c -> DiscordPracticeEndToEndTest.button(c.body())
                .path("custom_id").asText().endsWith(":" + turn));
    }

    /** Fran ends the session unless the client already left; returns the debrief's message id and its button. */
    private String[] endAndFindFeedbackButton(String thread) throws InterruptedException {
        if (session(thread).status() != SessionStatus.ENDED) {
            privately(FACILITATOR, thread, "end", Map.of());
        }
        discord.await("POST", "channels/" + thread + "/messages", c -> c.body().path("embeds").size() > 0);
        List<JsonNode> posted = discord.posted(thread);
        int index = java.util.stream.IntStream.range(0, posted.size())
                .filter(i -> posted.get(i).path("embeds").size() > 0).findFirst().orElseThrow();
        return new String[]{discord.postedId(thread, index),
                DiscordPracticeEndToEndTest.button(posted.get(index)).path("custom_id").asText()};
    }

    /** Presses "My feedback" and returns every private follow-up it sent, in order. */
    private List<JsonNode> allPrivateFeedback(FakeDiscord.Person who, String debriefId, String button)
            throws InterruptedException {
        int before = discord.calls("POST", "webhooks/.+").size();
        discord.click(who, debriefId, button);
        discord.awaitAll("POST", "webhooks/.+", c -> true, before + 1);
        Thread.sleep(500); // the rest of the pieces follow the first
        List<FakeDiscord.Call> after = discord.calls("POST", "webhooks/.+");
        return after.subList(before, after.size()).stream().map(FakeDiscord.Call::body).toList();
    }

    /** Fran starts a group session in the practice channel; returns its thread once card and opening are in. */
    private String startGroupSession() throws InterruptedException {
        discord.slashCommand(FACILITATOR, FakeDiscord.CHANNEL, "start", Map.of("scenario", "exam-stress", "group", true));
        String thread = discord.onlyThread();
        discord.awaitAll("POST", "channels/" + thread + "/messages", c -> true, 2);
        return thread;
    }

    private String joinButton(String thread) {
        return DiscordPracticeEndToEndTest.button(discord.posted(thread).get(0)).path("custom_id").asText();
    }

    /** A cohort with Robin as trainee and Rae as reviewer; Robin starts a session. Returns its thread. */
    private String traineeOfACohortWithAReviewerStartsASession() throws Exception {
        String cohort = createCohort();
        privately(FACILITATOR, "cohort-enrol", Map.of("cohort", cohort, "user", TRAINEE, "role", "trainee"));
        privately(FACILITATOR, "cohort-enrol", Map.of("cohort", cohort, "user", REVIEWER, "role", "reviewer"));
        discord.slashCommand(TRAINEE, FakeDiscord.CHANNEL, "start", Map.of("scenario", "exam-stress"));
        String thread = discord.onlyThread();
        discord.awaitAll("POST", "channels/" + thread + "/messages", c -> true, 2);
        return thread;
    }

    /** Creates "Spring"; returns the name as a facilitator might type it (names are case-blind). */
    private String createCohort() throws InterruptedException {
        String text = lastPrivateReply(FACILITATOR, FakeDiscord.CHANNEL, "cohort-create", Map.of("name", "Spring"));
        assertEquals("Created cohort **Spring**. Enrol people with `/practice cohort-enrol`.", text);
        return "spring";
    }

    private void privately(FakeDiscord.Person who, String subcommand, Map<String, Object> options)
            throws InterruptedException {
        lastPrivateReply(who, FakeDiscord.CHANNEL, subcommand, options);
    }

    private void privately(FakeDiscord.Person who, String channel, String subcommand, Map<String, Object> options)
            throws InterruptedException {
        lastPrivateReply(who, channel, subcommand, options);
    }

    /** Runs a deferred subcommand and returns the private follow-up it sent. */
    private String lastPrivateReply(FakeDiscord.Person who, String channel, String subcommand,
                                    Map<String, Object> options) throws InterruptedException {
        // the reply to this command, not whichever follow-up (e.g. an earlier /end's) arrives next
        return discord.awaitFollowUp(discord.slashCommand(who, channel, subcommand, options)).body().path("content")
                .asText();
    }
}
