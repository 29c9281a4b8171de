package org.practicum.core.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.practicum.core.scenario.ReactionKind;
import org.practicum.core.scenario.Scenario;
import org.practicum.core.simulation.ClientMove;
import org.practicum.core.simulation.ClientState;
import org.practicum.core.testing.Fixtures;

class ClientBehaviourTest {

    static final List<String> GOOD = List.of(
            "It sounds like this has been weighing on you a lot.",
            "What's been the hardest part of it for you?",
            "That sounds exhausting. It makes sense you feel worn down.",
            "It sounds like part of you feels really alone with all of this.",
            "How has that been for you?",
            "It sounds like you've been carrying this on your own for a long time.",
            "What goes through your mind when it gets like that?",
            "It sounds like you're scared of what happens if you let go of it.",
            "What would you want people to understand about that?",
            "It sounds like that hurts more than you let on.");
    static final List<String> BAD = List.of(
            "You should try to get more sleep.",
            "Do you exercise?",
            "Is it every day?",
            "At least you have a roof over your head.",
            "Have you tried talking to someone about it?",
            "Why would you let it get this bad?",
            "Do you have friends?",
            "You just need to think positive.",
            "Did you eat today?",
            "You should see a doctor.");

    @RegisterExtension
    final EngineFixture fixture = EngineFixture.eachTest();

    private List<TurnRecord> run(String scenario, List<String> replies, long seed) {
        String id = fixture.start(scenario, seed).sessionId();
        for (String reply : replies) {
            if (fixture.engine.reply(id, reply).status() == SessionStatus.ENDED) {
                break;
            }
        }
        return fixture.engine.find(id).orElseThrow().activeTurns();
    }

    @Test
    void good_and_bad_conversations_move_trust_and_emotion_differently_in_every_scenario() {
        for (Scenario scenario : Fixtures.scenarios().all()) {
            List<TurnRecord> good = run(scenario.id(), GOOD, 11);
            List<TurnRecord> bad = run(scenario.id(), BAD, 11);
            double goodTrust = good.get(good.size() - 1).stateAfter().trust();
            double badTrust = bad.get(bad.size() - 1).stateAfter().trust();
            assertTrue(goodTrust > badTrust + 0.3, scenario.id() + ": trust good " + goodTrust + " bad " + badTrust);
            assertNotEquals(emotions(good), emotions(bad), scenario.id() + ": emotion trajectories");
            assertTrue(good.stream().noneMatch(t -> PULLED_BACK.contains(t.client().move())), scenario.id());
            assertTrue(bad.stream().filter(t -> PULLED_BACK.contains(t.client().move())).count() >= 3,
                    scenario.id() + ": the client pulls back after advice, minimising and judgement");
            ClientState goodEnd = good.get(good.size() - 1).stateAfter();
            ClientState badEnd = bad.get(bad.size() - 1).stateAfter();
            assertTrue(goodEnd.isDisclosed(scenario.coreIndex()), scenario.id() + ": reflections open the core");
            assertFalse(badEnd.isDisclosed(scenario.coreIndex()), scenario.id() + ": the core stays closed");
        }
    }

    @Test
    void early_advice_closes_the_story_for_a_while_even_after_a_good_reflection() {
        String id = fixture.start("exam-stress", 5).sessionId();
        fixture.engine.reply(id, "It sounds like the exams are really getting to you.");
        SessionUpdate advice = fixture.engine.reply(id, "You should make a revision timetable.");
        assertEquals(ClientMove.WITHDRAW, advice.client().move());
        int disclosedBefore = lastState(id).disclosedLayers();
        SessionUpdate next = fixture.engine.reply(id, "It sounds like you're exhausted and scared of falling behind.");
        assertNotEquals(ClientMove.DISCLOSE, next.client().move());
        assertEquals(disclosedBefore, lastState(id).disclosedLayers());
    }

    @Test
    void the_client_never_repeats_a_line_in_a_session_but_its_short_minimal_replies() {
        List<String> replies = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            replies.addAll(GOOD);
        }
        Scenario scenario = Fixtures.scenario("caregiver-burnout");
        Set<String> minimal = new HashSet<>();
        scenario.reaction(ReactionKind.MINIMAL).forEach(l -> minimal.add(l.text()));
        scenario.reaction(ReactionKind.CLOSED_QUESTION).forEach(l -> minimal.add(l.text()));
        List<TurnRecord> turns = run(scenario.id(), replies, 3);
        Set<String> seen = new HashSet<>();
        for (TurnRecord t : turns) {
            assertTrue(minimal.contains(t.client().text()) || seen.add(t.client().text()),
                    "repeated: " + t.client().text());
        }
    }

    @Test
    void a_well_supported_client_stays_when_the_story_is_told_and_says_goodbye_when_the_trainee_closes() {
        List<String> replies = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            replies.addAll(GOOD);
        }
        String id = fixture.start("lonely-after-move", 3).sessionId();
        for (String reply : replies) {
            SessionUpdate update = fixture.engine.reply(id, reply);
            assertEquals(SessionStatus.ACTIVE, update.status(), "the client never leaves a good conversation");
        }

        SessionUpdate closing = fixture.engine.reply(id, "We're coming to the end of our time. Thank you for talking "
                + "with me today, take care.");

        assertEquals(ClientMove.THANK_AND_CLOSE, closing.client().move());
        assertEquals(SessionStatus.ENDED, closing.status());
        assertTrue(closing.endedByClient());
    }

    @Test
    void two_runs_with_different_seeds_differ_and_the_same_seed_replays_alike() {
        List<String> a = texts(run("break-up", GOOD, 1));
        List<String> b = texts(run("break-up", GOOD, 2));
        List<String> a2 = texts(run("break-up", GOOD, 1));
        assertNotEquals(a, b);
        assertEquals(a, a2);
    }

    private ClientState lastState(String id) {
        return fixture.engine.find(id).orElseThrow().lastActive().orElseThrow().stateAfter();
    }

    private static List<String> texts(List<TurnRecord> turns) {
        return turns.stream().map(t -> t.client().text()).toList();
    }

    private static final Set<ClientMove> PULLED_BACK = Set.of(ClientMove.WITHDRAW, ClientMove.HURT,
            ClientMove.IRRITATED, ClientMove.FLAT, ClientMove.LEAVE);

    private static List<String> emotions(List<TurnRecord> turns) {
        return turns.stream().map(t -> t.client().emotion().category() + "@" + t.client().emotion().valence()).toList();
    }
}
