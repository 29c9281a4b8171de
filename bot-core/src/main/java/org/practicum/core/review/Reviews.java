package org.practicum.core.review;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.practicum.core.analysis.FlagKind;
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
 * judge each automatic flag on its own (agree, disagree, not sure), add the flags the tool missed and
 * write a summary; the trainee is then told privately
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
            throw invalid("The note is empty.");
        }
        store.annotate(sessionId, turn, reviewer.id(), note.strip(), clock.instant());
    }

    /** The trainee reply one platform message made, as the reviewer's form shows it. */
    public ReplyUnderReview reply(String sessionId, Participant reviewer, String messageId) {
        Session session = reviewable(sessionId, reviewer);
        TurnRecord turn = turnOfMessage(session, messageId);
        List<FlagKind> raised = raised(turn);
        Review review = store.load(sessionId).orElse(null);
        String note = review == null ? "" : review.annotations().stream()
                .filter(a -> a.turn() == turn.turn() && a.reviewerId().equals(reviewer.id())).map(Review.Annotation::note)
                .findFirst().orElse("");
        Map<FlagKind, Verdict> verdicts = new LinkedHashMap<>();
        List<FlagKind> added = new ArrayList<>();
        if (review != null) {
            review.verdicts().stream().filter(v -> v.turn() == turn.turn() && v.reviewerId().equals(reviewer.id()))
                    .forEach(v -> FlagKind.byId(v.flagKind()).ifPresent(k -> verdicts.put(k, v.verdict())));
            review.missed().stream().filter(m -> m.turn() == turn.turn() && m.reviewerId().equals(reviewer.id()))
                    .forEach(m -> FlagKind.byId(m.flagKind()).ifPresent(added::add));
        }
        List<FlagKind> missable = Arrays.stream(FlagKind.values()).filter(k -> !raised.contains(k)).toList();
        return new ReplyUnderReview(sessionId, turn.turn(), turn.traineeText(), raised, missable, note, verdicts, added);
    }

    /**
     * Saves what a reviewer said about the reply one platform message made: every part is checked before
     * any is stored, so a mistake in one loses nothing and stores nothing. Returns the turn.
     */
    public int judgeReply(String sessionId, Participant reviewer, String messageId, ReplyJudgement judgement) {
        Session session = reviewable(sessionId, reviewer);
        TurnRecord turn = turnOfMessage(session, messageId);
        if (judgement.isEmpty()) {
            throw invalid("Write a note, judge a flag, or add a flag the automatic feedback missed.");
        }
        List<FlagKind> raised = raised(turn);
        for (String kind : judgement.verdicts().keySet()) {
            requireRaised(turn, kind);
        }
        if (!judgement.missedKind().isEmpty()) {
            FlagKind missed = FlagKind.byId(judgement.missedKind())
                    .orElseThrow(() -> invalid("There is no kind of flag '" + judgement.missedKind() + "'."));
            if (raised.contains(missed)) {
                throw invalid("Turn " + turn.turn() + " already has a '" + missed.label()
                        + "' flag: agree or disagree with it instead.");
            }
        } else if (!judgement.missedNote().isEmpty()) {
            throw invalid("Choose the kind of flag the automatic feedback missed, or leave its note empty.");
        }
        if (!judgement.note().isEmpty()) {
            store.annotate(sessionId, turn.turn(), reviewer.id(), judgement.note(), clock.instant());
        }
        judgement.verdicts().forEach((kind, verdict) ->
                store.judge(sessionId, turn.turn(), kind, reviewer.id(), verdict, clock.instant()));
        if (!judgement.missedKind().isEmpty()) {
            store.addMissed(sessionId, turn.turn(), judgement.missedKind(), reviewer.id(), judgement.missedNote(),
                    clock.instant());
        }
        return turn.turn();
    }

    /** Agrees, disagrees or is not sure about an automatic flag the trainee saw on a turn. */
    public void judgeFlag(String sessionId, Participant reviewer, int turn, String flagKind, Verdict verdict) {
        Session session = reviewable(sessionId, reviewer);
        requireRaised(traineeTurn(session, turn), flagKind);
        store.judge(sessionId, turn, flagKind, reviewer.id(), verdict, clock.instant());
    }

    /** Adds a flag the automatic feedback should have raised on a turn and did not; {@code note} may be empty. */
    public void addMissedFlag(String sessionId, Participant reviewer, int turn, String flagKind, String note) {
        Session session = reviewable(sessionId, reviewer);
        String messageId = traineeTurn(session, turn).eventKey();
        judgeReply(sessionId, reviewer, messageId, new ReplyJudgement("", Map.of(), flagKind, note));
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
        ReviewForTrainee review = ReviewForTrainee.of(store.load(sessionId).orElseThrow(), session, scenario);
        return trainees.values().stream().map(p -> new ReviewNotice(p, review)).toList();
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
                .orElseThrow(() -> invalid("There is no trainee reply at turn " + turn + "."));
    }

    private static TurnRecord turnOfMessage(Session session, String messageId) {
        return session.activeTurns().stream().filter(t -> messageId.equals(t.eventKey()) && t.analysis() != null)
                .findFirst().orElseThrow(() -> invalid("That message is not a trainee reply in this session."));
    }

    /** The kinds of automatic flag on a reply, each once, in the order raised. */
    private static List<FlagKind> raised(TurnRecord turn) {
        return turn.analysis().flags().stream().map(f -> f.kind()).distinct().toList();
    }

    private static void requireRaised(TurnRecord turn, String flagKind) {
        if (FlagKind.byId(flagKind).filter(raised(turn)::contains).isEmpty()) {
            throw invalid("Turn " + turn.turn() + " has no '" + flagKind + "' flag.");
        }
    }

    private static PracticeException invalid(String message) {
        return new PracticeException(PracticeException.Reason.INVALID_INPUT, message);
    }
}
