package org.practicum.app;

import org.practicum.core.analysis.AdviceDetector;
import org.practicum.core.analysis.MoveDetector;
import org.practicum.core.analysis.ResponseAnalyzer;
import org.practicum.core.analysis.RuleAdviceDetector;
import org.practicum.core.analysis.RuleResponseAnalyzer;
import org.practicum.core.analysis.RuleSkillClassifier;
import org.practicum.core.analysis.SkillClassifier;
import org.practicum.core.classify.Classifiers;
import org.practicum.core.classify.HybridSkillClassifier;
import org.practicum.core.config.Settings;
import org.practicum.core.cue.DistressCueDetector;
import org.practicum.core.cue.LexiconCueDetector;
import org.practicum.core.emotion.EmotionClassifier;
import org.practicum.core.text.Embedder;
import org.practicum.core.text.LazyEmbedder;
import org.practicum.core.text.MiniLmEmbedder;

/**
 * The offline analysis parts chosen by {@code analysis.*}: the trained classifiers on the in-process
 * embedding model (the default), or surface rules alone when embeddings are switched off.
 *
 * @param emotions null without embeddings (the client's authored emotion tags stand alone)
 * @param moves null without embeddings or with {@code analysis.move-heads} off (the rules stand alone)
 */
record Analysis(Embedder embedder, SkillClassifier skills, AdviceDetector advice, DistressCueDetector cues,
                EmotionClassifier emotions, double adviceThreshold, MoveDetector moves) {

    static Analysis from(Settings settings) {
        double threshold = settings.number("analysis.advice-threshold");
        if (threshold < 0 || threshold > 1) {
            throw settings.invalid("analysis.advice-threshold", "must be between 0 and 1");
        }
        if (!settings.bool("analysis.embeddings")) {
            return new Analysis(null, new RuleSkillClassifier(), new RuleAdviceDetector(), new LexiconCueDetector(),
                    null, Math.max(threshold, 0.5), null);
        }
        // The model loads on first use, so commands that never analyse never pay for it.
        Embedder embedder = new LazyEmbedder(MiniLmEmbedder::new);
        Classifiers classifiers = Classifiers.load(embedder);
        return new Analysis(embedder, new LazySkills(classifiers), new LazyAdvice(classifiers),
                new LazyCues(classifiers), text -> classifiers.emotions().classify(text), threshold,
                settings.bool("analysis.move-heads") ? (sentence, client) -> classifiers.moves().in(sentence, client) : null);
    }

    ResponseAnalyzer responseAnalyzer() {
        return new RuleResponseAnalyzer(skills, advice, adviceThreshold, embedder, moves);
    }

    private record LazySkills(Classifiers classifiers) implements SkillClassifier {
        @Override
        public org.practicum.core.analysis.SkillPrediction classify(String sentence, String previous) {
            return HybridSkillClassifier.of(classifiers.skills()).classify(sentence, previous);
        }
    }

    private record LazyAdvice(Classifiers classifiers) implements AdviceDetector {
        @Override
        public double adviceScore(String sentence) {
            return classifiers.advice().adviceScore(sentence);
        }
    }

    private record LazyCues(Classifiers classifiers) implements DistressCueDetector {
        @Override
        public java.util.List<org.practicum.core.cue.DistressCue> detect(String clientText) {
            return classifiers.cues().detect(clientText);
        }

        @Override
        public java.util.List<org.practicum.core.cue.DistressCue> highRisk(String clientText) {
            return classifiers.cues().highRisk(clientText);
        }
    }
}
