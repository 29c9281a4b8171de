package org.practicum.core.classify;

import java.util.Objects;
import java.util.Optional;
import org.practicum.core.analysis.Move;
import org.practicum.core.analysis.MoveDetector;

/**
 * {@link MoveFeatures} followed by a softmax head over the moves and "fine", trained on the project's
 * own examples ({@code training/moves.tsv}); a move is raised only from its cross-validated threshold.
 */
public final class EmbeddingMoveDetector implements MoveDetector {

    private final MoveFeatures features;
    private final LinearHead head;
    private final MoveThresholds thresholds;
    private final Move[] moveOfLabel;

    public EmbeddingMoveDetector(MoveFeatures features, LinearHead head, MoveThresholds thresholds) {
        this.features = Objects.requireNonNull(features, "features");
        this.head = Objects.requireNonNull(head, "head");
        this.thresholds = Objects.requireNonNull(thresholds, "thresholds");
        this.moveOfLabel = head.labels().stream().map(Move::parse).toArray(Move[]::new);
    }

    @Override
    public Optional<Move> in(String sentence, String clientMessage) {
        double[] p = head.probabilities(features.vector(sentence, clientMessage));
        Move best = null;
        double bestMargin = 0;
        for (int i = 0; i < p.length; i++) {
            Move m = moveOfLabel[i];
            if (m != null && p[i] >= thresholds.of(m) && p[i] - thresholds.of(m) >= bestMargin) {
                best = m;
                bestMargin = p[i] - thresholds.of(m);
            }
        }
        return Optional.ofNullable(best);
    }
}
