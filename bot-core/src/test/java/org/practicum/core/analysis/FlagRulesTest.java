package org.practicum.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.practicum.core.cue.CueKind;
import org.practicum.core.cue.DistressCue;
import org.practicum.core.emotion.Emotion;
import org.practicum.core.emotion.EmotionCategory;
import org.practicum.core.emotion.Trend;
import org.practicum.core.scenario.Scenario;
import org.practicum.core.simulation.ClientMove;
import org.practicum.core.simulation.ClientReply;
import org.practicum.core.simulation.ClientState;
import org.practicum.core.simulation.Phase;
import org.practicum.core.testing.Fixtures;

class FlagRulesTest {

    private final Scenario scenario = Fixtures.scenario("advanced-burden");
    private final ResponseAnalyzer analyzer = Fixtures.ruleAnalyzer();

    private ClientState state(int disclosed, int reflections, int closedStreak) {
        return new ClientState(0.4, disclosed, Math.max(0, disclosed - 1), Phase.EXPLORATION,
                Emotion.of(EmotionCategory.SADNESS, 0.5), 0, 0, Set.of(), Set.of(), null, closedStreak, reflections,
                false, false);
    }

    private ClientReply client(String text, DistressCue... cues) {
        return new ClientReply(text, Emotion.of(EmotionCategory.SADNESS, 0.5), Trend.SAME, ClientMove.ELABORATE,
                scenario.layer(0).id(), List.of(cues), false);
    }

    private Analysis analyse(ClientState state, ClientReply last, String reply) {
        return analyzer.analyze(new AnalysisContext("s-test", scenario, state.facts(scenario), last.text(),
                last.cues(), List.of(), 3), reply);
    }

    private Set<FlagKind> flags(Analysis a) {
        return a.flags().stream().map(Flag::kind).collect(java.util.stream.Collectors.toSet());
    }

    @ParameterizedTest
    @ValueSource(strings = {"You should try going for a walk every morning.", "Have you tried talking to your boss?",
            "Maybe just take a day off and get some sleep.", "I think you need to tell your husband."})
    void advice_before_the_core_is_explored_is_premature(String reply) {
        Analysis a = analyse(state(1, 0, 0), client("work has been a lot lately"), reply);
        Flag flag = a.flags().stream().filter(f -> f.kind() == FlagKind.PREMATURE_ADVICE).findFirst().orElseThrow();
        assertTrue(reply.contains(flag.quote()), "the trainee's own words are quoted: " + flag.quote());
        assertTrue(flag.better().contains("It sounds like"), flag.better());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Have you thought about how you would do it?", "Have you made any plans to end your life?",
            "Thank you for talking with me today. Take care.", "Take care of yourself.", "Take care of yourself, Priya."})
    void a_plan_question_or_a_goodbye_wish_is_not_advice(String reply) {
        Analysis a = analyse(state(1, 0, 0), client("some mornings i think it'd be easier not to wake up"), reply);

        assertFalse(flags(a).contains(FlagKind.PREMATURE_ADVICE), a.flags().toString());
        assertFalse(a.has(Skill.ADVICE_WITHOUT_PERMISSION), a.skills().toString());
    }

    @Test
    void advice_offered_with_permission_after_exploration_is_not_premature() {
        int core = scenario.coreIndex();
        Analysis a = analyse(state(core + 1, 3, 0), client("i just don't know what to do anymore"),
                "If you're open to it, would it help to think together about one small step?");
        assertFalse(flags(a).contains(FlagKind.PREMATURE_ADVICE), a.flags().toString());
    }

    @Test
    void ignoring_a_cue_in_the_last_client_message_is_a_missed_distress_cue() {
        ClientReply last = client("honestly everyone would be better off without me",
                new DistressCue(CueKind.BURDEN, "honestly everyone would be better off without me"));
        Analysis a = analyse(state(3, 2, 0), last, "What are your plans for the weekend?");
        Flag flag = a.flags().stream().filter(f -> f.kind() == FlagKind.MISSED_DISTRESS_CUE).findFirst().orElseThrow();
        assertTrue(flag.why().contains("better off without me"), flag.why());
        assertTrue(flag.better().contains("are you having thoughts of ending your life?"), flag.better());
    }

    @ParameterizedTest
    @ValueSource(strings = {"When you say everyone would be better off without you, are you having thoughts of ending your life?",
            "It sounds like you feel like a burden to the people you love.",
            "Are you thinking about suicide?"})
    void acknowledging_the_cue_is_not_flagged(String reply) {
        ClientReply last = client("honestly everyone would be better off without me",
                new DistressCue(CueKind.BURDEN, "honestly everyone would be better off without me"));
        Analysis a = analyse(state(3, 2, 0), last, reply);
        assertFalse(flags(a).contains(FlagKind.MISSED_DISTRESS_CUE), a.flags().toString());
        assertTrue(a.acknowledgesCue());
    }

    @ParameterizedTest
    @ValueSource(strings = {"It's not that bad, lots of people have it worse.", "At least you still have a job.",
            "Don't worry, you'll be fine.", "Everything happens for a reason.", "I'm sure things will work out for you.",
            "Give it a week and it'll all blow over.", "That doesn't sound so bad really.", "She's probably just tired.",
            "You seem to be coping so well considering.", "Oh don't be daft, nobody thinks that."})
    void minimising_is_flagged(String reply) {
        assertTrue(flags(analyse(state(1, 1, 0), client("it's been rough"), reply)).contains(FlagKind.MINIMISING));
    }

    @ParameterizedTest
    @ValueSource(strings = {"You should have told them sooner.", "Why would you do that?", "You're overreacting."})
    void judging_is_flagged(String reply) {
        assertTrue(flags(analyse(state(1, 1, 0), client("i didn't tell anyone"), reply)).contains(FlagKind.JUDGING));
    }

    @Test
    void a_third_reply_in_a_row_of_only_closed_questions_is_flagged_but_not_the_second() {
        ClientReply last = client("yeah");
        assertFalse(flags(analyse(state(1, 0, 1), last, "Do you sleep ok?")).contains(FlagKind.CLOSED_QUESTION_STREAK));
        assertTrue(flags(analyse(state(1, 0, 2), last, "Is it every night?")).contains(FlagKind.CLOSED_QUESTION_STREAK));
    }

    @Test
    void turning_the_talk_to_yourself_is_flagged() {
        Analysis a = analyse(state(1, 1, 0), client("my mum died in march"),
                "I know exactly how you feel. When I lost my dad I was a mess for a year.");
        assertTrue(flags(a).contains(FlagKind.SELF_FOCUS));
    }

    @ParameterizedTest
    @ValueSource(strings = {"It sounds like this has been building up for a long time and you're exhausted.",
            "What's been the hardest part for you?", "That sounds really painful. It makes sense you feel this way.",
            "Thank you for telling me. How are you feeling right now?"})
    void good_replies_earn_no_flag(String reply) {
        ClientReply last = client("i've been keeping it together for everyone but i'm so tired");
        Analysis a = analyse(state(1, 0, 2), last, reply);
        assertEquals(List.of(), a.flags());
        assertTrue(a.invitesOpening());
    }
}
