package org.practicum.core.simulation;

import java.util.EnumSet;
import java.util.Set;
import org.practicum.core.analysis.Analysis;
import org.practicum.core.emotion.Emotion;
import org.practicum.core.emotion.EmotionCategory;
import org.practicum.core.emotion.EmotionClassifier;
import org.practicum.core.emotion.EmotionReading;
import org.practicum.core.emotion.Trend;
import org.practicum.core.scenario.Scenario;

/**
 * How the person's mood moves and what emotion each message shows. Ruptures lower it and stir it up;
 * feeling heard lifts it a little, more so after a repair; saying something that hurts lowers it even
 * as trust rises. A line's own emotion tints the mood rather than replacing it.
 */
final class MoodModel {

    /** Moves where the person says something heavy: saying it hurts. */
    /** The moves a rupture gets in reply (advice, minimising, judging, an ignored cue). */
    private static final Set<ClientMove> RUPTURE_REACTIONS = EnumSet.of(ClientMove.WITHDRAW, ClientMove.HURT,
            ClientMove.IRRITATED, ClientMove.GO_QUIET);
    private static final Set<ClientMove> HEAVY = EnumSet.of(ClientMove.VOICE_CUE, ClientMove.ANSWER_CUE,
            ClientMove.ANSWER_RISK);
    /** How much of a message's valence and arousal is the mood underneath (the rest is the line's own). */
    private static final double MOOD_WEIGHT = 0.6;
    /** A mood this far from neutral shows through a line tagged neutral. */
    private static final double SHOWS_THROUGH = 0.25;

    Mood afterReply(Mood mood, Analysis analysis, boolean rupture, boolean afterRupture) {
        if (rupture) {
            return mood.shifted(-0.2, 0.12);
        }
        return ClientPolicy.heard(analysis) ? mood.shifted(0.06 + (afterRupture ? 0.06 : 0), -0.04) : mood;
    }

    Mood afterSaying(Mood mood, ClientDirective d) {
        if (HEAVY.contains(d.move()) || d.move() == ClientMove.DISCLOSE && d.layerIndex() > 0) {
            return mood.shifted(-0.08, 0.04);
        }
        return switch (d.move()) {
            case THANK_AND_CLOSE -> mood.shifted(0.1, -0.1);
            case LEAVE -> mood.shifted(-0.05, 0);
            default -> mood;
        };
    }

    /**
     * The emotion a message shows: its line's category (for a line tagged neutral, what its words read as,
     * else the layer's where the mood shows through), never happiness once the person has disclosed risk or while saying something heavy;
     * valence and arousal mostly the mood's, tinted by the line (or by what a model declared for it).
     */
    /** Confidence at which the words of a line tagged neutral show their own feeling. */
    private static final double WORDS_SHOW = 0.5;
    /**
     * What the words of a line tagged neutral may show: the feelings of distress. A classifier trained on
     * social media reads dark humour and flat logistics as glad ("glamorous"), so it never brightens a line.
     */
    private static final Set<EmotionCategory> WORDS_TINT = EnumSet.of(EmotionCategory.SADNESS, EmotionCategory.FEAR);

    private final EmotionClassifier words;

    /** @param words reads the feeling in a line's words (null: the authored tags stand alone) */
    MoodModel(EmotionClassifier words) {
        this.words = words;
    }

    Emotion shown(Mood mood, Utterance line, ClientDirective d, ClientState s, Scenario scenario) {
        double intensity = 0.35 + 0.1 * d.layerIndex();
        intensity += switch (d.move()) {
            case WITHDRAW, IRRITATED, HURT, GO_QUIET -> 0.15;
            case VOICE_CUE, ANSWER_CUE, ANSWER_RISK -> 0.2;
            case THANK_AND_CLOSE, EXHAUSTED -> -0.1;
            default -> 0;
        };
        intensity = Math.max(0.1, Math.min(1, intensity));
        EmotionCategory category = line.emotion();
        double scale = 0.4 + 0.6 * intensity;
        // A line tagged neutral carries no feeling of its own to pull the mood towards 0: its words may have one.
        Double ownValence = line.valence();
        if (category == EmotionCategory.NEUTRAL && ownValence == null) {
            EmotionReading read = words == null ? null : words.classify(line.text());
            if (read != null && WORDS_TINT.contains(read.category()) && read.confidence() >= WORDS_SHOW) {
                category = read.category();
                ownValence = read.valence() * scale;
            } else {
                ownValence = mood.valence();
                if (Math.abs(mood.valence()) >= SHOWS_THROUGH) {
                    category = scenario.layer(Math.min(d.layerIndex(), scenario.layers().size() - 1)).emotion();
                }
            }
        }
        if (category == EmotionCategory.HAPPINESS && (HEAVY.contains(d.move()) || s.riskDisclosed())) {
            category = d.move() == ClientMove.THANK_AND_CLOSE ? EmotionCategory.NEUTRAL : EmotionCategory.SADNESS;
            ownValence = null;
        } else if (category == EmotionCategory.HAPPINESS && mood.valence() <= -SHOWS_THROUGH && line.valence() == null) {
            // A warm line said from a low mood ("Mark's been amazing") is guarded, not glad.
            category = EmotionCategory.NEUTRAL;
            ownValence = null;
        } else if (category == EmotionCategory.HAPPINESS && RUPTURE_REACTIONS.contains(d.move())) {
            // Going along with advice or reassurance ("Haha yeah, I'm probably being silly") hides the feeling:
            // guarded, and no brighter than the mood underneath.
            category = EmotionCategory.NEUTRAL;
            ownValence = Math.min(mood.valence(), EmotionCategory.NEUTRAL.typicalValence() * scale);
        }
        if (ownValence == null) {
            ownValence = category.typicalValence() * scale;
        }
        double ownArousal = line.arousal() != null ? line.arousal() : category.typicalArousal() * scale;
        return new Emotion(category, round(blend(mood.valence(), ownValence)), round(blend(mood.arousal(), ownArousal)),
                round(intensity));
    }

    /** Better or worse than the last message; never "better" straight after a rupture. */
    Trend trend(Emotion previous, Emotion current, boolean rupture) {
        Trend trend = Trend.between(previous, current);
        return rupture && trend == Trend.BETTER ? Trend.SAME : trend;
    }

    private static double blend(double mood, double own) {
        return Math.max(-1, Math.min(1, MOOD_WEIGHT * mood + (1 - MOOD_WEIGHT) * own));
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
