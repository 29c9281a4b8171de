package org.practicum.core.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.practicum.core.analysis.FlagKind;
import org.practicum.core.scenario.Line;
import org.practicum.core.scenario.Scenario;
import org.practicum.core.simulation.ClientMove;
import org.practicum.core.testing.Fixtures;

/**
 * The client as the product runs it offline (trained classifiers, embedding-ranked lines) answers the
 * question asked, in the scenario's own lines: what a trainee practising on it meets (issue 13).
 */
class ClientListensTest {

    @RegisterExtension
    static final EngineFixture fixture = EngineFixture.shippedForTheClass();

    /** The client's answer to the last of {@code lines}, after the others, in a fresh session. */
    private static SessionUpdate after(String scenario, long seed, String... lines) {
        String session = fixture.start(scenario, seed).sessionId();
        SessionUpdate last = null;
        for (String line : lines) {
            last = fixture.engine.reply(session, line);
        }
        return last;
    }

    private static Line said(String scenario, SessionUpdate update) {
        Scenario s = Fixtures.scenario(scenario);
        return s.allLines().stream().filter(l -> update.client().text().contains(l.text())).findFirst()
                .orElseThrow(() -> new AssertionError("not an authored line: " + update.client().text()));
    }

    private static boolean flagged(SessionUpdate update, FlagKind kind) {
        return update.flags().stream().anyMatch(f -> f.kind() == kind);
    }

    @Test
    void a_welcome_that_says_this_is_the_right_place_is_not_advice_and_the_client_opens_up() {
        for (String welcome : List.of("Hi Marcus, this is the right place. I'm sorry to hear about the job.",
                "You're in the right place, Marcus.", "Of course it's ok. It's fine to talk about it here.")) {
            SessionUpdate answer = after("job-loss-money", 1, welcome);

            assertFalse(flagged(answer, FlagKind.PREMATURE_ADVICE), welcome + " -> " + answer.flags());
            assertNotEquals(ClientMove.WITHDRAW, answer.client().move(), welcome + " -> " + answer.client().text());
        }
    }

    @Test
    void a_question_asking_who_or_what_is_not_advice() {
        SessionUpdate answer = after("caregiver-burnout", 1,
                "Hello Donna, you're doing it exactly right. I'm glad Bex set it up for you.",
                "It sounds like you're carrying a lot.", "Who else helps with your mum?");

        assertFalse(flagged(answer, FlagKind.PREMATURE_ADVICE), answer.flags().toString());
        assertNotEquals(ClientMove.WITHDRAW, answer.client().move(), answer.client().text());
    }

    @Test
    void who_is_around_you_at_home_is_answered_about_the_people_not_the_house() {
        SessionUpdate answer = after("advanced-burden", 1, "Hi Helen, of course it's ok. I'm really glad you got in touch.",
                "It's not silly at all. I'm here to listen.", "Who's around you at the moment, at home?");

        Line line = said("advanced-burden", answer);
        assertTrue(line.isAbout("support") || !line.refers().isEmpty() || answer.client().move() == ClientMove.DEFLECT_TOPIC,
                answer.client().text());
    }

    @Test
    void does_a_named_person_know_is_answered_about_that_person_or_who_knows() {
        SessionUpdate answer = after("caregiver-burnout", 1,
                "Hello Donna, you're doing it exactly right. I'm glad Bex set it up for you.",
                "That sounds like a lot on your shoulders.", "Does Bex know how tired you've been?");

        Line line = said("caregiver-burnout", answer);
        assertTrue(line.refers().contains("bex") || line.isAbout("support"), answer.client().text());
    }

    @Test
    void your_manager_is_the_manager_the_client_introduced_and_the_answer_is_about_what_he_does_not_how_long() {
        SessionUpdate answer = after("workplace-bullying", 4,
                "Hi Taylor, it's absolutely the sort of thing people bring here.",
                "What has your manager been doing that's made things so difficult?");

        Line line = said("workplace-bullying", answer);
        assertTrue(line.refers().contains("steve") || answer.client().move() == ClientMove.DEFLECT_TOPIC,
                answer.client().text());
        assertFalse(line.isAbout("duration"), "a question about what he does, not since when: " + line.text());
    }

    @Test
    void outside_work_like_your_sleep_asks_about_sleep() {
        SessionUpdate answer = after("workplace-bullying", 1, "Hi Taylor, I'm glad you reached out.",
                "It sounds like it's on your mind a lot.", "How is it affecting you outside work, like your sleep?");

        assertTrue(answer.client().move() == ClientMove.DEFLECT_TOPIC || said("workplace-bullying", answer)
                .isAbout("sleep"), answer.client().text());
    }

    @Test
    void how_long_have_you_been_doing_your_job_is_not_answered_with_someone_elses_years() {
        SessionUpdate answer = after("told-to-talk", 8, "Hello Gareth. Feelings or no feelings, you're welcome here.",
                "How long have you been scaffolding?");

        Line line = said("told-to-talk", answer);
        assertFalse(line.refers().contains("dad"), line.text());
    }

    @Test
    void a_sleep_question_is_not_answered_with_a_line_that_only_says_every_night() {
        SessionUpdate answer = after("coming-out-family", 1, "hi Leila, it's absolutely fine to say it here. I'm listening.",
                "Being that angry is exhausting.", "How are you sleeping with all this in your head?");

        assertTrue(answer.client().move() == ClientMove.DEFLECT_TOPIC || said("coming-out-family", answer)
                .text().matches("(?is).*(sleep|slept|awake|bed|tired|knackered|exhausted).*"), answer.client().text());
    }

    @Test
    void a_summary_that_names_suicide_after_the_risk_talk_is_heard_as_a_reflection_not_asked_again() {
        String session = fixture.start("advanced-night-shift", 3).sessionId();
        fixture.engine.reply(session, "hi, glad you found us. you don't need to know what to say.");
        SessionUpdate asked = fixture.engine.reply(session, "Are you having any thoughts of ending your life?");
        assertEquals(ClientMove.ANSWER_RISK, asked.client().move(), asked.client().text());

        SessionUpdate summary = fixture.engine.reply(session,
                "So what I'm hearing is that the thoughts of suicide come when you're on your own after a shift, "
                        + "and nobody knows how bad it's got.");

        assertNotEquals(ClientMove.ANSWER_RISK, summary.client().move(), summary.client().text());
        assertNotEquals(asked.client().text(), summary.client().text());
    }

    @Test
    void false_reassurance_hurts_a_little_and_the_client_does_not_feel_better() {
        SessionUpdate answer = after("job-loss-money", 1, "Hi Marcus, I'm glad you got in touch.",
                "I'm sure it'll be fine, something will turn up.");

        assertTrue(flagged(answer, FlagKind.MINIMISING), answer.flags().toString());
        assertEquals(ClientMove.HURT, answer.client().move(), answer.client().text());
        assertNotEquals(org.practicum.core.emotion.Trend.BETTER, answer.client().trend());
    }

    @Test
    void a_reflection_that_work_no_longer_feels_safe_is_not_a_safety_question() {
        SessionUpdate answer = after("workplace-bullying", 2, "Hi Taylor, I'm glad you reached out. What's been going on?",
                "It sounds like work has stopped feeling safe.");

        assertNotEquals(ClientMove.ANSWER_RISK, answer.client().move(), answer.client().text());
    }

    /** Every scenario, a greeting, then {@code question}: answered by a line on {@code topic} or a deflection about it. */
    private static void everyScenarioAnswers(String question, String topic) {
        for (Scenario scenario : Fixtures.scenarios().all()) {
            SessionUpdate answer = after(scenario.id(), 1, "Hi, I'm glad you got in touch.", question);

            boolean deflected = answer.client().move() == ClientMove.DEFLECT_TOPIC;
            assertTrue(deflected || said(scenario.id(), answer).isAbout(topic),
                    scenario.id() + ": " + question + " -> " + answer.client().text());
        }
    }

    @Test
    void every_person_can_say_what_their_days_are_like() {
        everyScenarioAnswers("What are your days like at the moment?", "routine");
    }

    @Test
    void what_would_help_how_they_cope_and_who_knows_are_answered_at_low_trust_in_every_scenario() {
        everyScenarioAnswers("What would help most right now?", "help");
        everyScenarioAnswers("How have you been coping?", "coping");
        everyScenarioAnswers("Who else knows?", "support");
    }

    @Test
    void how_long_it_has_been_going_on_is_the_trouble_not_the_fathers_forty_years() {
        SessionUpdate answer = after("told-to-talk", 1, "Alright Gareth. Thanks for coming.",
                "How long has this been going on?");

        Line line = said("told-to-talk", answer);
        assertTrue(line.isAbout("duration"), answer.client().text());
        assertFalse(line.refers().contains("dad"), answer.client().text());
    }

    @Test
    void a_question_about_someone_the_opening_mentions_is_answered_about_them() {
        SessionUpdate answer = after("break-up", 1, "Hi Callum, you're in the right place.", "Tell me about Stevie.");

        assertTrue(said("break-up", answer).refers().contains("stevie"), answer.client().text());
    }

    /** Listens until the client voices a cue; its answer to {@code question} right then. */
    private static SessionUpdate afterACue(String scenario, String question) {
        String session = fixture.start(scenario, 1).sessionId();
        for (String line : List.of("Hi, I'm glad you got in touch.", "That sounds like a lot.",
                "It sounds like it's been wearing you down.", "Tell me more about that.", "That sounds really hard.",
                "It sounds like there's a lot going on for you.")) {
            if (fixture.engine.reply(session, line).client().move() == ClientMove.VOICE_CUE) {
                return fixture.engine.reply(session, question);
            }
        }
        throw new AssertionError(scenario + ": no cue voiced");
    }

    @Test
    void asking_about_what_a_cue_is_about_or_what_it_means_gets_the_person_saying_more_of_it() {
        assertEquals(ClientMove.ANSWER_CUE, afterACue("exam-stress", "How have you been sleeping?").client().move());
        assertEquals(ClientMove.ANSWER_CUE, afterACue("exam-stress", "What do you mean?").client().move());
    }
}
