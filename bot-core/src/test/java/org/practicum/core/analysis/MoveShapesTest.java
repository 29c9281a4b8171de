package org.practicum.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.practicum.core.analysis.ConversationFacts;
import org.practicum.core.conversation.TranscriptEntry;
import org.practicum.core.cue.CueKind;
import org.practicum.core.cue.DistressCue;
import org.practicum.core.testing.Fixtures;

/** The shapes of trainee moves the rules read, each in wording that is in no feedback case. */
class MoveShapesTest {

    private final ResponseAnalyzer analyzer = Fixtures.ruleAnalyzer();

    private Set<FlagKind> flagsAfter(String clientText, String reply, DistressCue... cues) {
        ConversationFacts facts = new ConversationFacts(1, 0, false, false, 0, 0,
                List.of(cues).stream().map(DistressCue::kind).toList());
        Analysis a = analyzer.analyze(new AnalysisContext("s-shapes", Fixtures.scenario("advanced-burden"), facts,
                clientText, List.of(cues), List.of(), 2), reply);
        return a.flags().stream().map(Flag::kind).collect(Collectors.toSet());
    }

    private static DistressCue act(CueKind kind, String quote) {
        return new DistressCue(kind, quote, true);
    }

    @Test
    void small_talk_past_a_sign_told_as_an_act_misses_it_and_a_reflection_takes_it_up() {
        DistressCue cans = act(CueKind.SUBSTANCE, "it's a few cans every night now");
        assertEquals(Set.of(FlagKind.MISSED_DISTRESS_CUE),
                flagsAfter("it's a few cans every night now", "Which team do you support?", cans));
        assertEquals(Set.of(), flagsAfter("it's a few cans every night now",
                "It sounds like the cans have become part of how you get through the evenings.", cans));
        assertEquals(Set.of(), flagsAfter("it's a few cans every night now", "How has that been for you?", cans));
    }

    @Test
    void a_reply_faulted_otherwise_over_a_watch_out_sign_is_named_by_that_fault_but_not_over_a_high_risk_cue() {
        DistressCue awake = act(CueKind.ANXIETY, "i lie awake till three");
        assertEquals(Set.of(FlagKind.MINIMISING), flagsAfter("i lie awake till three", "Everyone goes through that!", awake));
        DistressCue burden = new DistressCue(CueKind.BURDEN, "they'd cope better without me");
        assertEquals(Set.of(FlagKind.MINIMISING, FlagKind.MISSED_DISTRESS_CUE),
                flagsAfter("they'd cope better without me", "Everyone goes through that!", burden));
    }

    @Test
    void asking_about_the_burden_thought_is_a_direct_risk_question_and_denying_it_is_not() {
        DistressCue take = new DistressCue(CueKind.BURDEN, "I take and take and I can't give anything back");
        String client = "I take and take and I can't give anything back";
        assertEquals(Set.of(), flagsAfter(client, "When you feel like that, do you ever have thoughts that people "
                + "would be better off without you?", take));
        ConversationFacts facts = new ConversationFacts(1, 0, false, false, 0, 0, List.of(CueKind.BURDEN));
        Analysis denial = analyzer.analyze(new AnalysisContext("s-shapes", Fixtures.scenario("advanced-burden"), facts,
                client, List.of(take), List.of(), 2), "You know they'd never be better off without you, right?");
        assertFalse(denial.asksAboutRisk(), "denying the thought does not ask about it");
    }

    @Test
    void a_run_of_closed_questions_is_counted_in_questions_and_an_open_one_ends_it() {
        // Blind role-play: "Do you sleep ok? Do you eat ok?" after another yes/no question was never flagged.
        String client = "it's been a rough few weeks";
        String pair = "Do you sleep ok? Do you eat ok?";
        Analysis after = runAfter(1, client, pair);
        assertTrue(after.flags().stream().anyMatch(f -> f.kind() == FlagKind.CLOSED_QUESTION_STREAK), pair);
        assertEquals(3, after.closedRunAfter(1));
        assertTrue(runAfter(0, client, pair).flags().isEmpty(), "two questions are not yet a run");
        assertEquals(0, runAfter(2, client, "What's a normal day like for you?").closedRunAfter(2));
    }

    private Analysis runAfter(int closedBefore, String clientText, String reply) {
        ConversationFacts facts = new ConversationFacts(1, 0, false, false, 0, closedBefore, List.of());
        return analyzer.analyze(new AnalysisContext("s-shapes", Fixtures.scenario("advanced-burden"), facts,
                clientText, List.of(), List.of(), 2), reply);
    }

    @Test
    void lying_awake_said_back_is_a_reflection_not_calling_them_a_liar() {
        String client = "i get home at 8, get into bed at 9, and lie there";
        assertEquals(Set.of(), flagsAfter(client, "So you're lying there wide awake while the street wakes up."));
        assertEquals(Set.of(), flagsAfter(client, "What goes through your mind while you're lying there?"));
        assertEquals(Set.of(FlagKind.JUDGING), flagsAfter("i told him i was at work", "So you're lying to him, then."));
    }

    @Test
    void a_tip_backed_by_how_many_people_do_it_is_advice_not_minimising() {
        assertEquals(Set.of(FlagKind.PREMATURE_ADVICE), flagsAfter("Saturdays are the worst, nobody to see",
                "You should try the Saturday walking group, loads of people go."));
        assertEquals(Set.of(FlagKind.MINIMISING), flagsAfter("Saturdays are the worst, nobody to see",
                "Loads of people go through that when they move."));
    }

    @Test
    void announcing_a_change_of_subject_never_takes_a_cue_up_whatever_words_it_shares() {
        DistressCue point = new DistressCue(CueKind.PURPOSELESSNESS, "there's no point in the garden anymore");
        assertTrue(flagsAfter("there's no point in the garden anymore",
                "Oh dear. Anyway, what's in the garden at the moment?", point).contains(FlagKind.MISSED_DISTRESS_CUE));
    }

    @ParameterizedTest
    @ValueSource(strings = {"You seem to be handling it really well!", "Rent is steep for everyone these days.",
            "You've just got to keep going.", "You'll ace it, you always do!", "Honestly it passes sooner than you think.",
            "He'll be proud of you no matter what.", "She had a good innings, and she's in a better place now.",
            "Think of it as a fresh start.", "Thirty's nothing, it's a numbers game.",
            "Lots of people would love a garden like that."})
    void shapes_of_shrinking_predicting_and_bright_sides_are_minimising(String reply) {
        assertTrue(flagsAfter("i've been going over it all week", reply).contains(FlagKind.MINIMISING), reply);
    }

    @Test
    void negating_the_clients_own_words_argues_with_them_but_saying_back_their_own_negation_agrees() {
        assertTrue(flagsAfter("i always ruin things for everyone", "You don't ruin things, you're lovely!")
                .contains(FlagKind.MINIMISING));
        assertFalse(flagsAfter("i'm not giving up on him", "You're not giving up on him, even now.")
                .contains(FlagKind.MINIMISING));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Don't worry, there's no right or wrong way to say it.",
            "Don't worry, you can start wherever you like.", "Don't worry about explaining it perfectly."})
    void reassurance_about_the_conversation_itself_is_not_minimising(String reply) {
        assertFalse(flagsAfter("i don't really know how to say this", reply).contains(FlagKind.MINIMISING), reply);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Shouting at him isn't going to fix anything, is it?",
            "That wasn't very kind to your sister, was it?", "You really shouldn't snap at the kids like that.",
            "Well, your brother has a point.", "You'll have to accept it sooner or later.",
            "You've only got yourself to blame, really.", "That's what happens when you skip the appointments."})
    void verdicts_as_tag_questions_moralising_and_siding_with_the_other_party_are_judging(String reply) {
        assertTrue(flagsAfter("i had another row with my brother about the money", reply).contains(FlagKind.JUDGING),
                reply);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Ha, same here! Where did you go?", "Oh wow, my aunt was a midwife too! Did you like it?",
            "I'm hopeless at cooking myself haha. What do you make?"})
    void a_matching_disclosure_is_self_focus_even_with_a_question_after_it(String reply) {
        assertTrue(flagsAfter("i used to be a midwife, before all this", reply).contains(FlagKind.SELF_FOCUS), reply);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Have you considered a cleaner?", "Can't you just say no to him?",
            "Why not just book a week away?", "Maybe talk to the school about it.",
            "A weighted blanket worked wonders for me."})
    void suggestions_posed_as_questions_softened_or_told_as_testimony_are_advice(String reply) {
        assertTrue(flagsAfter("the house is a tip and i'm on my own with it", reply).contains(FlagKind.PREMATURE_ADVICE),
                reply);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Walk me through what a Sunday looks like.", "Good luck with the interview on Friday!",
            "Tell me a bit about your brother."})
    void an_invitation_to_talk_or_a_wish_for_an_event_is_not_advice(String reply) {
        assertFalse(flagsAfter("the interview's on friday", reply).contains(FlagKind.PREMATURE_ADVICE), reply);
    }

    @ParameterizedTest
    @ValueSource(strings = {"He was probably just tired after work.", "Maybe they were only trying to be funny.",
            "Next month will be so much easier.", "You've got everything to live for!"})
    void explaining_the_other_person_away_and_promising_easier_times_are_minimising(String reply) {
        assertTrue(flagsAfter("my manager ignored me in the meeting again", reply).contains(FlagKind.MINIMISING), reply);
    }

    @Test
    void denying_the_clients_doubt_about_their_own_reaction_validates_it() {
        assertFalse(flagsAfter("maybe i'm being dramatic but i couldn't stop shaking",
                "You're not being dramatic. That sounds really frightening.").contains(FlagKind.MINIMISING));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Surely that was going to upset her?", "You could have just told him no.",
            "It would have been obvious if you'd listened.", "Hmm, I'd never lend my car to a friend."})
    void hindsight_and_the_trainees_own_standard_are_judging_not_self_focus(String reply) {
        Set<FlagKind> flags = flagsAfter("i lent my car to a mate and he crashed it", reply);
        assertTrue(flags.contains(FlagKind.JUDGING), reply);
        assertFalse(flags.contains(FlagKind.SELF_FOCUS), reply);
    }

    @Test
    void not_okay_judges_the_clients_own_act_but_sides_with_them_about_someone_elses() {
        assertTrue(flagsAfter("i slapped my son's hand when he grabbed the knife", "That's not okay, he's only small.")
                .contains(FlagKind.JUDGING));
        assertFalse(flagsAfter("he reads all my messages before i'm allowed to reply", "That's not okay. How long has "
                + "he been doing that?").contains(FlagKind.JUDGING));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Something that helps is a walk at lunchtime.", "A bit of fresh air would do you good."})
    void a_suggestion_told_as_a_fact_is_advice(String reply) {
        assertTrue(flagsAfter("i'm stuck at my desk all day and it's getting to me", reply)
                .contains(FlagKind.PREMATURE_ADVICE), reply);
    }

    @Test
    void tell_me_about_it_is_a_matching_disclosure() {
        assertTrue(flagsAfter("the baby's up every two hours", "Ugh, tell me about it, mine never slept either!")
                .contains(FlagKind.SELF_FOCUS));
    }

    @Test
    void announcing_a_change_of_subject_after_the_client_tells_their_own_life_misses_it_even_with_no_cue_found() {
        // Blind role-play: "Anyway, how's your mum doing?" right after "everyone only asks about Mum" went unflagged.
        String client = "my sister phones for the kids, never for me";
        assertEquals(Set.of(FlagKind.MISSED_DISTRESS_CUE), flagsAfter(client, "Right. Anyway, how are the kids?"));
        assertEquals(Set.of(), flagsAfter(client, "She calls for the kids and not for you. What's that like?"));
        assertEquals(Set.of(), flagsAfter("the weather's been grim here", "Anyway, what brings you here today?"),
                "nothing of the client's own was walked away from");
    }

    @Test
    void reassurance_told_as_what_the_client_must_know_argues_with_the_burden_thought_and_misses_it() {
        DistressCue burden = new DistressCue(CueKind.BURDEN, "i think the lads would do better without me");
        assertEquals(Set.of(FlagKind.MINIMISING, FlagKind.MISSED_DISTRESS_CUE),
                flagsAfter("i think the lads would do better without me", "You know they'd be lost without you, surely?", burden));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Did you even check the contract first?", "So had you actually tried talking to him?",
            "That's skiving though, isn't it?", "Your partner deserves the truth.",
            "If you'd sorted the paperwork in the first place this wouldn't be happening.",
            "You can't talk to your mum like that though."})
    void doubt_posed_as_a_question_hindsight_conditions_and_rules_laid_down_are_judging(String reply) {
        assertRaises(FlagKind.JUDGING, "i lost the deposit on the flat", reply);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Have you talked to your doctor about the headaches?", "Have you checked whether the council can help?",
            "The best thing is to write it all down.", "A swimming class is brilliant too, or a choir."})
    void referral_questions_best_thing_and_tips_in_a_row_are_advice(String reply) {
        assertRaises(FlagKind.PREMATURE_ADVICE, "the headaches are every day now and i can't think", reply);
    }

    @Test
    void a_crisis_line_at_the_close_is_good_practice_once_risk_was_asked_about_and_advice_before() {
        String client = "i'm okay for tonight, my brother's staying";
        String reply = "I'm glad he's with you. You can call Samaritans on 116 123 if it gets worse in the night.";
        List<TranscriptEntry> asked = List.of(new TranscriptEntry(TranscriptEntry.Speaker.CLIENT, 0,
                "some days i wish i could just stop existing"), new TranscriptEntry(TranscriptEntry.Speaker.TRAINEE, 1,
                "Are you having thoughts of suicide?"), new TranscriptEntry(TranscriptEntry.Speaker.CLIENT, 1, client));
        ConversationFacts facts = new ConversationFacts(1, 0, false, false, 0, 0, List.of());
        Analysis afterRiskTalk = analyzer.analyze(new AnalysisContext("s-shapes", Fixtures.scenario("advanced-burden"),
                facts, client, List.of(), asked, 2), reply);
        assertFalse(afterRiskTalk.has(FlagKind.PREMATURE_ADVICE), afterRiskTalk.flags().toString());
        assertTrue(flagsAfter("my landlord wants me out by friday", "You can call Shelter's helpline about it.")
                .contains(FlagKind.PREMATURE_ADVICE), "a helpline for a housing problem is still advice");
    }

    @ParameterizedTest
    @ValueSource(strings = {"So it follows you home, even though you try not to let it.",
            "It's a really common thing to find hard, moving somewhere new."})
    void a_mirror_of_the_clients_effort_and_validating_how_common_a_struggle_is_are_not_minimising(String reply) {
        assertFalse(flagsAfter("i try not to bring it home but it's always there", reply).contains(FlagKind.MINIMISING), reply);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Lads can be like that at that age.", "She lived a full life, and that's something to be thankful for."})
    void normalising_the_other_person_and_a_grateful_bright_side_are_minimising(String reply) {
        assertRaises(FlagKind.MINIMISING, "my grandad's gone and my son won't even talk about it", reply);
    }

    @Test
    void advice_aimed_at_moving_on_is_advice_not_minimising() {
        assertEquals(Set.of(FlagKind.PREMATURE_ADVICE), flagsAfter("she's already with someone else",
                "You should delete her number, it's the quickest way to move on."));
    }

    @ParameterizedTest
    @ValueSource(strings = {"You'll find your feet in no time.", "That's the spirit!", "Two weeks is not too bad though!",
            "Don't feel guilty!", "You're a legend for doing all that.", "Every family's like that, isn't it?"})
    void promising_a_new_start_approving_a_brave_face_and_cheering_are_minimising(String reply) {
        assertRaises(FlagKind.MINIMISING, "it's fine, i'll manage. it's been two weeks", reply);
    }

    @ParameterizedTest
    @ValueSource(strings = {"When I left the army I felt exactly that lost. Are you sleeping?",
            "Have you tried a walking group? That's how I got through my first winter.",
            "I panicked when I got my results too, I'll be honest. You'll get there."})
    void a_story_of_the_trainees_that_ends_on_them_or_never_turns_back_is_self_focus(String reply) {
        assertRaises(FlagKind.SELF_FOCUS, "i don't know who i am without the job", reply);
    }

    @Test
    void a_one_line_disclosure_handed_back_with_an_open_question_is_not_self_focus() {
        assertFalse(flagsAfter("i don't know who i am without the job", "I changed careers once too and it shook me. "
                + "What's it been like for you?").contains(FlagKind.SELF_FOCUS));
    }

    @Test
    void anyway_before_a_goodbye_is_not_a_change_of_subject() {
        assertFalse(flagsAfter("i'm not one for talking about my feelings", "Anyway, take care of yourself this week.")
                .contains(FlagKind.MISSED_DISTRESS_CUE));
    }

    @Test
    void praise_and_a_yes_no_suggestion_do_not_break_a_run_of_yes_no_questions() {
        String client = "it's just me and the kids most days";
        ConversationFacts facts = new ConversationFacts(1, 0, false, false, 0, 1, List.of());
        Analysis praised = analyzer.analyze(new AnalysisContext("s-shapes", Fixtures.scenario("advanced-burden"), facts,
                client, List.of(), List.of(), 2), "You're doing brilliantly. Do they go to school? Are they little?");
        assertTrue(praised.has(FlagKind.CLOSED_QUESTION_STREAK), praised.flags().toString());
        assertEquals(2, runAfter(1, client, "Have you tried a childminder?").closedRunAfter(1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"It'll fall into place, you'll see.", "Teenagers are so resilient, he'll bounce back.",
            "Money isn't everything.", "Early nights are lovely though!"})
    void a_promise_resilience_what_is_not_everything_and_a_bright_side_tacked_on_are_minimising(String reply) {
        assertRaises(FlagKind.MINIMISING, "my son got dropped from the team and i can't afford the new one", reply);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Were you maybe a bit touchy though?", "Leaving early isn't really fair on the others though."})
    void doubt_about_the_clients_reaction_and_fairness_to_others_are_judging(String reply) {
        assertRaises(FlagKind.JUDGING, "i walked out of the meeting when she laughed at me", reply);
    }

    @Test
    void arguing_what_the_client_gives_against_all_i_do_is_take_is_minimising() {
        DistressCue burden = new DistressCue(CueKind.BURDEN, "all i ever do is take from my sister");
        assertEquals(Set.of(FlagKind.MINIMISING, FlagKind.MISSED_DISTRESS_CUE),
                flagsAfter("i think all i ever do is take from my sister", "Honestly, you do so much for her!", burden));
    }

    private void assertRaises(FlagKind kind, String clientText, String reply) {
        Set<FlagKind> flags = flagsAfter(clientText, reply);
        assertTrue(flags.contains(kind), () -> reply + " raised " + flags);
    }

    @Test
    void good_replies_the_blind_supervisors_saw_flagged_raise_nothing() {
        // blind role-play dc03517: every flag shown to the skilled trainees was a false alarm
        assertEquals(Set.of(), flagsAfter("I think I just need like one person up here. Someone I could text to get a "
                + "coffee. Sorry, that sounds a bit sad", "It doesn't sound sad to me. Just one person you could text for a coffee."));
        assertEquals(Set.of(), flagsAfter("it's not nothing to me though",
                "Hmm, I don't think it's nothing, and I didn't mean to make it sound small."));
        assertEquals(Set.of(), flagsAfter("i haven't told them. they've got enough on",
                "So you're holding this on your own partly so you don't worry them."));
        assertEquals(Set.of(), flagsAfter("it's just been a lot, with mum and everything",
                "It's good you're talking about it. Are you eating properly at least?"));
        assertEquals(Set.of(), flagsAfter("thanks. really. it's helped",
                "It was lovely chatting, Helen. Take care of yourself and don't be a stranger!"));
    }

    @Test
    void the_same_words_as_the_real_thing_are_still_flagged() {
        assertEquals(Set.of(FlagKind.MINIMISING), flagsAfter("i lost my job last month",
                "At least you've got some savings to fall back on."));
        assertEquals(Set.of(FlagKind.MINIMISING), flagsAfter("i keep thinking i'll fail", "Don't worry about it, honestly."));
        assertTrue(flagsAfter("i can't sleep at all", "You could try a warm bath before bed.")
                .contains(FlagKind.PREMATURE_ADVICE));
        assertTrue(flagsAfter("i've got nobody to text for a coffee", "You could text someone from work for a coffee.")
                .contains(FlagKind.PREMATURE_ADVICE));
    }

    @Test
    void asking_about_the_thought_that_others_would_be_better_off_is_a_risk_question_not_minimising() {
        // terminal play (training/probes/sessions/burden-skilled.txt): the textbook question was flagged as minimising
        Set<FlagKind> flags = flagsAfter("I sleep in the afternoons because I have to, and then I lie awake half the night",
                "Sometimes when people feel like a burden, they have thoughts that others would be better off without them. "
                        + "Is that something you've had?");
        assertEquals(Set.of(), flags);
        assertEquals(Set.of(FlagKind.MINIMISING), flagsAfter("he left me for someone else",
                "Honestly, you're better off without him."));
    }

    @Test
    void a_plain_why_or_what_question_is_not_blame() {
        // blind role-play dc03517: both were flagged as judging and the client answered as if judged
        assertEquals(Set.of(), flagsAfter("there was a thing i was meant to apply for. doesn't matter now",
                "What was it you were meant to apply for?"));
        assertEquals(Set.of(), flagsAfter("I'm at home a lot. I suppose I have too much time to think",
                "Why did you stop working, if you don't mind me asking?"));
        assertEquals(Set.of(FlagKind.JUDGING), flagsAfter("i never told him how bad it was",
                "Why didn't you just tell him?"));
        assertEquals(Set.of(FlagKind.JUDGING), flagsAfter("i snapped at her in front of everyone", "That was a bit mean."));
    }

    @Test
    void denying_the_clients_doubt_about_their_own_reaction_takes_them_seriously() {
        // blind role-play dc03517: "No you're not!" to "Maybe I'm making too much of it" was flagged as minimising
        assertEquals(Set.of(), flagsAfter("Mm. Maybe I'm making too much of it", "No you're not!"));
        assertEquals(Set.of(FlagKind.MINIMISING), flagsAfter("I feel like a burden to all of them",
                "Oh don't be silly, you're not a burden!"));
    }
}
