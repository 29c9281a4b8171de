package org.practicum.core.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.practicum.core.emotion.EmotionCategory;
import org.practicum.core.emotion.Trend;
import org.practicum.core.scenario.ClosingCondition;
import org.practicum.core.scenario.Line;
import org.practicum.core.scenario.ReactionKind;
import org.practicum.core.scenario.RiskQuestion;
import org.practicum.core.scenario.Scenario;
import org.practicum.core.simulation.ClientMove;
import org.practicum.core.simulation.ClientPolicy;
import org.practicum.core.testing.Fixtures;

/** The offline client answers what it is asked, within what its story allows (issue 13). */
class ClientAnswersTest {

    /** A trainee who listens but does not yet go deep. */
    static final List<String> WARM_UP = List.of("Hi, thanks for getting in touch. What's been going on?",
            "It sounds like there's a lot on your mind at the moment.");
    static final List<String> RISK_QUESTIONS = List.of(
            "Are you having any thoughts of ending your life?",
            "Sometimes when people feel like this they think about suicide. Is that something you've thought about?",
            "Have you had thoughts of hurting yourself?",
            "When things get this heavy some people think about taking their own life. Have you had thoughts like that?",
            "Do you ever feel you'd be better off gone?",
            "Are you safe right now?");

    @RegisterExtension
    final EngineFixture fixture = EngineFixture.eachTest();

    static Stream<String> scenarios() {
        return Fixtures.scenarios().all().stream().map(Scenario::id);
    }

    private String warmedUp(String scenario, long seed) {
        String id = fixture.start(scenario, seed).sessionId();
        WARM_UP.forEach(line -> fixture.engine.reply(id, line));
        return id;
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void a_direct_question_about_suicide_or_safety_gets_an_honest_answer_from_the_scenarios_risk_answers(String id) {
        Scenario scenario = Fixtures.scenario(id);
        for (String question : RISK_QUESTIONS) {
            String session = warmedUp(id, 3);

            SessionUpdate answer = fixture.engine.reply(session, question);

            assertEquals(ClientMove.ANSWER_RISK, answer.client().move(), id + ": " + question);
            Set<String> risk = new HashSet<>();
            scenario.risk().values().forEach(lines -> lines.forEach(l -> risk.add(l.text())));
            assertTrue(risk.contains(answer.client().text()), id + ": " + answer.client().text());
            assertEquals(SessionStatus.ACTIVE, answer.status(), id + ": the client never leaves after a risk question");
            assertNotEquals(EmotionCategory.HAPPINESS, answer.client().emotion().category(), id);
        }
    }

    @Test
    void the_fullest_answer_to_the_risk_question_waits_for_trust() {
        Scenario scenario = Fixtures.scenario("exam-stress");
        List<Line> ideation = scenario.riskAnswers(RiskQuestion.IDEATION);
        String early = fixture.start("exam-stress", 1).sessionId();
        String guarded = fixture.engine.reply(early, RISK_QUESTIONS.get(0)).client().text();

        assertEquals(0, lineOf(ideation, guarded).trust(), "at the start only the guarded answer");
        assertTrue(ideation.stream().anyMatch(l -> l.trust() > 0), "the scenario holds a fuller one");
    }

    @Test
    void a_safety_conversation_of_several_follow_ups_gets_each_one_answered_as_a_risk_question() {
        String session = warmedUp("advanced-night-shift", 3);
        Scenario scenario = Fixtures.scenario("advanced-night-shift");
        fixture.engine.reply(session, "Are you having any thoughts of ending your life?");
        fixture.engine.reply(session, "How often do those thoughts come?");
        fixture.engine.reply(session, "Have you thought about how you would do it?");

        // the direct question is three turns back now: the follow-ups keep the safety talk going
        SessionUpdate reasons = fixture.engine.reply(session, "What keeps you going, even on the worst days?");

        assertEquals(ClientMove.ANSWER_RISK, reasons.client().move(), reasons.client().text());
        assertTrue(texts(scenario.riskAnswers(RiskQuestion.REASONS)).contains(reasons.client().text()),
                reasons.client().text());
    }

    @Test
    void a_question_about_a_topic_the_client_is_not_ready_for_is_deflected_about_that_topic() {
        String session = fixture.start("exam-stress", 2).sessionId();
        Scenario scenario = Fixtures.scenario("exam-stress");

        SessionUpdate answer = fixture.engine.reply(session, "How are things with your family at the moment?");

        assertEquals(ClientMove.DEFLECT_TOPIC, answer.client().move());
        assertTrue(texts(scenario.topics().get("family").deflect()).contains(answer.client().text()),
                answer.client().text());
    }

    @Test
    void a_question_about_a_topic_that_is_out_gets_a_line_about_it() {
        String session = warmedUp("exam-stress", 2);
        Scenario scenario = Fixtures.scenario("exam-stress");

        SessionUpdate answer = fixture.engine.reply(session, "How long has it been like this for you?");

        Line said = lineOf(scenario.allLines(), answer.client().text());
        assertTrue(said.isAbout("duration"), answer.client().text());
    }

    @Test
    void advice_about_revision_is_rebutted_about_revision_and_other_advice_generically() {
        Scenario scenario = Fixtures.scenario("exam-stress");
        String first = fixture.start("exam-stress", 2).sessionId();
        String second = fixture.start("exam-stress", 2).sessionId();

        String timetable = fixture.engine.reply(first, "You should make a revision timetable and stick to it.")
                .client().text();
        String other = fixture.engine.reply(second, "You should go for a run every morning.").client().text();

        assertTrue(lineOf(scenario.reaction(ReactionKind.PREMATURE_ADVICE), timetable).isAbout("revision"), timetable);
        assertTrue(lineOf(scenario.reaction(ReactionKind.PREMATURE_ADVICE), other).topics().isEmpty(), other);
    }

    @Test
    void after_premature_advice_minimising_or_judging_the_client_never_feels_better() {
        List<String> ruptures = List.of("You should just make a timetable.", "At least it's only exams.",
                "Why would you leave it so late?", "Don't worry, you'll be fine!");
        for (long seed = 1; seed <= 5; seed++) {
            String session = warmedUp("exam-stress", seed);
            for (String rupture : ruptures) {
                SessionUpdate update = fixture.engine.reply(session, rupture);
                assertNotEquals(Trend.BETTER, update.client().trend(), rupture);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void the_client_stays_for_forty_turns_of_mixed_practice_and_never_mentions_someone_before_introducing_them(
            String id) {
        Scenario scenario = Fixtures.scenario(id);
        List<String> replies = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            replies.addAll(ClientBehaviourTest.GOOD);
            replies.add(ClientBehaviourTest.BAD.get(i));
        }
        SessionUpdate opening = fixture.start(id, 7);
        String session = opening.sessionId();
        Set<String> introduced = new HashSet<>();
        scenario.opening().stream().filter(l -> opening.client().text().contains(l.text()))
                .forEach(l -> introduced.addAll(l.refers()));
        for (String reply : replies.subList(0, 40)) {
            SessionUpdate update = fixture.engine.reply(session, reply);
            assertEquals(SessionStatus.ACTIVE, update.status(), id + " ended at turn " + update.turn());
            List<Line> said = scenario.allLines().stream().filter(l -> update.client().text().contains(l.text()))
                    .toList();
            assertFalse(said.isEmpty(), id + ": an authored line");
            for (Line line : said) {
                for (String person : line.refers()) {
                    assertTrue(introduced.contains(person) || line.introduces().contains(person),
                            id + ": \"" + line.text() + "\" mentions " + person + " before anyone introduced them");
                }
            }
            said.forEach(line -> introduced.addAll(line.refers()));
        }
    }

    @Test
    void a_sustained_rupture_makes_the_client_leave_but_never_straight_after_a_question_about_risk() {
        String session = fixture.start("exam-stress", 4).sessionId();
        List<String> dismissive = List.of("You should just get on with it.", "At least it's only exams.",
                "You're overreacting.", "You need to stop being so dramatic.", "Just do a timetable.",
                "Why would you let it get this bad?", "Cheer up!");
        SessionUpdate last = null;
        // The rupture has to last: the client bears DEFAULT_LEAVE_AFTER of them in a row, guarded, before going.
        for (int turn = 0; turn < ClientPolicy.DEFAULT_LEAVE_AFTER + 2; turn++) {
            last = fixture.engine.reply(session, dismissive.get(turn % dismissive.size()));
            if (last.status() == SessionStatus.ENDED) {
                assertTrue(turn + 1 >= ClientPolicy.DEFAULT_LEAVE_AFTER, "left after " + (turn + 1) + " ruptures");
                break;
            }
        }
        assertEquals(ClientMove.LEAVE, last.client().move(), "the client gave up on a trainee who kept dismissing it");

        String other = fixture.start("exam-stress", 4).sessionId();
        for (String line : dismissive.subList(0, 4)) {
            fixture.engine.reply(other, line);
        }
        SessionUpdate asked = fixture.engine.reply(other, "Are you thinking about killing yourself?");
        assertEquals(ClientMove.ANSWER_RISK, asked.client().move());
        assertEquals(SessionStatus.ACTIVE, asked.status());
    }

    @Test
    void a_goodbye_after_early_advice_never_thanks_the_trainee_for_not_giving_advice() {
        Scenario scenario = Fixtures.scenario("exam-stress");
        for (long seed = 1; seed <= 6; seed++) {
            String session = fixture.start("exam-stress", seed).sessionId();
            fixture.engine.reply(session, "You should make a revision timetable.");
            ClientBehaviourTest.GOOD.subList(0, 6).forEach(line -> fixture.engine.reply(session, line));

            SessionUpdate bye = fixture.engine.reply(session, "We're out of time now. Take care, Tomek.");

            assertEquals(ClientMove.THANK_AND_CLOSE, bye.client().move());
            Line said = lineOf(scenario.thanks(), bye.client().text());
            assertFalse(said.condition() != null && said.condition().kind()
                    == ClosingCondition.Kind.NOT_ADVISED, said.text());
        }
    }

    private static Line lineOf(List<Line> lines, String text) {
        return lines.stream().filter(l -> text.contains(l.text())).findFirst()
                .orElseThrow(() -> new AssertionError("not one of the lines: " + text));
    }

    private static List<String> texts(List<Line> lines) {
        return lines.stream().map(Line::text).toList();
    }
}
