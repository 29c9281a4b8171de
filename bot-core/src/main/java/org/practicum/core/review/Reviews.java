package org.practicum.core.review;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.practicum.core.cohort.Cohort;
import org.practicum.core.cohort.Cohorts;
import org.practicum.core.cohort.Role;
import org.practicum.core.session.Participant;
import org.practicum.core.session.PracticeException;
import org.practicum.core.session.Session;
import org.practicum.core.session.SessionStatus;
import org.practicum.core.session.TurnRecord;

/**
 * Expert review: a cohort's finished sessions queue up for its reviewers, who annotate trainee turns,
 * agree or disagree with each automatic flag and write a summary; the trainee is then told privately
 * and sees the review with their debrief. Only the cohort's reviewers may review.
 */
public final class Reviews {

    private final ReviewStore store;
    private final Cohorts cohorts;
    private final Clock clock;

    public Reviews(ReviewStore store, Cohorts cohorts, Clock clock) {
        this.store = store;
        this.cohorts = cohorts;
        this.clock = clock;
        cohorts.engine().onSessionEnded(this::enqueue);
    }

    /** Queues a finished cohort session for review (see {@link Cohorts#adopt}); others are not reviewed. */
    void enqueue(Session session) {
        cohorts.adopt(session).ifPresent(cohortId -> store.enqueue(session.id(), cohortId, clock.instant()));
    }

    /** The sessions waiting for this reviewer, across the cohorts they review. */
    public List<QueuedReview> queue(Participant reviewer) {
        List<String> cohortIds = cohorts.cohortsOf(reviewer, Role.REVIEWER).stream().map(Cohort::id).toList();
        return store.pending(cohortIds);
    }

    /** A note on one trainee turn. */
    public void annotate(String sessionId, Participant reviewer, int turn, String note) {
        Session session = reviewable(sessionId, reviewer);
        traineeTurn(session, turn);
        if (note == null || note.isBlank()) {
            throw new PracticeException(PracticeException.Reason.INVALID_INPUT, "The note is empty.");
        }
        store.annotate(sessionId, turn, reviewer.id(), note.strip(), clock.instant());
    }

    /** A note on the trainee turn made by one platform message (a context-menu command or shortcut on it). */
    public int annotateMessage(String sessionId, Participant reviewer, String messageId, String note) {
        Session session = reviewable(sessionId, reviewer);
        TurnRecord turn = session.activeTurns().stream().filter(t -> messageId.equals(t.eventKey())).findFirst()
                .orElseThrow(() -> new PracticeException(PracticeException.Reason.INVALID_INPUT,
                        "That message is not a trainee reply in this session."));
        annotate(sessionId, reviewer, turn.turn(), note);
        return turn.turn();
    }

    /** Agrees or disagrees with an automatic flag the trainee saw on a turn. */
    public void judgeFlag(String sessionId, Participant reviewer, int turn, String flagKind, boolean agrees) {
        Session session = reviewable(sessionId, reviewer);
        TurnRecord t = traineeTurn(session, turn);
        boolean flagged = t.analysis().flags().stream().anyMatch(f -> f.kind().id().equals(flagKind));
        if (!flagged) {
            throw new PracticeException(PracticeException.Reason.INVALID_INPUT,
                    "Turn " + turn + " has no '" + flagKind + "' flag.");
        }
        store.judge(sessionId, turn, flagKind, reviewer.id(), agrees, clock.instant());
    }

    /** Finishes the review with a summary; returns the private notices for the trainees who took part. */
    public List<ReviewNotice> complete(String sessionId, Participant reviewer, String summary) {
        Session session = reviewable(sessionId, reviewer);
        store.complete(sessionId, reviewer.id(), summary == null ? "" : summary.strip(), clock.instant());
        Map<String, Participant> trainees = new LinkedHashMap<>();
        for (TurnRecord t : session.activeTurns()) {
            if (t.author() != null) {
                session.roster().stream().filter(p -> p.id().equals(t.author())).findFirst()
                        .or(() -> Optional.of(session.trainee()).filter(p -> p.id().equals(t.author())))
                        .ifPresent(p -> trainees.put(p.id(), p));
            }
        }
        if (session.mode() == org.practicum.core.session.SessionMode.PRIVATE) {
            trainees.put(session.trainee().id(), session.trainee());
        }
        String scenario = cohorts.engine().scenarios().find(session.scenarioId()).map(s -> s.title())
                .orElse(session.scenarioId());
        // The notes travel with the notice: a trainee reads them next to their own replies, privately.
        String notes = ReviewText.forTrainee(store.load(sessionId).orElseThrow(), session);
        List<ReviewNotice> notices = new ArrayList<>();
        for (Participant p : trainees.values()) {
            notices.add(new ReviewNotice(p, sessionId, "A reviewer has looked at your practice session \"" + scenario
                    + "\" (" + sessionId + ").\n\n" + notes));
        }
        return notices;
    }

    /** Whether this person reviews the cohort this session belongs to (adapters ask before opening a form). */
    public boolean mayReview(String sessionId, Participant person) {
        return cohorts.store().cohortOfSession(sessionId).flatMap(cohorts.store()::load)
                .map(c -> c.has(person.id(), Role.REVIEWER)).orElse(false);
    }

    /** The review, for those who may read the session (trainee, the cohort's facilitators and reviewers). */
    public Optional<Review> review(String sessionId, Participant viewer) {
        cohorts.transcript(sessionId, viewer);
        return store.load(sessionId);
    }

    /** Reviewer agreement with each kind of automatic flag across a cohort, for its facilitators and reviewers. */
    public List<FlagAgreement> agreement(String cohortId, Participant viewer) {
        Cohort cohort = cohorts.cohort(cohortId);
        if (!cohort.has(viewer.id(), Role.FACILITATOR) && !cohort.has(viewer.id(), Role.REVIEWER)) {
            throw new PracticeException(PracticeException.Reason.NOT_ALLOWED,
                    "Only the cohort's facilitators and reviewers can see reviewer agreement.");
        }
        return store.agreement(cohortId, cohorts.store().sessionsOf(cohortId));
    }

    public ReviewStore store() {
        return store;
    }

    private Session reviewable(String sessionId, Participant reviewer) {
        String cohortId = cohorts.store().cohortOfSession(sessionId).orElseThrow(() -> new PracticeException(
                PracticeException.Reason.NOT_ALLOWED, "This session is not part of a cohort, so nobody reviews it."));
        Cohort cohort = cohorts.cohort(cohortId);
        if (!cohort.has(reviewer.id(), Role.REVIEWER)) {
            throw new PracticeException(PracticeException.Reason.NOT_ALLOWED,
                    "Only " + cohort.name() + "'s reviewers can review its sessions.");
        }
        Session session = cohorts.transcript(sessionId, reviewer);
        if (session.status() != SessionStatus.ENDED) {
            throw new PracticeException(PracticeException.Reason.NOT_ACTIVE,
                    "This session is still going; it can be reviewed when it has ended.");
        }
        return session;
    }

    private static TurnRecord traineeTurn(Session session, int turn) {
        return session.activeTurns().stream().filter(t -> t.turn() == turn && t.analysis() != null).findFirst()
                .orElseThrow(() -> new PracticeException(PracticeException.Reason.INVALID_INPUT,
                        "There is no trainee reply at turn " + turn + "."));
    }
}
