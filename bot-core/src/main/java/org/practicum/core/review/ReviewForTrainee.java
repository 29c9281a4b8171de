package org.practicum.core.review;

import java.util.ArrayList;
import java.util.List;
import org.practicum.core.analysis.FlagKind;
import org.practicum.core.markup.Markup;
import org.practicum.core.session.Session;
import org.practicum.core.session.TurnRecord;

/**
 * A finished review as the trainee reads it, privately: each note next to the reply it is about, the
 * reviewer's verdict on each automatic flag, the flags the reviewer added as missed, and the summary.
 * Worded once; each platform renders it with its own {@link Markup}.
 */
public record ReviewForTrainee(String scenarioTitle, String sessionId, List<Note> notes, List<FlagLine> flags,
                               String summary) {

    public static final String HEADING = "Reviewer's notes";

    /** A note on one reply, with the reply it is about. */
    public record Note(int turn, String reply, String note) {
    }

    /** The reviewer's verdict on a flag the trainee saw, or ({@code verdict} null) a flag they added as missed. */
    public record FlagLine(int turn, String flagKind, Verdict verdict, String note) {

        public String label() {
            return FlagKind.labelOf(flagKind);
        }
    }

    public ReviewForTrainee {
        notes = List.copyOf(notes);
        flags = List.copyOf(flags);
        summary = summary == null ? "" : summary;
    }

    public static ReviewForTrainee of(Review review, Session session, String scenarioTitle) {
        List<Note> notes = review.annotations().stream().map(a -> new Note(a.turn(), session.activeTurns().stream()
                .filter(t -> t.turn() == a.turn()).map(TurnRecord::traineeText).findFirst().orElse(""), a.note()))
                .toList();
        List<FlagLine> flags = new ArrayList<>();
        review.verdicts().forEach(v -> flags.add(new FlagLine(v.turn(), v.flagKind(), v.verdict(), "")));
        review.missed().forEach(m -> flags.add(new FlagLine(m.turn(), m.flagKind(), null, m.note())));
        return new ReviewForTrainee(scenarioTitle, session.id(), notes, flags, review.summary());
    }

    /** The whole review in one message's text, marked up for the platform it goes to. */
    public String render(Markup markup) {
        StringBuilder sb = new StringBuilder("A reviewer has looked at your practice session “")
                .append(markup.escape(scenarioTitle)).append("” (").append(sessionId).append(").\n\n")
                .append(markup.bold(HEADING)).append('\n');
        for (Note n : notes) {
            sb.append("• Turn ").append(n.turn()).append(" — you wrote: “").append(markup.escape(n.reply()))
                    .append("”\n  ").append(markup.escape(n.note())).append('\n');
        }
        for (FlagLine f : flags) {
            sb.append("• Turn ").append(f.turn());
            if (f.verdict() != null) {
                sb.append(", flag “").append(f.label()).append("”: the reviewer ").append(f.verdict().said());
            } else {
                sb.append(": the reviewer adds a flag the automatic feedback missed, “").append(f.label()).append('”');
                if (!f.note().isBlank()) {
                    sb.append(" — ").append(markup.escape(f.note()));
                }
            }
            sb.append('\n');
        }
        if (!summary.isBlank()) {
            sb.append(markup.bold("Summary:")).append(' ').append(markup.escape(summary)).append('\n');
        }
        return sb.toString();
    }
}
