package org.practicum.core.review;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.practicum.core.analysis.FlagKind;

/**
 * What a reviewer said about one reply in the form: a note for the trainee, a verdict on each automatic
 * flag they judged, and a flag the tool missed with an optional note. What they left out is empty.
 *
 * @param verdicts   flag kind id to verdict, for the flags judged
 * @param missedKind the kind id of a flag the tool missed, or empty
 */
public record ReplyJudgement(String note, Map<String, Verdict> verdicts, String missedKind, String missedNote) {

    public ReplyJudgement {
        note = note == null ? "" : note.strip();
        verdicts = new LinkedHashMap<>(verdicts);
        missedKind = missedKind == null ? "" : missedKind.strip();
        missedNote = missedNote == null ? "" : missedNote.strip();
    }

    public Map<String, Verdict> verdicts() {
        return Map.copyOf(verdicts);
    }

    public boolean isEmpty() {
        return note.isEmpty() && verdicts.isEmpty() && missedKind.isEmpty() && missedNote.isEmpty();
    }

    /** What the reviewer is told was saved: "Saved on turn 2: your note; premature advice: agree; …". */
    public String confirmation(int turn) {
        List<String> parts = new ArrayList<>();
        if (!note.isEmpty()) {
            parts.add("your note");
        }
        verdicts.forEach((kind, verdict) -> parts.add(FlagKind.labelOf(kind) + ": " + verdict.label()));
        if (!missedKind.isEmpty()) {
            parts.add("added as missed: " + FlagKind.labelOf(missedKind));
        }
        return "Saved on turn " + turn + ": " + String.join("; ", parts) + ".";
    }
}
