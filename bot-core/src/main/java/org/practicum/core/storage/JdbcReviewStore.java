package org.practicum.core.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.practicum.core.review.FlagAgreement;
import org.practicum.core.review.QueuedReview;
import org.practicum.core.review.Review;
import org.practicum.core.review.ReviewStore;
import org.practicum.core.review.Verdict;
import org.practicum.core.session.Participant;

/** {@link ReviewStore} over JDBC (H2 or PostgreSQL). */
public final class JdbcReviewStore implements ReviewStore {

    private final Jdbc jdbc;

    public JdbcReviewStore(DataSource dataSource) {
        this.jdbc = new Jdbc(dataSource);
    }

    @Override
    public boolean enqueue(String sessionId, String cohortId, Instant at) {
        return jdbc.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("select count(*) from reviews where session_id = ?")) {
                ps.setString(1, sessionId);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    if (rs.getInt(1) > 0) {
                        return false;
                    }
                }
            }
            try {
                Jdbc.update(c, "insert into reviews (session_id, cohort_id, status, queued_at) values (?, ?, ?, ?)",
                        sessionId, cohortId, Review.Status.QUEUED.name(), Timestamp.from(at));
                return true;
            } catch (SQLException e) {
                if (Jdbc.isUniqueViolation(e)) {
                    return false;
                }
                throw e;
            }
        });
    }

    @Override
    public List<QueuedReview> pending(List<String> cohortIds) {
        if (cohortIds.isEmpty()) {
            return List.of();
        }
        String marks = String.join(", ", java.util.Collections.nCopies(cohortIds.size(), "?"));
        return jdbc.inTransaction(c -> Jdbc.list(c, "select r.session_id, r.cohort_id, r.status, r.queued_at, "
                + "s.trainee_id, s.trainee_name, s.scenario_id from reviews r join sessions s on s.id = r.session_id "
                + "where r.status <> 'DONE' and r.cohort_id in (" + marks + ") order by r.queued_at, r.session_id",
                rs -> new QueuedReview(rs.getString(1), rs.getString(2), new Participant(rs.getString(5),
                        rs.getString(6)), rs.getString(7), Review.Status.valueOf(rs.getString(3)),
                        rs.getTimestamp(4).toInstant()), cohortIds.toArray()));
    }

    @Override
    public void annotate(String sessionId, int turn, String reviewerId, String note, Instant at) {
        jdbc.inTransaction(c -> {
            Jdbc.update(c, "delete from review_annotations where session_id = ? and turn = ? and reviewer_id = ?",
                    sessionId, turn, reviewerId);
            Jdbc.update(c, "insert into review_annotations (session_id, turn, reviewer_id, note, created_at) "
                    + "values (?, ?, ?, ?, ?)", sessionId, turn, reviewerId, note, Timestamp.from(at));
            startReview(c, sessionId, reviewerId);
            return null;
        });
    }

    @Override
    public void judge(String sessionId, int turn, String flagKind, String reviewerId, Verdict verdict, Instant at) {
        replaceOnFlag("flag_verdicts", "verdict", sessionId, turn, flagKind, reviewerId, verdict.name(), at);
    }

    @Override
    public void addMissed(String sessionId, int turn, String flagKind, String reviewerId, String note, Instant at) {
        replaceOnFlag("missed_flags", "note", sessionId, turn, flagKind, reviewerId, note, at);
    }

    /** A reviewer's word on one flag kind on one turn, replacing what they said there before. */
    private void replaceOnFlag(String table, String column, String sessionId, int turn, String flagKind,
                               String reviewerId, String value, Instant at) {
        jdbc.inTransaction(c -> {
            Jdbc.update(c, "delete from " + table + " where session_id = ? and turn = ? and flag_kind = ? "
                    + "and reviewer_id = ?", sessionId, turn, flagKind, reviewerId);
            Jdbc.update(c, "insert into " + table + " (session_id, turn, flag_kind, reviewer_id, " + column
                    + ", created_at) values (?, ?, ?, ?, ?, ?)", sessionId, turn, flagKind, reviewerId, value,
                    Timestamp.from(at));
            startReview(c, sessionId, reviewerId);
            return null;
        });
    }

    @Override
    public void complete(String sessionId, String reviewerId, String summary, Instant at) {
        jdbc.inTransaction(c -> Jdbc.update(c, "update reviews set status = ?, reviewer_id = ?, summary = ?, "
                + "completed_at = ? where session_id = ?", Review.Status.DONE.name(), reviewerId, summary,
                Timestamp.from(at), sessionId));
    }

    private static void startReview(Connection c, String sessionId, String reviewerId) throws SQLException {
        Jdbc.update(c, "update reviews set status = ?, reviewer_id = ? where session_id = ? and status = ?",
                Review.Status.IN_REVIEW.name(), reviewerId, sessionId, Review.Status.QUEUED.name());
    }

    @Override
    public Optional<Review> load(String sessionId) {
        return jdbc.inTransaction(c -> Jdbc.first(c, "select * from reviews where session_id = ?", rs -> {
            Timestamp done = rs.getTimestamp("completed_at");
            return new Review(sessionId, rs.getString("cohort_id"), Review.Status.valueOf(rs.getString("status")),
                    rs.getString("reviewer_id"), rs.getString("summary"), rs.getTimestamp("queued_at").toInstant(),
                    done == null ? null : done.toInstant(), annotations(c, sessionId), verdicts(c, sessionId),
                    missed(c, sessionId));
        }, sessionId));
    }

    @Override
    public List<FlagAgreement> agreement(String cohortId, List<String> sessionIds) {
        Map<String, FlagAgreement> counts = new TreeMap<>();
        jdbc.inTransaction(c -> {
            for (String id : sessionIds) {
                for (Review.FlagVerdict v : verdicts(c, id)) {
                    count(counts, new FlagAgreement(v.flagKind(), v.verdict() == Verdict.AGREE ? 1 : 0,
                            v.verdict() == Verdict.DISAGREE ? 1 : 0, v.verdict() == Verdict.UNSURE ? 1 : 0, 0));
                }
                for (Review.MissedFlag m : missed(c, id)) {
                    count(counts, new FlagAgreement(m.flagKind(), 0, 0, 0, 1));
                }
            }
            for (FlagAgreement archived : Jdbc.list(c, "select flag_kind, sum(agreed), sum(disagreed), sum(unsure), "
                    + "sum(added) from flag_agreement_archive where cohort_id = ? group by flag_kind",
                    rs -> new FlagAgreement(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5)),
                    cohortId)) {
                count(counts, archived);
            }
            return null;
        });
        return List.copyOf(counts.values());
    }

    private static void count(Map<String, FlagAgreement> counts, FlagAgreement more) {
        counts.merge(more.flagKind(), more, FlagAgreement::plus);
    }

    @Override
    public void forgetSession(String sessionId, Instant at) {
        jdbc.inTransaction(c -> {
            // Every row explicitly: forget-me must not depend on cascades being configured.
            AgreementArchive.keep(c, at, "v.session_id = ?", sessionId);
            for (String table : List.of("review_annotations", "flag_verdicts", "missed_flags", "reviews")) {
                Jdbc.update(c, "delete from " + table + " where session_id = ?", sessionId);
            }
            return null;
        });
    }

    @Override
    public void forgetTurn(String sessionId, int turn, Instant at) {
        jdbc.inTransaction(c -> {
            AgreementArchive.keep(c, at, "v.session_id = ? and v.turn = ?", sessionId, turn);
            for (String table : List.of("review_annotations", "flag_verdicts", "missed_flags")) {
                Jdbc.update(c, "delete from " + table + " where session_id = ? and turn = ?", sessionId, turn);
            }
            return null;
        });
    }

    @Override
    public void forgetReviewer(String reviewerId, Instant at) {
        jdbc.inTransaction(c -> {
            Jdbc.update(c, "delete from review_annotations where reviewer_id = ?", reviewerId);
            AgreementArchive.keep(c, at, "v.reviewer_id = ?", reviewerId);
            Jdbc.update(c, "delete from flag_verdicts where reviewer_id = ?", reviewerId);
            Jdbc.update(c, "delete from missed_flags where reviewer_id = ?", reviewerId);
            return Jdbc.update(c, "update reviews set reviewer_id = null where reviewer_id = ?", reviewerId);
        });
    }

    private static List<Review.Annotation> annotations(Connection c, String sessionId) throws SQLException {
        return Jdbc.list(c, "select turn, reviewer_id, note, created_at from review_annotations where session_id = ? "
                + "order by turn, created_at", rs -> new Review.Annotation(rs.getInt(1), rs.getString(2),
                        rs.getString(3), rs.getTimestamp(4).toInstant()), sessionId);
    }

    private static List<Review.FlagVerdict> verdicts(Connection c, String sessionId) throws SQLException {
        return Jdbc.list(c, "select turn, flag_kind, reviewer_id, verdict from flag_verdicts where session_id = ? "
                + "order by turn, flag_kind, reviewer_id", rs -> new Review.FlagVerdict(rs.getInt(1), rs.getString(2),
                        rs.getString(3), Verdict.valueOf(rs.getString(4))), sessionId);
    }

    private static List<Review.MissedFlag> missed(Connection c, String sessionId) throws SQLException {
        return Jdbc.list(c, "select turn, flag_kind, reviewer_id, note from missed_flags where session_id = ? "
                + "order by turn, flag_kind, reviewer_id", rs -> new Review.MissedFlag(rs.getInt(1), rs.getString(2),
                        rs.getString(3), rs.getString(4)), sessionId);
    }
}
