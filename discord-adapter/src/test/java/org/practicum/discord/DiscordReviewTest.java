package org.practicum.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.practicum.core.review.Review;
import org.practicum.core.session.Participant;
import org.practicum.core.session.Session;

/**
 * The training programme on Discord, with real JDA against the loopback Discord: a facilitator sets up
 * a cohort, a trainee practises, a reviewer annotates a reply through the message command's form and
 * finishes the review, and the trainee gets it by direct message; export and forget-me.
 */
class DiscordReviewTest {

    static final FakeDiscord.Person FACILITATOR = new FakeDiscord.Person("200000000000000010", "Fran", true);
    static final FakeDiscord.Person REVIEWER = new FakeDiscord.Person("200000000000000011", "Rae", false);
    static final FakeDiscord.Person TRAINEE = new FakeDiscord.Person("200000000000000012", "Robin", false);
    static final FakeDiscord.Person OTHER = new FakeDiscord.Person("200000000000000013", "Sam", false);
    static final String ADVICE = "You should make a revision timetable.";

    @TempDir
    Path data;
    FakeDiscord discord;
    TestEngine engine;
    DiscordPlatform bot;

    @BeforeEach
    void startBot() throws Exception {
        discord = new FakeDiscord();
        Map<String, String> settings = new HashMap<>(discord.settings());
        // The fake server's facilitator role is called "Facilitator".
        settings.put("PRACTICUM_COHORTS_FACILITATOR_ROLES", "Facilitator");
        engine = new TestEngine(data, settings);
        bot = new DiscordPlatform(engine.context("test-token"), Map.of());
        bot.start();
    }

    @AfterEach
    void stopBot() throws Exception {
        bot.close();
        engine.close();
        discord.close();
    }

    @Test
    void a_reviewers_note_made_through_the_message_command_reaches_the_trainee_by_direct_message() throws Exception {
        // given: a cohort with a trainee and a reviewer, and the trainee's finished session
        String cohort = createCohort();
        privately(FACILITATOR, "cohort-enrol", Map.of("cohort", cohort, "user", TRAINEE, "role", "trainee"));
        privately(FACILITATOR, "cohort-enrol", Map.of("cohort", cohort, "user", REVIEWER, "role", "reviewer"));
        discord.slashCommand(TRAINEE, FakeDiscord.CHANNEL, "start", Map.of("scenario", "exam-stress"));
        String thread = discord.onlyThread();
        discord.awaitAll("POST", "channels/" + thread + "/messages", c -> true, 2);
        String advice = discord.message(TRAINEE, thread, ADVICE);
        discord.awaitAll("POST", "channels/" + thread + "/messages", c -> true, 3);
        discord.slashCommand(TRAINEE, thread, "end", Map.of());
        discord.await("POST", "webhooks/.+", c -> c.body().toString().contains("Debrief")
                || c.body().toString().contains("debrief"));
        Session session = engine.engine().findByThread("discord", thread).orElseThrow();

        // when: someone else tries, then the reviewer uses "Review this reply" on the advice
        String refused = discord.messageCommand(OTHER, thread, advice, ProgrammeCommands.REVIEW_MENU);
        String opened = discord.messageCommand(REVIEWER, thread, advice, ProgrammeCommands.REVIEW_MENU);
        JsonNode form = discord.response(opened).body();
        String modalId = form.path("data").path("custom_id").asText();
        String sent = discord.submitModal(REVIEWER, thread, modalId,
                Map.of(ProgrammeCommands.NOTE, "Ask what she has tried before suggesting anything.",
                        ProgrammeCommands.VERDICT, "agree"));
        String noted = discord.response(sent).body().path("data").path("content").asText();
        privately(REVIEWER, thread, "review-done", Map.of("summary", "Warm, but slow down before advice."));

        // then
        assertTrue(discord.response(refused).body().path("data").path("content").asText()
                .contains("Only this cohort's reviewers"));
        assertEquals(9, form.path("type").asInt(), "a form (modal) opens for the reviewer");
        assertEquals("prc:rv:" + session.id() + ":" + advice, modalId);
        assertEquals("Noted on turn 1. You agree with: premature advice.", noted);
        discord.await("POST", "users/@me/channels", c -> c.body().path("recipient_id").asText().equals(TRAINEE.id()));
        String dm = discord.await("POST", "channels/" + FakeDiscord.dmChannel(TRAINEE.id()) + "/messages", c -> true)
                .body().path("content").asText();
        assertTrue(dm.contains("you wrote: \"" + ADVICE + "\""), dm);
        assertTrue(dm.contains("Ask what she has tried before suggesting anything."), dm);
        assertTrue(dm.contains("Warm, but slow down before advice."), dm);
        assertTrue(discord.calls("POST", "users/@me/channels").stream()
                .noneMatch(c -> c.body().path("recipient_id").asText().equals(OTHER.id())), "nobody else is told");
        Review review = engine.programme().reviews().review(session.id(), new Participant(TRAINEE.id(), "Robin"))
                .orElseThrow();
        assertEquals(Review.Status.DONE, review.status());
        assertEquals(List.of(new Review.FlagVerdict(1, "premature_advice", REVIEWER.id(), true)), review.verdicts());
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

    private String createCohort() throws InterruptedException {
        String text = lastPrivateReply(FACILITATOR, FakeDiscord.CHANNEL, "cohort-create", Map.of("name", "Spring"));
        Matcher id = Pattern.compile("id `(c-[a-z0-9]+)`").matcher(text);
        assertTrue(id.find(), text);
        return id.group(1);
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
        int before = discord.calls("POST", "webhooks/.+").size();
        discord.slashCommand(who, channel, subcommand, options);
        List<FakeDiscord.Call> after = discord.awaitAll("POST", "webhooks/.+", c -> true, before + 1);
        return after.get(before).body().path("content").asText();
    }
}
