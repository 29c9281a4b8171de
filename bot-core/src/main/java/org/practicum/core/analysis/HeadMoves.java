package org.practicum.core.analysis;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * What a trained {@link MoveDetector} adds to the rules: the first sentence it reads as each move. A
 * sentence the rules recognise as good practice (a direct risk question, a reflection, a repair, giving
 * time) is never read, so the head can add faults but never take one from a good move.
 */
record HeadMoves(Map<Move, String> firstSentence, boolean turnsBack) {

    static final HeadMoves NONE = new HeadMoves(Map.of(), false);

    static HeadMoves read(MoveDetector detector, List<LabelledSentence> sentences, String clientText,
                          Predicate<LabelledSentence> goodPractice) {
        if (detector == null) {
            return NONE;
        }
        Map<Move, String> first = new EnumMap<>(Move.class);
        boolean turnsBack = false;
        for (LabelledSentence s : sentences) {
            if (goodPractice.test(s)) {
                turnsBack |= s.skill().isReflection() || s.skill().isQuestion();
                continue;
            }
            Optional<Move> move = detector.in(s.text(), clientText);
            move.ifPresent(m -> first.putIfAbsent(m, s.text()));
            turnsBack |= move.isEmpty() && (s.skill().isReflection() || s.skill().isQuestion());
        }
        return new HeadMoves(first, turnsBack);
    }

    Optional<String> of(Move move) {
        return Optional.ofNullable(firstSentence.get(move));
    }

    /** Self-focus needs the reply to stay on the trainee: a question or reflection after it hands the talk back. */
    boolean selfFocus() {
        return firstSentence.containsKey(Move.SELF_FOCUS) && !turnsBack;
    }
}
