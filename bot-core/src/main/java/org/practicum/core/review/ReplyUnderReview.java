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

    /** The form's wording, the same on every platform. */
    public static final String TITLE = "Review this reply";
    public static final String NOTE = "Your note for the trainee (optional)";
    public static final String MISSED = "A flag the tool missed (optional)";
    public static final String MISSED_NOTE = "Why it belongs on this reply (optional)";
    public static final String NO_FLAGS = "No automatic flag was raised on this reply.";
    /** For a form that could not show every field at once. */
    public static final String REST_NEXT_TIME = "Use Review this reply again for the rest of the form.";

    /** The label over one flag's verdict: "Automatic flag: premature advice". */
    public static String flagLabel(FlagKind kind) {
        return "Automatic flag: " + kind.label();
    }

    public ReplyUnderReview {
        raised = List.copyOf(raised);
        missable = List.copyOf(missable);
        verdicts = Map.copyOf(verdicts);
        added = List.copyOf(added);
        note = note == null ? "" : note;
    }
}
