package org.practicum.core.classify;

import java.util.Objects;
import java.util.function.Supplier;
import org.practicum.core.text.Lazy;
import org.practicum.core.text.Embedder;
import org.practicum.core.text.MiniLmEmbedder;

/**
 * The shipped classifiers around one shared embedder: a client message is embedded once and the
 * emotion and cue detectors both read that embedding from the embedder's cache; a trainee sentence
 * likewise serves the skill classifier, the advice detector and the move head. Each head is read on first use, so
 * a command that needs only one does not pay for the others. Thread-safe.
 */
public final class Classifiers {

    public static final String EMOTION_HEAD = "models/emotion-head.json";
    public static final String SKILL_HEAD = "models/skill-head.json";
    public static final String CUE_EXEMPLARS = "models/cue-exemplars.json";
    public static final String MOVE_HEAD = "models/move-head.json";
    public static final String MOVE_THRESHOLDS = "models/move-thresholds.json";

    private final Embedder embedder;
    private final Supplier<EmbeddingEmotionClassifier> emotions;
    private final Supplier<EmbeddingSkillClassifier> skills;
    private final Supplier<SkillAdviceDetector> advice;
    private final Supplier<HybridDistressCueDetector> cues;
    private final Supplier<EmbeddingMoveDetector> moves;

    public Classifiers(Embedder embedder, Supplier<LinearHead> emotionHead, Supplier<LinearHead> skillHead,
            Supplier<CueExemplars> cueExemplars, Supplier<LinearHead> moveHead, Supplier<MoveThresholds> moveThresholds) {
        this.embedder = Objects.requireNonNull(embedder, "embedder");
        this.emotions = Lazy.of(() -> new EmbeddingEmotionClassifier(new EmotionFeatures(embedder), emotionHead.get()));
        this.skills = Lazy.of(() -> new EmbeddingSkillClassifier(new SkillFeatures(embedder), skillHead.get()));
        this.advice = Lazy.of(() -> new SkillAdviceDetector(skills.get()));
        this.cues = Lazy.of(() -> new HybridDistressCueDetector(embedder, cueExemplars.get()));
        this.moves = Lazy.of(() -> new EmbeddingMoveDetector(new MoveFeatures(embedder), moveHead.get(), moveThresholds.get()));
    }

    /** The shipped heads around the given embedder. */
    public static Classifiers load(Embedder embedder) {
        return new Classifiers(embedder, () -> HeadFiles.readResource(EMOTION_HEAD),
                () -> HeadFiles.readResource(SKILL_HEAD), () -> CueExemplars.readResource(CUE_EXEMPLARS),
                () -> HeadFiles.readResource(MOVE_HEAD), () -> MoveThresholds.readResource(MOVE_THRESHOLDS));
    }

    /** The shipped heads around all-MiniLM-L6-v2, shared by the whole process. */
    public static Classifiers loadDefault() {
        return Shared.INSTANCE;
    }

    private static final class Shared {
        // Class-holder idiom: the JVM creates this (and loads the ONNX model) once, on first use, thread-safely.
        static final Classifiers INSTANCE = load(new MiniLmEmbedder());
    }

    public Embedder embedder() {
        return embedder;
    }

    public EmbeddingEmotionClassifier emotions() {
        return emotions.get();
    }

    public EmbeddingSkillClassifier skills() {
        return skills.get();
    }

    public SkillAdviceDetector advice() {
        return advice.get();
    }

    public HybridDistressCueDetector cues() {
        return cues.get();
    }

    public EmbeddingMoveDetector moves() {
        return moves.get();
    }
}
