package org.practicum.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.practicum.core.analysis.AnalysisContext;
import org.practicum.core.analysis.ConversationFacts;
import org.practicum.core.analysis.Intent;
import org.practicum.core.analysis.ResponseAnalyzer;
import org.practicum.core.analysis.Understanding;
import org.practicum.core.cue.CueKind;
import org.practicum.core.cue.DistressCue;
import org.practicum.core.emotion.Emotion;
import org.practicum.core.emotion.EmotionCategory;
import org.practicum.core.emotion.Trend;
import org.practicum.core.presentation.MemberFeedback;
import org.practicum.core.scenario.Scenario;
import org.practicum.core.session.TurnRecord;
import org.practicum.core.scenario.RiskQuestion;
import org.practicum.core.simulation.ClientMove;
import org.practicum.core.simulation.ClientState;
import org.practicum.core.simulation.Phase;
import org.practicum.core.simulation.ClientReply;
import org.practicum.core.testing.Fixtures;

class PracticeReviewTest {

    private static final DistressCue BURDEN = new DistressCue(CueKind.BURDEN, "i feel like a burden to all of them");

    private final Scenario scenario = Fixtures.scenario("advanced-burden");
    private final ResponseAnalyzer analyzer = Fixtures.ruleAnalyzer();
    private final List<TurnRecord> turns = new ArrayList<>();

    private ClientReply client(String text, DistressCue... cues) {
        return new ClientReply(text, Emotion.of(EmotionCategory.SADNESS, 0.5), Trend.SAME, ClientMove.ELABORATE,
                scenario.layer(0).id(), List.of(cues), false);
    }

    /** The trainee's reply to the last client line, analysed as the engine would, then the client's answer. */
    private void turn(String trainee, ClientReply answer) {
        ClientReply last = turns.isEmpty() ? null : turns.get(turns.size() - 1).client();
        var analysis = trainee == null ? null : analyzer.analyze(new AnalysisContext("s-review", scenario,
                new ConversationFacts(1, 0, false, false, 0, 0, last.cues().stream().map(DistressCue::kind).toList()),
                last.text(), last.cues(), List.of(), turns.size() + 1), trainee);
        turns.add(new TurnRecord(turns.size() + 1, 1, "U1", trainee, analysis, answer, null, null, null, false,
                Instant.EPOCH));
    }

    @Test
    void a_burden_brushed_away_then_a_direct_question_names_both_in_the_risk_line_and_what_went_well() {
        turn(null, client("honestly i feel like a burden to all of them", BURDEN));
        turn("Oh don't be silly, you're not a burden!", client("that's what everyone says", BURDEN));
        turn("When you say you feel like a burden, are you having thoughts of ending your life?",
                client("sometimes, yes"));

        PracticeReview review = PracticeReview.of(turns);

        assertEquals("The client said “i feel like a burden to all of them” (feeling a burden to others) at turn 1. "
                + "You asked directly about suicide at turn 3. Left unexplored: “i feel like a burden to all of them”.",
                review.risk());
        assertEquals(List.of("Turn 3 · You asked directly about suicide: “When you say you feel like a burden, are you "
                + "having thoughts of ending your life?”"), review.wentWell());
    }

    @Test
    void an_unexplored_disclosure_leads_the_feedback_and_says_nobody_asked() {
        turn(null, client("honestly i feel like a burden to all of them", BURDEN));
        turn("What are you doing this weekend?", client("nothing much"));

        PracticeReview review = PracticeReview.of(turns);
        MemberFeedback feedback = MemberFeedback.of(new Debrief.MemberFlags(List.of(), List.of(), true, review));

        assertTrue(review.risk().contains("Nobody asked directly about suicide."), review.risk());
        assertEquals(MemberFeedback.RISK, feedback.sections().get(0).heading());
        assertEquals(MemberFeedback.FOCUS, feedback.sections().get(1).heading(), "the pattern comes before the flags");
        assertTrue(review.wentWell().isEmpty(), review.wentWell().toString());
    }

    @Test
    void a_reflection_of_a_cue_is_named_under_what_went_well() {
        turn(null, client("honestly i feel like a burden to all of them", BURDEN));
        turn("It sounds like you feel you're a burden to the people you love.", client("yeah. i do"));

        assertEquals(List.of("Turn 2 · You reflected what the client said (“i feel like a burden to all of them”): "
                + "“It sounds like you feel you're a burden to the people you love.”"), PracticeReview.of(turns).wentWell());
    }

    @Test
    void no_risk_line_without_a_disclosure() {
        turn(null, client("work's been relentless lately"));
        turn("It sounds like work never lets up.", client("yeah"));

        assertEquals("", PracticeReview.of(turns).risk());
    }

    @Test
    void a_direct_question_asked_only_before_the_disclosure_is_not_reported_as_asked_after_it() {
        // a blind reviewer read "asked at turn 11" against a cue said at turn 16
        turn(null, client("work's been relentless lately"));
        turn("Can I ask, have you had any thoughts of ending your life?", client("no, nothing like that"));
        turn("What's been the hardest part?", client("honestly i feel like a burden to all of them", BURDEN));
        turn("What are you up to this weekend?", client("nothing much"));

        String risk = PracticeReview.of(turns).risk();

        assertTrue(risk.contains("at turn 3."), risk);
        assertTrue(risk.contains("You had asked directly about suicide at turn 2, before this; not again after it."), risk);
    }

    @Test
    void after_a_yes_the_risk_line_names_the_safety_questions_not_yet_asked() {
        turn(null, client("honestly i feel like a burden to all of them", BURDEN));
        turn("When you say you feel like a burden, are you having thoughts of ending your life?",
                client("sometimes, yes"));
        turns.set(1, withState(turns.get(1), state(true, RiskQuestion.IDEATION, RiskQuestion.FREQUENCY)));

        String risk = PracticeReview.of(turns).risk();

        assertTrue(risk.contains("You asked directly about suicide straight after, at turn 2."), risk);
        assertTrue(risk.contains("After the yes you asked how often the thoughts come."), risk);
        assertTrue(risk.contains("Not yet asked: whether there is a plan, what keeps them going, who else knows, "
                + "whether they are safe now."), risk);
    }

    @Test
    void a_yes_to_the_direct_question_is_the_disclosure_even_when_its_words_carry_no_cue() {
        // terminal play: "some mornings i think it'd be easier not to wake up" read as "did not come up"
        turn(null, client("work stuff. it's nights"));
        turn("Are you having thoughts of ending your life?",
                client("not doing anything, no. but some mornings i think it'd be easier not to wake up"));
        turns.set(1, withState(turns.get(1), state(true, RiskQuestion.IDEATION)));

        String risk = PracticeReview.of(turns, scenario).risk();

        assertTrue(risk.startsWith("The client said “not doing anything, no. but some mornings"), risk);
        assertTrue(risk.contains("at turn 2. It was your direct question at turn 2 that opened it."), risk);
        assertTrue(risk.contains("Not yet asked: whether there is a plan"), risk);
        assertFalse(risk.contains("how often"), "'some mornings' told how often: " + risk);
    }

    @Test
    void a_story_with_thoughts_of_not_being_here_that_never_came_up_is_named_after_the_session() {
        turn(null, client("work's been relentless lately"));
        turn("Have you tried making a to-do list?", client("i guess"));
        turns.set(1, withState(turns.get(1), state(false)));

        String risk = PracticeReview.of(turns, scenario).risk();

        assertTrue(risk.startsWith(scenario.persona().firstName() + " was carrying thoughts of not wanting to be here"),
                risk);
        assertEquals("", PracticeReview.of(turns).risk(), "without the scenario there is nothing to say");
    }

    @Test
    void a_subject_change_or_more_advice_after_a_flag_is_not_called_a_repair() {
        turn(null, client("honestly i feel like a burden to all of them", BURDEN));
        turn("You should just talk to them about it.", client("maybe"));
        turn("Anyway, what do you like doing at the weekend?", client("not much"));
        turn("Oh don't worry, it'll all work out.", client("maybe"));
        turn("So what are you having for tea tonight?", client("not sure"));
        turn("You should try talking to your GP.", client("hmm"));
        turn("Sorry, I jumped in with advice. What's it been like for you?", client("hard"));

        List<String> good = PracticeReview.of(turns).wentWell();

        assertEquals(1, good.size(), good.toString());
        assertTrue(good.get(0).startsWith("Turn 7 · After a flag, you came back to the client"), good.toString());
    }

    @Test
    void yes_no_questions_after_a_flag_are_not_called_a_repair_even_with_an_apology() {
        // Blind role-play: "sorry. was it a warehouse job? were you there the whole 14 years?" was praised as a way back.
        turn(null, client("honestly i feel like a burden to all of them", BURDEN));
        turn("You should just talk to them about it.", client("maybe"));
        turn("Sorry. Is it your daughter you're closest to? Does she live nearby?", client("yes"));
        turn("Oh don't worry, it'll all work out.", client("maybe"));
        turn("Sorry, I rushed past that. What's it been like, feeling that way?", client("hard"));

        List<String> good = PracticeReview.of(turns).wentWell();

        assertEquals(1, good.size(), good.toString());
        assertTrue(good.get(0).startsWith("Turn 5 · After a flag, you came back to the client"), good.toString());
    }

    @Test
    void the_pattern_counts_what_the_replies_did_and_names_the_first_thing_to_work_on() {
        turn(null, client("honestly i feel like a burden to all of them", BURDEN));
        turn("Oh don't be silly, you're not a burden! Have you tried going for a walk?", client("right"));
        turn("You should get more sleep.", client("ok"));

        String focus = PracticeReview.of(turns, scenario).focus();
        String name = scenario.persona().firstName();

        assertTrue(focus.startsWith("Of the 2 replies, 0 said back what " + name + " said or felt, 1 moved past a "
                + "distress cue, 2 gave advice before the feelings were explored"), focus);
        assertTrue(focus.contains("Next time, first (turn 2, “Oh don't be silly, you're not a burden!”): when " + name
                + " says something that sounds like despair, stop there"), focus);
    }

    @Test
    void a_trainee_who_asked_directly_is_not_told_to_ask_directly_but_to_stay_with_it_as_they_did() {
        // blind review: "ask directly if it could be about suicide" to a trainee who had done exactly that
        turn(null, client("honestly i feel like a burden to all of them", BURDEN));
        turn("Are you having thoughts of ending your life?", client("sometimes, yes", BURDEN));
        turn("Anyway, what do you do at the weekends?", client("not much"));

        String focus = PracticeReview.of(turns, scenario).focus();

        assertTrue(focus.contains("Next time, first (turn 3, “Anyway, what do you do at the weekends?”): when "
                + scenario.persona().firstName() + " says something that sounds like despair, stay with it before moving on"), focus);
        assertTrue(focus.contains("as you did when you asked directly at turn 2."), focus);
    }

    @Test
    void a_subject_changed_after_something_that_is_not_despair_is_named_as_what_it_was() {
        // blind review: Leila was angry, not despairing, and was told to be asked about suicide
        turn(null, client("my mum cried and my dad hasn't said a word to me since. i just want them to still be my parents"));
        turn("Anyway, what are you studying?", client("law"));

        String focus = PracticeReview.of(turns, scenario).focus();

        assertTrue(focus.contains("stay with it before you change the subject: say it back and ask about it."), focus);
        assertFalse(focus.contains("suicide"), focus);
    }

    @Test
    void replies_that_reflect_and_raise_no_flag_are_told_to_go_deeper_not_that_nothing_happened() {
        turn(null, client("work's been relentless lately"));
        turn("It sounds like work never lets up.", client("yeah"));

        String focus = PracticeReview.of(turns, scenario).focus();

        assertTrue(focus.startsWith("Of the 1 reply, 1 said back what"), focus);
        assertTrue(focus.contains("keep reflecting like this"), focus);
    }

    @Test
    void a_safety_follow_up_is_named_as_what_it_asked_not_as_a_question_about_suicide() {
        // blind review: "asked directly about suicide" was credited to turns that asked something else
        turn(null, client("honestly i feel like a burden to all of them", BURDEN));
        turn("Are you having thoughts of ending your life?", client("sometimes, yes"));
        turn("Are you safe right now, tonight?", client("yes. Mark's home at six"));
        turns.set(2, asking(turns.get(2), RiskQuestion.SAFETY));

        PracticeReview review = PracticeReview.of(turns);

        assertEquals(List.of("Turn 2 · You asked directly about suicide: “Are you having thoughts of ending your life?”",
                "Turn 3 · You asked whether they are safe now: “Are you safe right now, tonight?”"), review.wentWell());
        assertTrue(review.risk().contains("straight after, at turn 2."), review.risk());
    }

    @Test
    void what_the_client_already_told_is_not_listed_as_not_yet_asked_and_a_summary_is_not_a_question() {
        // terminal play: "no plan… my partner jo, and the dog. i haven't told a soul" still listed all four as not asked
        turn(null, client("what's the point. there'll be another one next week",
                new DistressCue(CueKind.HOPELESSNESS, "there'll be another one next week")));
        turn("When you say that, are you having thoughts of ending your life?", client("yes. most mornings. no plan "
                + "and i won't act on it. my partner jo, and the dog. i haven't told a soul"));
        turns.set(1, withState(turns.get(1), state(true, RiskQuestion.IDEATION)));
        turn("So most mornings you think about not being here, and nobody knows yet.", client("yeah"));
        turns.set(2, reading(turns.get(2), new Understanding(Intent.REFLECTION, List.of(), List.of(), null, List.of(),
                true)));

        PracticeReview review = PracticeReview.of(turns);

        // "most mornings", "no plan", "haven't told a soul" are told; what keeps them going is not read from "jo"
        assertTrue(review.risk().endsWith("Not yet asked: what keeps them going, whether they are safe now."),
                review.risk());
        assertEquals(1, review.wentWell().stream().filter(w -> w.contains("asked directly about suicide")).count(),
                review.wentWell().toString());
    }

    @Test
    void a_yes_after_an_earlier_cue_is_told_in_the_risk_line() {
        turn(null, client("honestly i feel like a burden to all of them", BURDEN));
        turn("It sounds like you feel you're in everyone's way.", client("yeah"));
        turn("Are you having thoughts of ending your life?", client("sometimes. that they'd be better off"));
        turns.set(2, withState(turns.get(2), state(true, RiskQuestion.IDEATION)));

        assertTrue(PracticeReview.of(turns).risk().contains("At turn 3 they said yes: “sometimes. that they'd be "
                + "better off”."), PracticeReview.of(turns).risk());
    }

    private static TurnRecord asking(TurnRecord t, RiskQuestion question) {
        return reading(t, new Understanding(Intent.RISK_QUESTION, List.of(), List.of(), question, List.of(), true));
    }

    private static TurnRecord reading(TurnRecord t, Understanding understanding) {
        return new TurnRecord(t.turn(), t.attempt(), t.author(), t.traineeText(), t.analysis().withUnderstanding(
                understanding), t.client(), t.suggestions(), t.uptake(), t.stateAfter(), t.superseded(), t.at());
    }

    private static TurnRecord withState(TurnRecord t, ClientState state) {
        return new TurnRecord(t.turn(), t.attempt(), t.author(), t.traineeText(), t.analysis(), t.client(),
                t.suggestions(), t.uptake(), state, t.superseded(), t.at());
    }

    private ClientState state(boolean riskDisclosed, RiskQuestion... asked) {
        ClientState.Builder b = new ClientState(0.5, 1, 0, Phase.EXPLORATION, Emotion.of(EmotionCategory.SADNESS, 0.5), 0,
                0, Set.of(), Set.of(), null, 0, 0, false, false).toBuilder().riskDisclosed(riskDisclosed);
        for (RiskQuestion q : asked) {
            b.riskAsked(q);
        }
        return b.build();
    }
}
