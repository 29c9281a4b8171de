package org.practicum.core.suggestion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The client's words a suggestion may quote or say back: whole clauses only (issue 15, trainer review). */
class ClientWordsTest {

    @Test
    void a_fragment_that_stops_mid_phrase_is_neither_quoted_nor_said_back() {
        assertEquals(Optional.empty(), ClientWords.quote("Every twinge in my arm I think"));
        assertEquals(Optional.empty(), ClientWords.quote("Honestly I've taken up"));
        assertEquals(Optional.empty(), ClientWords.reflection("I'm not like"));
        assertEquals(Optional.empty(), ClientWords.quote("Maybe I'm making too much of it"));
    }

    @Test
    void a_whole_clause_is_quoted_word_for_word_and_a_time_said_first_is_left_off() {
        assertEquals(Optional.of("it's more a grey feeling"), ClientWords.quote("it's more a grey feeling"));
        assertEquals(Optional.of("you put your fist through the kitchen cupboard door"),
                ClientWords.reflection("Two weeks back I put my fist through the kitchen cupboard door."));
    }

    @Test
    void a_gerund_phrase_is_a_subject_so_the_hard_clause_is_the_one_said_back() {
        // terminal play: "the shift's the easy bit now" was said back and the hard part passed over
        assertEquals(Optional.of("going home after is the hard part"),
                ClientWords.hardQuote("the shift's the easy bit now. going home after is the hard part. the quiet"));
        assertEquals(Optional.of("going home after is the hard part"),
                ClientWords.hardPart("the shift's the easy bit now. going home after is the hard part. the quiet"));
        assertEquals(Optional.empty(), ClientWords.quote("more being tired"), "still a fragment");
    }

    @Test
    void a_limit_the_client_sets_and_their_own_minimising_are_not_the_words_to_go_back_to() {
        // terminal play: "You said \"I'd rather not go into that bit\". Can you tell me more about that?";
        // repair after repair went back to "you know other people have it worse"
        assertEquals(Optional.empty(), ClientWords.quote("I'd rather not go into that bit, if you don't mind"));
        assertEquals(Optional.empty(), ClientWords.hardPart("I know other people have it worse, there's a woman at "
                + "the day centre looking after two of them"));
    }

    @Test
    void being_sent_by_someone_else_is_told_from_reaching_out() {
        assertTrue(ClientWords.sentBySomeoneElse("The wife said I had to do this so here I am."));
        assertTrue(!ClientWords.sentBySomeoneElse("my pal Stevie sent me the link and said it might help"));
    }

    @Test
    void a_clause_that_points_back_comes_with_what_it_points_to_and_a_set_aside_is_not_the_hard_part() {
        assertEquals(Optional.of("you didn't pick up, and you'll regret that forever"), ClientWords.hardPart(
                "she rang me the night before. the friday. and i didn't pick up. i'll regret that forever"));
        assertEquals(Optional.of("It's what the illness is doing to them"), ClientWords.hardQuote(
                "Can I be honest? It's not really the illness. It's what the illness is doing to them. Sorry"));
        assertEquals(Optional.of("Sunday nights get really heavy"), ClientWords.hardPart("No. Honestly, I've never"
                + " thought about ending my life. Sunday nights get really heavy and I think what if it's always like"
                + " this. But it's not that, I'd never"));
    }

    @Test
    void a_clause_without_its_subject_is_a_fragment() {
        assertTrue(ClientWords.quote("That's not quite it. It's less anger, more being tired and second-guessing"
                + " everything.").filter(q -> q.startsWith("more")).isEmpty());
        assertTrue(ClientWords.quote("nine days. feels like a year ago and also like it was this morning")
                .filter(q -> q.startsWith("feels")).isEmpty());
    }

    @Test
    void a_question_they_ask_is_not_said_back_and_a_first_adverb_is_not_a_name() {
        assertTrue(ClientWords.reflection("Can I say something awful").isEmpty());
        assertEquals(Optional.of("now you're the fella who had the heart attack"),
                ClientWords.reflection("Now I'm the fella who had the heart attack."));
    }

    @Test
    void playing_it_down_is_told_from_a_hard_line_with_a_shrug_in_it() {
        assertEquals(Optional.of("work stuff. it's nights. it's fine"), ClientWords.guarded("work stuff. it's nights. it's fine"));
        assertEquals(Optional.empty(), ClientWords.guarded("kind of? it's more like i'm fine and then suddenly i'm"
                + " crying in tesco. there's no middle"));
    }

    @Test
    void a_part_without_its_own_subject_stays_with_the_clause_before_it() {
        // terminal play: "you get home at 8" was said back, the lying awake cut off; "you keep forgetting" lost "and then remembering"
        assertEquals(Optional.of("you get home at 8, get into bed at 9, and lie there"),
                ClientWords.reflection("i get home at 8, get into bed at 9, and lie there. bin lorry, school run, all of it"));
        assertEquals(Optional.of("it's more that you keep forgetting and then remembering"), ClientWords.reflection(
                "not really. it's not sad exactly. it's more that i keep forgetting and then remembering."));
        assertEquals(Optional.of("you used to do bits and bobs"),
                ClientWords.reflection("Oh, I used to do bits and bobs"));
        assertEquals(Optional.of("you said it between the rice and the stew"),
                ClientWords.reflection("i'd practised it for weeks. i said it between the rice and the stew. classy"));
        assertEquals(Optional.of("sometimes your heart's going so fast you're scared something's actually wrong with you"),
                ClientWords.hardPart("mm. yeah. sometimes my heart's going so fast i'm scared something's actually wrong with me"));
        assertEquals(Optional.of("i just sit there and nothing goes in"),
                ClientWords.quote("first one's the 13th. structural analysis. i just sit there and nothing goes in"));
        assertEquals(Optional.of("you're so wound up you can't even read"),
                ClientWords.hardPart("i'm so wound up i can't even read."));
    }

    @Test
    void a_maybe_about_themselves_is_said_back_as_what_part_of_them_wonders() {
        // lead's play: "everyone's just been too polite to say" was said back as a fact, the doubt left off
        assertEquals(Optional.of("part of you wonders if you are useless"),
                ClientWords.hardPart("Maybe I am useless and everyone's just been too polite to say so until now."));
        assertEquals(Optional.of("what comes every day is dread about Monday"), ClientWords.hardPart(
                "There aren't thoughts like that to count. What comes every day is dread about Monday."));
    }

    @Test
    void a_day_said_first_does_not_make_the_clause_a_fragment() {
        assertEquals(Optional.of("every Monday stand-up he reads out your mistakes from the week before"),
                ClientWords.hardPart("Every Monday stand-up he reads out my mistakes from the week before. In front of "
                        + "everyone. Nobody else gets that."));
        assertEquals(Optional.of("Sunday evenings you start feeling sick"),
                ClientWords.hardPart("Sunday evenings I start feeling sick."));
        assertEquals(Optional.empty(), ClientWords.quote("Every time I think about it"));
    }

    @Test
    void an_ellipsis_or_a_trailing_shrug_is_not_what_is_said_back() {
        // dev sample: "It sounds like you just didn't", "When you say \"i'm not going anywhere, honestly\""
        assertEquals(Optional.of("you were meant to apply for your hygienist course in march"),
                ClientWords.reflection("yeah. i was meant to apply for my hygienist course in march. i just didn't"));
        assertEquals(Optional.empty(), ClientWords.reflection("Sorry, I've taken up so much time"), "golden turn 3");
        assertEquals(Optional.of("what comes every night is the what-did-I-do-wrong loop"), ClientWords.reflection(
                "It's not those sort of thoughts. What comes every night is the what-did-I-do-wrong loop"), "not the set-aside");
        assertEquals(Optional.of("i'm not going anywhere"), ClientWords.quote("my mum. my friends. i'm not going anywhere, honestly"));
        assertEquals(Optional.of("you've barely slept this week"), ClientWords.reflection("i've barely slept this week tbh"),
                "lead's terminal play: 'It sounds like you've barely slept this week tbh'");
        assertEquals(Optional.of("you don't know what handling it badly would even look like"), ClientWords.reflection(
                "i don't know what handling it badly would even look like"));
    }

    @Test
    void terminal_play_a_left_off_subject_a_gerund_and_a_limit() {
        assertEquals(Optional.of("you've been made redundant after fourteen years"),
                ClientWords.hardPart("Evening. Just been made redundant after fourteen years. Trying to keep my head straight about it."));
        assertEquals(Optional.empty(), ClientWords.reflection("Trying to keep my head straight about it."));
        assertEquals(Optional.of("it's not just you, you're thinking about"),
                ClientWords.reflection("So it's not just me I'm thinking about."));
        assertTrue(ClientWords.setsLimit("I'd rather leave that for now, if that's alright."));
        assertEquals(Optional.empty(), ClientWords.quote("I'd rather leave that for now, if that's alright."));
        assertEquals(Optional.of("some mornings you've wished you didn't have to face any of it"), ClientWords.hardPart(
                "No. I'll be straight with you. Some mornings I've wished I didn't have to face any of it. But not that."));
    }

    @Test
    void said_back_in_the_second_person_it_reads_as_english() {
        // blind rating r4: "It sounds like it's like you're doing a really good impression of you", "it's not being you any more"
        assertEquals(Optional.of("it feels like you're doing a really good impression of yourself"),
                ClientWords.reflection("it's like i'm doing a really good impression of me"));
        assertEquals(Optional.of("it's not being yourself any more"),
                ClientWords.reflection("It's not being me any more"));
        assertEquals(Optional.of("the worst bit's the mornings"), ClientWords.reflection("worst bit's the mornings"));
        // someone else in the clause: the "you" is not the client's own object
        assertEquals(Optional.of("you feel like everyone's looking at you"),
                ClientWords.reflection("i feel like everyone's looking at me"));
        assertEquals(Optional.of("you feel like you can't cope"), ClientWords.reflection("i feel like i can't cope"));
    }

    @Test
    void agreeing_protesting_listing_or_reporting_their_own_words_is_not_what_they_feel() {
        // blind rating r4: "It sounds like that's a good idea, you're sure", "you're not stupid", "your son Liam and the baby",
        // "you said just revising"
        assertEquals(Optional.empty(), ClientWords.reflection("Mm. Yes, that's a good idea, I'm sure. Thank you"));
        assertEquals(Optional.empty(), ClientWords.reflection("yeah i've tried that. obviously. i'm not stupid"));
        assertEquals(Optional.empty(), ClientWords.reflection("My son Liam and the baby."));
        assertFalse(ClientWords.reflection("kacper's heard me up at night. he asked if i'm ok and i said just revising")
                .orElseThrow().contains("just revising"));
    }

    @Test
    void the_clients_own_reassurance_is_not_said_back_as_if_true() {
        // terminal play: "It sounds like it'll sort itself out. Can you tell me more about that?"
        assertEquals(Optional.empty(), ClientWords.reflection("Anyway. It'll sort itself out."));
        assertEquals(Optional.empty(), ClientWords.reflection("it'll pass. it is what it is"));
    }
}
