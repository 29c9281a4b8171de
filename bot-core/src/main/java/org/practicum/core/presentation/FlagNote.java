package org.practicum.core.presentation;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.practicum.core.analysis.Flag;
import org.practicum.core.analysis.FlagKind;
import org.practicum.core.report.Debrief;
import org.practicum.core.session.Participant;

/**
 * One flag as a person reads it: where and what kind, the words quoted, why it matters and what to
 * write instead.
 *
 * @param turn   the turn it was raised on; 0 for the reply just written (the coaching after it)
 * @param label  the kind in words, capitalised ("Premature advice")
 * @param writer who wrote the reply; null when it is the reader's own
 * @param retried whether the reply was taken back and written again (its flag still teaches something)
 */
public record FlagNote(int turn, String label, String quote, String why, String better, Participant writer,
                       boolean retried) {

    /** What comes before the better alternative. */
    public static final String INSTEAD = "Instead:";
    /** How the reader is named as a flagged reply's writer. */
    public static final String YOU = "You";

    /** A flag on the reply the reader just wrote. */
    public static FlagNote onLastReply(Flag flag) {
        return new FlagNote(0, NextSteps.capitalised(flag.kind().label()), flag.quote(), flag.why(), flag.better(),
                null, false);
    }

    /** A debrief flag, on the reader's own reply when {@code own}, else on its author's. */
    public static FlagNote inDebrief(Debrief.DebriefFlag flag, boolean own) {
        return new FlagNote(flag.turn(), NextSteps.capitalised(label(flag.kind())), flag.quote(), flag.why(),
                flag.better(), own ? null : flag.author(), flag.retried());
    }

    /**
     * "Turn 3 · Premature advice", "Turn 3, taken back · Premature advice" for a retried reply, or the
     * kind alone for the reply just written.
     */
    public String heading() {
        return turn == 0 ? label : "Turn " + turn + (retried ? ", taken back" : "") + " · " + label;
    }

    /**
     * "You wrote “…”." with the quote escaped for the platform; {@code writerName} is how the platform
     * names {@link #writer} (ignored for the reader's own). No full stop after a quote that ends a sentence.
     */
    public String wrote(String writerName, UnaryOperator<String> escape) {
        String stop = quote.strip().matches("(?s).*[.!?…]['\"”’)]*") ? "" : ".";
        return (writer == null ? YOU : writerName) + " wrote “" + escape.apply(quote) + "”" + stop;
    }

    private static String label(String kindId) {
        return Arrays.stream(FlagKind.values()).filter(k -> k.id().equals(kindId)).findFirst().map(FlagKind::label)
                .orElse(kindId.replace('_', ' ').toLowerCase(Locale.ROOT));
    }
}
