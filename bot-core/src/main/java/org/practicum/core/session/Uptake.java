package org.practicum.core.session;

import java.util.List;
import org.practicum.core.suggestion.Suggestion;
import org.practicum.core.suggestion.SuggestionKind;
import org.practicum.core.text.Sentences;

/**
 * Suggestion uptake, the seed paper's question: the reply's closest suggestion by word overlap. A reply
 * counts as an edit of a suggestion only when it keeps a phrase of it word for word: sharing words alone
 * ("what's been hardest for you" against "what's been the hardest part of it for you") is the trainee's own.
 *
 * @param kind       the closest suggestion's kind, null when ignored
 * @param similarity word overlap with it, in [0, 1]
 */
public record Uptake(UptakeKind uptake, SuggestionKind kind, double similarity) {

    static final double USED_AT = 0.85;
    static final double EDITED_AT = 0.4;
    /** Consecutive words of the suggestion an edited reply keeps. */
    static final int KEPT_PHRASE = 5;

    public static Uptake of(String reply, List<Suggestion> shown) {
        Suggestion best = null;
        double bestScore = 0;
        for (Suggestion s : shown) {
            double score = Sentences.wordOverlap(reply, s.text());
            if (score > bestScore) {
                bestScore = score;
                best = s;
            }
        }
        double rounded = Math.round(bestScore * 100) / 100.0;
        if (best == null || bestScore < EDITED_AT) {
            return new Uptake(UptakeKind.IGNORED, null, rounded);
        }
        if (bestScore >= USED_AT) {
            return new Uptake(UptakeKind.USED, best.kind(), rounded);
        }
        boolean keptPhrase = Sentences.longestSharedRun(reply, best.text()) >= KEPT_PHRASE;
        return keptPhrase ? new Uptake(UptakeKind.EDITED, best.kind(), rounded)
                : new Uptake(UptakeKind.IGNORED, null, rounded);
    }
}
