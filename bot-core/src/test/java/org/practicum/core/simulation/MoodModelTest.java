package org.practicum.core.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.practicum.core.analysis.Analysis;
import org.practicum.core.analysis.Flag;
import org.practicum.core.analysis.FlagKind;
import org.practicum.core.analysis.LabelledSentence;
import org.practicum.core.analysis.Skill;
import org.practicum.core.emotion.Emotion;
import org.practicum.core.emotion.EmotionCategory;
import org.practicum.core.emotion.EmotionReading;
import org.practicum.core.emotion.Trend;
import org.practicum.core.scenario.Scenario;
import org.practicum.core.testing.Fixtures;

/** The emotion shown follows the person's mood and a line's own words, not a "neutral" tag (issue 13, item 7). */
class MoodModelTest {

    static final Scenario BURDEN = Fixtures.scenario("advanced-burden");
    static final Mood LOW = new Mood(-0.5, -0.2);
    static final ClientDirective DEFLECT = ClientDirective.of(ClientMove.DEFLECT, 1, List.of());

    /** After a glad line ("Mark's been amazing"), with the person low underneath. */
    static ClientState afterGladLine() {
        return new ClientState(0.5, 2, 1, Phase.EXPLORATION, Emotion.of(EmotionCategory.HAPPINESS, 0.4), 0, 0,
                Set.of(), Set.of(), null, 0, 0, false, false).toBuilder().mood(LOW).build();
    }

    @Test
    void a_line_tagged_neutral_does_not_pull_a_low_mood_up_nor_take_the_last_lines_happiness() {
        Emotion shown = new MoodModel(null).shown(LOW, Utterance.of("Oh, they're fine. It's me, not them",
                EmotionCategory.NEUTRAL), DEFLECT, afterGladLine(), BURDEN);

        assertTrue(shown.valence() <= LOW.valence() + 0.01, "valence " + shown.valence());
        assertNotEquals(EmotionCategory.HAPPINESS, shown.category());
        assertEquals(BURDEN.layer(1).emotion(), shown.category());
    }

    @Test
    void a_warm_line_said_from_a_low_mood_shows_guarded_not_glad() {
        Emotion shown = new MoodModel(null).shown(LOW, Utterance.of("My husband Mark's been amazing",
                EmotionCategory.HAPPINESS), DEFLECT, afterGladLine(), BURDEN);

        assertEquals(EmotionCategory.NEUTRAL, shown.category());
        assertTrue(shown.valence() < 0, "valence " + shown.valence());
    }

    @Test
    void going_along_with_advice_cheerfully_shows_guarded_and_no_brighter_than_the_mood() {
        Mood flat = new Mood(-0.1, 0);
        ClientDirective withdraw = ClientDirective.of(ClientMove.WITHDRAW, 0, List.of());
        Emotion shown = new MoodModel(null).shown(flat, Utterance.of("Haha yeah, I'm probably being silly",
                EmotionCategory.HAPPINESS), withdraw, afterGladLine(), BURDEN);

        assertEquals(EmotionCategory.NEUTRAL, shown.category());
        assertTrue(shown.valence() <= flat.valence() + 0.01, "valence " + shown.valence());
    }

    @Test
    void a_cheerful_goodbye_while_still_brushed_off_shows_guarded() {
        Mood lifted = new Mood(-0.1, 0);
        ClientState brushedOff = state(0, 1, lifted, 3);
        Emotion shown = new MoodModel(null).shown(lifted, Utterance.of("Ok, thanks! I'm sure it'll sort itself out",
                EmotionCategory.HAPPINESS), ClientDirective.of(ClientMove.THANK_AND_CLOSE, 0, List.of()), brushedOff, BURDEN);

        assertEquals(EmotionCategory.NEUTRAL, shown.category());
        assertTrue(shown.valence() <= lifted.valence() + 0.01, "valence " + shown.valence());
    }

    @Test
    void the_words_of_a_neutral_line_show_sadness_or_fear_but_never_brighten_it() {
        MoodModel sadWords = new MoodModel(text -> new EmotionReading(EmotionCategory.SADNESS, 0.8, -0.7, -0.4));
        MoodModel gladWords = new MoodModel(text -> new EmotionReading(EmotionCategory.HAPPINESS, 0.9, 0.7, 0.3));
        Utterance line = Utterance.of("Mark didn't sign up for this", EmotionCategory.NEUTRAL);

        Emotion sad = sadWords.shown(LOW, line, DEFLECT, afterGladLine(), BURDEN);
        Emotion glad = gladWords.shown(LOW, line, DEFLECT, afterGladLine(), BURDEN);

        assertEquals(EmotionCategory.SADNESS, sad.category());
        assertNotEquals(EmotionCategory.HAPPINESS, glad.category());
        assertTrue(glad.valence() <= LOW.valence() + 0.01, "valence " + glad.valence());
    }

    static final Analysis REFLECTION = new Analysis(List.of(new LabelledSentence("It sounds like you feel alone.",
            Skill.COMPLEX_REFLECTION, 0.9)), List.of(), false, false, "");
    static final Analysis ADVICE = new Analysis(List.of(new LabelledSentence("You should go for a walk.",
            Skill.ADVICE_WITHOUT_PERMISSION, 0.9)), List.of(new Flag(FlagKind.PREMATURE_ADVICE, "You should go for a walk.", "w", "b")),
            false, false, "");
    static final Analysis RISK_QUESTION = new Analysis(List.of(new LabelledSentence(
            "Are you having thoughts of ending your life?", Skill.CLOSED_QUESTION, 0.9)), List.of(), false, true, "");

    static ClientState state(double trust, int disclosed, Mood mood, int ruptureStreak) {
        return new ClientState(trust, disclosed, disclosed - 1, Phase.EXPLORATION, Emotion.of(EmotionCategory.SADNESS, 0.5),
                0, 0, Set.of(), Set.of(), null, 0, 0, false, false).toBuilder().mood(mood).ruptureStreak(ruptureStreak)
                .build();
    }

    static ClientState showing(Emotion emotion, boolean riskDisclosed) {
        return state(0.5, 2, LOW, 0).toBuilder().emotion(emotion).riskDisclosed(riskDisclosed).build();
    }

    @Test
    void twenty_good_replies_ease_the_mood_but_a_person_in_distress_does_not_turn_glad() {
        MoodModel model = new MoodModel(null);
        ClientState s = state(0.3, 2, LOW, 0);
        for (int i = 0; i < 20; i++) {
            double trust = Math.min(1, s.trust() + 0.05);
            s = s.toBuilder().trust(trust).mood(model.afterReply(s, trust, REFLECTION, false, BURDEN)).build();
        }
        assertTrue(s.mood().valence() > LOW.valence(), "eased: " + s.mood());
        assertTrue(s.mood().valence() < 0, "a grieving, burdened person stays below neutral: " + s.mood());
    }

    @Test
    void a_run_of_ruptures_leaves_the_person_low_and_flat_never_at_the_floor() {
        MoodModel model = new MoodModel(null);
        ClientState s = state(0.3, 1, LOW, 0);
        for (int i = 0; i < 15; i++) {
            s = s.toBuilder().trust(0).mood(model.afterReply(s, 0, ADVICE, true, BURDEN)).ruptureStreak(i + 1).build();
        }
        assertTrue(s.mood().valence() > -0.9, "not pinned: " + s.mood());
        assertTrue(s.mood().valence() < LOW.valence(), "lower than before: " + s.mood());
        assertTrue(s.mood().arousal() < 0, "withdrawn is flat, not stirred up: " + s.mood());
    }

    @Test
    void a_heavy_line_is_never_shown_positive_whatever_the_mood_or_its_words() {
        MoodModel gladWords = new MoodModel(text -> new EmotionReading(EmotionCategory.HAPPINESS, 0.95, 0.7, 0.3));
        Mood bright = new Mood(0.8, 0);
        Emotion sadLine = gladWords.shown(bright, Utterance.of("It's been glamorous, living on toast",
                EmotionCategory.SADNESS), DEFLECT, afterGladLine(), BURDEN);
        Emotion cue = gladWords.shown(bright, Utterance.of("Mark would get his weekends back",
                EmotionCategory.NEUTRAL), ClientDirective.of(ClientMove.VOICE_CUE, 1, List.of()), afterGladLine(), BURDEN);

        assertTrue(sadLine.valence() <= MoodModel.HEAVY_CEILING, "sad line " + sadLine.valence());
        assertTrue(cue.valence() <= MoodModel.HEAVY_CEILING, "cue " + cue.valence());
    }

    @Test
    void a_lines_words_tint_its_tagged_feeling() {
        Utterance line = Utterance.of("I'm just a weight round their necks", EmotionCategory.SADNESS);
        Emotion despairing = new MoodModel(text -> new EmotionReading(EmotionCategory.SADNESS, 0.9, -0.9, -0.4))
                .shown(LOW, line, DEFLECT, afterGladLine(), BURDEN);
        Emotion plain = new MoodModel(text -> new EmotionReading(EmotionCategory.NEUTRAL, 0.9, 0, -0.2))
                .shown(LOW, line, DEFLECT, afterGladLine(), BURDEN);

        assertTrue(despairing.valence() < plain.valence(), despairing.valence() + " vs " + plain.valence());
    }

    @Test
    void the_layers_feeling_stays_through_its_plain_lines_while_the_state_holds() {
        Mood mild = new Mood(-0.15, -0.2);
        EmotionCategory layer = BURDEN.layer(1).emotion();
        Utterance plain = Utterance.of("We have tea at six", EmotionCategory.NEUTRAL);
        Emotion after = new MoodModel(null).shown(mild, plain, DEFLECT, showing(Emotion.of(layer, 0.5), false), BURDEN);

        assertEquals(layer, after.category());
    }

    @Test
    void never_better_after_advice_and_sadder_for_a_disclosure_to_a_reflection_is_the_weight_of_telling() {
        MoodModel model = new MoodModel(null);
        ClientState before = showing(new Emotion(EmotionCategory.SADNESS, -0.5, -0.2, 0.5), false);
        ClientState lighter = showing(new Emotion(EmotionCategory.NEUTRAL, -0.2, -0.2, 0.5), false);
        ClientState heavier = showing(new Emotion(EmotionCategory.SADNESS, -0.7, -0.2, 0.5), false);

        assertEquals(Trend.SAME, model.trend(before, lighter, ADVICE, ClientMove.WITHDRAW));
        assertEquals(Trend.BETTER, model.trend(before, lighter, REFLECTION, ClientMove.ELABORATE));
        assertEquals(Trend.OPENED_UP, model.trend(lighter, heavier, REFLECTION, ClientMove.DISCLOSE));
        assertEquals(Trend.WORSE, model.trend(lighter, heavier, ADVICE, ClientMove.WITHDRAW));
    }

    @Test
    void a_heavy_line_is_never_better_and_asking_about_risk_is_never_worse() {
        MoodModel model = new MoodModel(null);
        ClientState low = showing(new Emotion(EmotionCategory.SADNESS, -0.6, -0.2, 0.5), false);
        ClientState sadButHigher = showing(new Emotion(EmotionCategory.SADNESS, -0.3, -0.2, 0.5), false);
        ClientState told = showing(new Emotion(EmotionCategory.SADNESS, -0.8, -0.2, 0.5), true);

        assertEquals(Trend.SAME, model.trend(low, sadButHigher, REFLECTION, ClientMove.ELABORATE));
        assertEquals(Trend.SAME, model.trend(sadButHigher, low, RISK_QUESTION, ClientMove.ANSWER_RISK));
        assertEquals(Trend.OPENED_UP, model.trend(sadButHigher, told, RISK_QUESTION, ClientMove.ANSWER_RISK));
    }
}
