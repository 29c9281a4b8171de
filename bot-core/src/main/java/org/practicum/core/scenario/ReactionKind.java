package org.practicum.core.scenario;

import java.util.Locale;
import org.practicum.core.emotion.EmotionCategory;

/** The client's reactions to what the trainee just did, with the emotion each defaults to. */
public enum ReactionKind {
    PREMATURE_ADVICE(EmotionCategory.ANGER),
    JUDGING(EmotionCategory.ANGER),
    MINIMISING(EmotionCategory.SADNESS),
    MISSED_CUE(EmotionCategory.SADNESS),
    CLOSED_QUESTION(EmotionCategory.NEUTRAL),
    GOOD_REFLECTION(null),
    DEFLECT(EmotionCategory.NEUTRAL),
    OFF_TOPIC(EmotionCategory.SURPRISE),
    /** A reflection that missed: "not really, it's more that…". */
    CORRECTION(EmotionCategory.NEUTRAL),
    /** Short lines that may repeat, for when everything else has been said ("mm", "yeah"). */
    MINIMAL(EmotionCategory.NEUTRAL);

    private final EmotionCategory defaultEmotion;

    ReactionKind(EmotionCategory defaultEmotion) {
        this.defaultEmotion = defaultEmotion;
    }

    /** Null where the emotion is the current layer's. */
    public EmotionCategory defaultEmotion() {
        return defaultEmotion;
    }

    /**
     * Whether the reader refuses a file without it; the validator ({@link StoryCheck}) asks for the
     * others, and the client manages without them.
     */
    public boolean required() {
        return this != CORRECTION && this != MINIMAL;
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
