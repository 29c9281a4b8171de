package org.practicum.core.cue;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds distress cues in a client message. Tuned for recall: a missed cue is worse than a false
 * alarm. Thread-safe; returns an empty list when there is none.
 */
public interface DistressCueDetector {
    List<DistressCue> detect(String clientText);

    /** The cues found that a reply must not move past in unscripted text, one per kind: the high-risk ones. */
    default List<DistressCue> highRisk(String clientText) {
        List<DistressCue> out = new ArrayList<>();
        for (DistressCue found : detect(clientText)) {
            if (found.kind().isHighRisk() && out.stream().noneMatch(c -> c.kind() == found.kind())) {
                out.add(found);
            }
        }
        return out;
    }

    /** The cue narrowed to the clause that carries it, keeping whether it is a watch-out sign. */
    default DistressCue narrowed(DistressCue cue) {
        return new DistressCue(cue.kind(), narrowed(cue.kind(), cue.quote()).quote(), cue.watchOut());
    }

    /** The cue with only the clause of {@code clientText} that carries it as its quote ({@link CueClause}). */
    default DistressCue narrowed(CueKind kind, String clientText) {
        return new DistressCue(kind, CueClause.in(clientText,
                words -> detect(words).stream().anyMatch(c -> c.kind() == kind)));
    }
}
