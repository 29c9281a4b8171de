package org.practicum.core.simulation;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.Set;
import org.practicum.core.analysis.Analysis;
import org.practicum.core.emotion.Emotion;
import org.practicum.core.emotion.EmotionCategory;
import org.practicum.core.emotion.EmotionClassifier;
import org.practicum.core.emotion.EmotionReading;
import org.practicum.core.emotion.Trend;
import org.practicum.core.scenario.Line;
import org.practicum.core.scenario.Scenario;

/**
 * How the person's mood moves and what emotion each message shows. The mood settles towards where the
 * person's state puts it: the feeling of the layer they are talking from, eased by trust, weighed down by
 * each deeper layer told. Ruptures jolt it below that (a first one stirs the person up, a run of them
 * leaves them flat and withdrawn) and lower trust, so the mood settles lower too; it never runs away to the
 * ends of the scale. Saying something heavy lowers it even as trust rises. A line's own feeling and words
 * tint the mood rather than replace it.
 */
final class MoodModel {

    /** The moves a rupture gets in reply (advice, minimising, judging, an ignored cue). */
    private static final Set<ClientMove> RUPTURE_REACTIONS = EnumSet.of(ClientMove.WITHDRAW, ClientMove.HURT,
            ClientMove.IRRITATED, ClientMove.GO_QUIET);
    /** Moves where the person says something heavy: saying it hurts. */
    private static final Set<ClientMove> HEAVY = EnumSet.of(ClientMove.VOICE_CUE, ClientMove.ANSWER_CUE,
            ClientMove.ANSWER_RISK);
    /** Moves that tell the story: sadder for one of them, after a reply that listened, is the weight of telling. */
    private static final Set<ClientMove> TELLINGS = EnumSet.of(ClientMove.DISCLOSE, ClientMove.ELABORATE,
            ClientMove.VOICE_CUE, ClientMove.ANSWER_CUE, ClientMove.ANSWER_RISK);
    /** How much of a message's valence and arousal is the mood underneath (the rest is the line's own). */
    private static final double MOOD_WEIGHT = 0.6;
    /** A mood this far from neutral shows through a line tagged neutral. */
    private static final double SHOWS_THROUGH = 0.25;
    /** Share of the way the mood moves towards where the person's state puts it, each reply. */
    static final double SETTLE = 0.5;
    /** Where someone who reached out in distress sits before any trust, whatever the layer's feeling. */
    static final double DISTRESS = -0.3;
    /** How far full trust eases the mood: being heard is a relief, not happiness. */
    static final double RELIEF = 0.3;
    /** How much lower the mood sits for each layer told beyond the first. */
    static final double DEPTH = 0.06;
    /** A rupture's jolt to valence, below where the mood would settle. */
    static final double RUPTURE_JOLT = -0.12;
    /** Arousal a run of ruptures settles to: a withdrawn person is flat and guarded. */
    static final double WITHDRAWN_AROUSAL = -0.3;
    /** Share of a tagged line's own valence that its words (the classifier) give. */
    static final double WORDS_TINT = 0.3;
    /** The most a heavy line (sad, afraid, angry, a cue, a risk answer) shows, whatever the mood or words. */
    static final double HEAVY_CEILING = -0.1;
    /** Confidence at which the words of a line tagged neutral show their own feeling. */
    private static final double WORDS_SHOW = 0.5;
    /**
     * What the words of a line tagged neutral may show: the feelings of distress. A classifier trained on
     * social media reads dark humour and flat logistics as glad ("glamorous"), so it never brightens a line.
     */
    private static final Set<EmotionCategory> WORDS_SHOWN = EnumSet.of(EmotionCategory.SADNESS, EmotionCategory.FEAR);

    private final EmotionClassifier words;

    /** @param words reads the feeling in a line's words (null: the authored tags stand alone) */
    MoodModel(EmotionClassifier words) {
        this.words = words;
    }

    /** The mood after the trainee's reply, which left trust at {@code trust}. */
    Mood afterReply(ClientState s, double trust, Analysis analysis, boolean rupture, Scenario scenario) {
        boolean withdrawn = rupture && s.ruptureStreak() > 0;
        Mood settled = settled(scenario, s, trust, withdrawn);
        Mood mood = s.mood().towards(settled, SETTLE);
        if (rupture) {
            return mood.shifted(RUPTURE_JOLT, withdrawn ? 0 : 0.12);
        }
        // A repair is felt at once, beyond the trust it earns back.
        return ClientPolicy.heard(analysis) && s.ruptureStreak() > 0 ? mood.shifted(0.06, -0.04) : mood;
    }

    /** Where the person's state puts the mood: the layer's feeling, eased by trust, lower for each layer told. */
    static Mood settled(Scenario scenario, ClientState s, double trust, boolean withdrawn) {
        EmotionCategory feeling = scenario.layer(Math.min(s.currentLayer(), scenario.layers().size() - 1)).emotion();
        double valence = Math.min(DISTRESS, 0.7 * feeling.typicalValence()) + RELIEF * trust
                - DEPTH * Math.max(0, s.disclosedLayers() - 1);
        return new Mood(valence, withdrawn ? WITHDRAWN_AROUSAL : 0.5 * feeling.typicalArousal());
    }

    Mood afterSaying(Mood mood, ClientDirective d) {
        if (heavy(d)) {
            return mood.shifted(-0.08, 0.04);
        }
        return switch (d.move()) {
            case THANK_AND_CLOSE -> mood.shifted(0.1, -0.1);
            case LEAVE -> mood.shifted(-0.05, 0);
            default -> mood;
        };
    }

    private static boolean heavy(ClientDirective d) {
        return HEAVY.contains(d.move()) || d.move() == ClientMove.DISCLOSE && d.layerIndex() > 0;
    }

    /**
     * The emotion a message shows: its line's category (for a line tagged neutral, what its words read as,
     * else the layer's where the mood shows through), never happiness once the person has disclosed risk or
     * while saying something heavy; valence and arousal mostly the mood's, tinted by the line and its words
     * (or by what a model declared for it), and a heavy line never positive.
     */
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
        EmotionReading read = wordsOf(line, d);
        Double ownValence = line.valence();
        if (category == EmotionCategory.NEUTRAL && ownValence == null) {
            // A line tagged neutral carries no feeling of its own to pull the mood towards 0: its words may have one.
            if (read != null && WORDS_SHOWN.contains(read.category()) && read.confidence() >= WORDS_SHOW) {
                category = read.category();
                ownValence = read.valence() * scale;
            } else {
                ownValence = mood.valence();
                EmotionCategory layer = scenario.layer(Math.min(d.layerIndex(), scenario.layers().size() - 1)).emotion();
                // The layer's feeling, once showing, stays through its plain lines: the reaction does not flicker
                // with every line's tag while the person's state holds (a rupture's reply goes by the mood alone).
                boolean showing = s.emotion().category() == layer && !RUPTURE_REACTIONS.contains(d.move());
                if (Math.abs(mood.valence()) >= SHOWS_THROUGH || showing) {
                    category = layer;
                }
            }
        }
        if (category == EmotionCategory.HAPPINESS && (heavy(d) || s.riskDisclosed())) {
            category = d.move() == ClientMove.THANK_AND_CLOSE ? EmotionCategory.NEUTRAL : EmotionCategory.SADNESS;
            ownValence = null;
        } else if (category == EmotionCategory.HAPPINESS && mood.valence() <= -SHOWS_THROUGH && line.valence() == null) {
            // A warm line said from a low mood ("Mark's been amazing") is guarded, not glad.
            category = EmotionCategory.NEUTRAL;
            ownValence = null;
        } else if (category == EmotionCategory.HAPPINESS
                && (RUPTURE_REACTIONS.contains(d.move()) || s.ruptureStreak() > 0)) {
            // Going along with advice or reassurance ("Haha yeah, I'm probably being silly"), or a cheerful goodbye
            // while still brushed off ("Ok, thanks! I'm sure it'll sort itself out"), hides the feeling:
            // guarded, and no brighter than the mood underneath.
            category = EmotionCategory.NEUTRAL;
            ownValence = Math.min(mood.valence(), EmotionCategory.NEUTRAL.typicalValence() * scale);
        }
        if (ownValence == null) {
            double tagged = category.typicalValence() * scale;
            ownValence = read == null ? tagged : (1 - WORDS_TINT) * tagged + WORDS_TINT * read.valence();
        }
        double ownArousal = line.arousal() != null ? line.arousal() : category.typicalArousal() * scale;
        double valence = blend(mood.valence(), ownValence);
        if (heavy(d) || category.typicalValence() < 0) {
            valence = Math.min(valence, HEAVY_CEILING);
        }
        return new Emotion(category, round(valence), round(blend(mood.arousal(), ownArousal)), round(intensity));
    }

    /**
     * What the words of the line read as. An authored line is read on its own, without the confirmation a
     * voice may put before it: its embedding is already cached (the client chose it by meaning), so reading
     * it costs no new embedding on the turn.
     */
    private EmotionReading wordsOf(Utterance line, ClientDirective d) {
        if (words == null) {
            return null;
        }
        String said = d.candidates().stream().map(Line::text).filter(t -> line.text().contains(t))
                .max(Comparator.comparingInt(String::length)).orElse(line.text());
        return words.classify(said);
    }

    /**
     * Better or worse than at the last message. Never "better" after a reply that did not earn trust (a note on
     * it, or no listening), nor on a line of distress or a dodge. Sadder for telling something to a reply that
     * earned trust, or for telling the thoughts of not being here when asked, is the weight of what was told
     * ({@link Trend#OPENED_UP}), not harm done; a plain "no" to a risk question asked without a note is no worse:
     * asking is never shown as harm.
     */
    Trend trend(ClientState before, ClientState after, Analysis analysis, ClientMove move) {
        Trend trend = Trend.between(before.emotion(), after.emotion());
        if (analysis == null) {
            return trend;
        }
        boolean earned = TrustModel.earns(analysis);
        // Relief shows in what is said: not in a line of distress ("I lie awake listening to my heart") nor a dodge.
        boolean relieved = earned && after.emotion().category().typicalValence() >= 0 && !HEAVY.contains(move)
                && move != ClientMove.DEFLECT && move != ClientMove.DEFLECT_TOPIC;
        if (trend == Trend.BETTER && !relieved) {
            return Trend.SAME;
        }
        if (trend != Trend.WORSE) {
            return trend;
        }
        boolean askedAboutRisk = move == ClientMove.ANSWER_RISK && analysis.flags().isEmpty();
        if (earned && TELLINGS.contains(move) || askedAboutRisk && after.riskDisclosed() && !before.riskDisclosed()) {
            return Trend.OPENED_UP;
        }
        return askedAboutRisk ? Trend.SAME : trend;
    }

    private static double blend(double mood, double own) {
        return Math.max(-1, Math.min(1, MOOD_WEIGHT * mood + (1 - MOOD_WEIGHT) * own));
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
