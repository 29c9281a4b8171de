package org.practicum.core.review;

import java.util.List;
import java.util.Map;
import org.practicum.core.analysis.FlagKind;

/**
 * One trainee reply as a reviewer's form shows it: the automatic flags raised on it (each to be judged on
 * its own), the kinds the reviewer may add as missed (the others), and what this reviewer already said
 * about it, so that opening the form again shows their choices.
 *
 * @param verdicts this reviewer's earlier verdicts, by flag kind
 * @param added    the kinds this reviewer already added as missed
 */
public record ReplyUnderReview(String sessionId, int turn, String reply, List<FlagKind> raised,
                               List<FlagKind> missable, String note, Map<FlagKind, Verdict> verdicts,
                               List<FlagKind> added) {

    public ReplyUnderReview {
        raised = List.copyOf(raised);
        missable = List.copyOf(missable);
        verdicts = Map.copyOf(verdicts);
        added = List.copyOf(added);
        note = note == null ? "" : note;
    }
}
