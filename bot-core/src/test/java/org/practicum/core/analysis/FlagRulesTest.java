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

    @ParameterizedTest
    @ValueSource(strings = {"Take your time. It sounds like whatever it is, it's been with you on those mornings.",
            "There's no rush, Shiv.", "No hurry at all. Whenever you're ready.", "Take all the time you need."})
    void giving_the_client_time_is_not_advice(String reply) {
        Analysis a = analyse(state(1, 0, 0), client("there was a job last week. nine days ago. a little boy. sorry"), reply);

        assertFalse(flags(a).contains(FlagKind.PREMATURE_ADVICE), a.flags().toString());
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

    private Set<FlagKind> flagsAfter(String clientText, String reply, DistressCue... cues) {
        return flags(analyse(state(1, 0, 0), client(clientText, cues), reply));
    }

    @Test
    void reassuring_a_burden_cue_away_is_minimising_and_a_missed_cue_and_the_missed_cue_leads() {
        DistressCue burden = new DistressCue(CueKind.BURDEN, "I feel like a burden.");
        Analysis a = analyse(state(1, 0, 0), client("I feel like a burden. That's the real thing.", burden),
                "Oh don't be silly, you're not a burden! He loves you!");

        assertEquals(Set.of(FlagKind.MINIMISING, FlagKind.MISSED_DISTRESS_CUE), flags(a));
        assertEquals(FlagKind.MISSED_DISTRESS_CUE, a.flags().get(0).kind(), "brushing a cue away is the lead flag");
        assertTrue(a.flags().get(0).why().contains("reassured it away"), a.flags().get(0).why());
        assertFalse(a.acknowledgesCue(), "repeating the cue's word while arguing it away does not acknowledge it");
    }

    @Test
    void approving_a_warning_sign_is_minimising_and_misses_it() {
        DistressCue acute = new DistressCue(CueKind.ACUTE, "I've started writing letters to my children");
        assertEquals(Set.of(FlagKind.MINIMISING, FlagKind.MISSED_DISTRESS_CUE), flagsAfter(
                "I've started writing letters to my children. Just in case.", "That's a lovely thing to do.", acute));
    }

    @Test
    void a_shared_word_of_setting_does_not_take_up_a_cue() {
        DistressCue selfHarm = new DistressCue(CueKind.IDEATION, "i've been wearing long sleeves at work");
        assertTrue(flagsAfter("i've been wearing long sleeves at work even though it's boiling",
                "What kind of work do you do?", selfHarm).contains(FlagKind.MISSED_DISTRESS_CUE));
    }

    @Test
    void cheerful_reassurance_over_passive_suicidal_ideation_is_flagged_both_ways() {
        DistressCue ideation = new DistressCue(CueKind.IDEATION, "sometimes i think about not waking up");
        assertEquals(Set.of(FlagKind.MINIMISING, FlagKind.MISSED_DISTRESS_CUE), flagsAfter(
                "sometimes i think about not waking up", "Aw, I think everyone feels like that sometimes. "
                        + "I'm sure things will look a lot brighter!", ideation));
    }

    @ParameterizedTest
    @ValueSource(strings = {"But you can't save everyone, and I'm sure you did everything you could.",
            "Honestly it's probably nothing, I wouldn't read into it.", "Chin up, you've got this!",
            "You're an amazing dad, honestly. Stay strong!", "Try not to dwell on it.",
            "Loads of students feel like that, it's a rite of passage.", "Aw, but you'll be an auntie!",
            "None of this is on you. Please don't blame yourself.", "Oh, we all have days like that!",
            "He'll come crawling back, they always do.", "Try to think positive!",
            "Parents fight sometimes, it doesn't mean anything.", "We all need one of those weeks now and then.",
            "Lots of really clever people have failed their driving test.", "They'll get used to it eventually."})
    void reassurance_normalising_and_cheerleading_are_minimising_not_advice_or_affirmation(String reply) {
        Analysis a = analyse(state(1, 0, 0), client("i keep going over what happened"), reply);
        assertEquals(Set.of(FlagKind.MINIMISING), flags(a));
    }

    @ParameterizedTest
    @ValueSource(strings = {"It sounds like you've been told it's no big deal, and it is to you.",
            "I don't think that at all. What was he like?", "It sounds like, at the very least, you deserve a rest.",
            "It's normal to feel shaken after something like that. What's been the hardest part?"})
    void mirroring_or_validating_is_not_minimising(String reply) {
        assertFalse(flagsAfter("you probably think i'm pathetic", reply).contains(FlagKind.MINIMISING));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Why on earth did you keep going?", "That's pretty irresponsible, to be honest.",
            "Lending money to family is never a good idea, is it?", "Three months is a lot to let slide.",
            "Well, you can see why she's upset.", "That was always going to be risky.",
            "How did the door get left unlocked?", "That's a really dangerous thing to do.",
            "What on earth possessed you?", "That's going to come back and bite you.",
            "That's really not a healthy way to cope.", "Spending the savings isn't great, to be honest.",
            "Did you not think about the rent?", "You could get into real trouble for that.",
            "That's a bit antisocial though."})
    void a_verdict_hindsight_or_a_blaming_question_is_judging(String reply) {
        assertTrue(flagsAfter("i spent the savings and now we're stuck", reply).contains(FlagKind.JUDGING));
    }

    @ParameterizedTest
    @ValueSource(strings = {"It sounds like you feel you should have seen it coming.", "That's not stupid at all.",
            "How did you get through the rest of the day?"})
    void mirroring_a_judgement_or_denying_one_is_not_judging(String reply) {
        assertFalse(flagsAfter("i feel so stupid for not noticing", reply).contains(FlagKind.JUDGING));
    }

    @Test
    void the_trainees_own_story_that_never_comes_back_to_the_client_is_self_focus_and_not_advice() {
        Set<FlagKind> story = flagsAfter("landlord's selling and we've got to move", "Same thing happened to us last "
                + "year! We ended up moving three times. The last place had mould everywhere and my son got ill.");
        assertEquals(Set.of(FlagKind.SELF_FOCUS), story);
        assertEquals(Set.of(), flagsAfter("my mum's in hospital again",
                "I remember how scary it was when my mum was in hospital. How are you holding up?"));
    }

    @Test
    void the_advice_flag_quotes_the_advice_sentence() {
        Analysis a = analyse(state(1, 0, 0), client("sorry, i shouldn't be going on about her"),
                "Don't be sorry! Honestly I think you should just tell her.");
        Flag flag = a.flags().stream().filter(f -> f.kind() == FlagKind.PREMATURE_ADVICE).findFirst().orElseThrow();
        assertEquals("Honestly I think you should just tell her.", flag.quote());
    }

    @Test
    void unasked_for_advice_after_the_core_concern_is_still_flagged_gently() {
        Analysis a = analyse(state(scenario.coreIndex() + 1, 3, 0), client("i just don't know"),
                "Honestly I think you should just tell her.");
        Flag flag = a.flags().stream().filter(f -> f.kind() == FlagKind.PREMATURE_ADVICE).findFirst().orElseThrow();
        assertTrue(flag.why().startsWith("Advice without asking first"), flag.why());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Sorry, I'm doing it too - everyone's full of advice and nobody's actually there at three "
            + "in the morning. What's it like for you in those moments?",
            "You're right, I jumped straight to a suggestion. What's been going on?",
            "Are you having thoughts of suicide?"})
    void an_apology_about_advice_or_a_direct_suicide_question_is_not_advice(String reply) {
        Analysis a = analyse(state(1, 0, 0), client("everyone keeps telling me what to do"), reply);
        assertFalse(flags(a).contains(FlagKind.PREMATURE_ADVICE), a.flags().toString());
        assertTrue(a.skills().stream().noneMatch(Skill::isAdvice), a.skills().toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"They help partners too, and you can get your bank to block the payments.",
            "How about looking into coaching?", "Might be nice to make a memory box this weekend?",
            "Can you ask your manager for some leave?"})
    void a_suggestion_inside_a_sentence_or_a_question_is_advice(String reply) {
        assertTrue(flagsAfter("it's all falling apart", reply).contains(FlagKind.PREMATURE_ADVICE));
    }

    @Test
    void ideas_the_client_asked_for_are_not_premature() {
        assertFalse(flagsAfter("where do i even start with the insurance? any ideas?",
                "Some people get free help from Citizens Advice; you could also keep one notebook of every call. "
                        + "Would either of those help?").contains(FlagKind.PREMATURE_ADVICE));
    }
}
