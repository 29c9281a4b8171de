package org.practicum.core.review;

import java.util.List;
import org.practicum.core.session.Session;
import org.practicum.core.session.TurnRecord;

/** A review as the trainee reads it under their debrief: each note next to the reply it is about. */
public final class ReviewText {

    private ReviewText() {
    }

    public static String forTrainee(Review review, Session session) {
        StringBuilder sb = new StringBuilder("**Reviewer's notes**\n");
        for (Review.Annotation a : review.annotations()) {
            String reply = session.activeTurns().stream().filter(t -> t.turn() == a.turn())
                    .map(TurnRecord::traineeText).findFirst().orElse("");
            sb.append("- Turn ").append(a.turn()).append(" — you wrote: \"").append(reply).append("\"\n  ")
                    .append(a.note()).append('\n');
        }
        List<Review.FlagVerdict> verdicts = review.verdicts();
        for (Review.FlagVerdict v : verdicts) {
            sb.append("- Turn ").append(v.turn()).append(", flag \"").append(v.flagKind().replace('_', ' '))
                    .append("\": the reviewer ").append(v.agrees() ? "agrees" : "disagrees").append('\n');
        }
        if (review.summary() != null && !review.summary().isBlank()) {
            sb.append("Summary: ").append(review.summary()).append('\n');
        }
        return sb.toString();
    }
}
