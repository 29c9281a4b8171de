package org.practicum.core.storage;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.practicum.core.session.InboxEntry;
import org.practicum.core.session.Participant;
import org.practicum.core.session.Session;
import org.practicum.core.session.SessionMode;
import org.practicum.core.session.SessionOrigin;
import org.practicum.core.session.SessionStatus;
import org.practicum.core.session.SessionStore;
import org.practicum.core.session.SessionSummary;
import org.practicum.core.session.StaleSessionException;
import org.practicum.core.session.TurnRecord;

/** {@link SessionStore} over JDBC (H2 or PostgreSQL); each turn is one JSON row. */
public final class JdbcSessionStore implements SessionStore {

    private final Jdbc jdbc;
    private final Clock clock;

    public JdbcSessionStore(DataSource dataSource, Clock clock) {
        this.jdbc = new Jdbc(dataSource);
        this.clock = clock;
    }

    @Override
    public long create(Session s) {
        return inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("insert into sessions (id, scenario_id, trainee_id, "
                    + "trainee_name, platform, community, channel, thread, status, seed, version, created_at, updated_at, mode, "
                    + "roster_json) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?)")) {
                ps.setString(1, s.id());
                ps.setString(2, s.scenarioId());
                ps.setString(3, s.trainee().id());
                ps.setString(4, s.trainee().displayName());
                ps.setString(5, s.origin().platform());
                ps.setString(6, s.origin().community());
                ps.setString(7, s.origin().channel());
                ps.setString(8, s.origin().thread());
                ps.setString(9, s.status().name());
                ps.setLong(10, s.seed());
                ps.setTimestamp(11, Timestamp.from(s.createdAt()));
                ps.setTimestamp(12, now());
                ps.setString(13, s.mode().name());
                ps.setString(14, writeRoster(s.roster()));
                ps.executeUpdate();
            }
            for (TurnRecord t : s.turns()) {
                insertTurn(c, s.id(), t);
            }
            return 1L;
        });
    }

    @Override
    public long appendTurn(String sessionId, TurnRecord turn, SessionStatus status, long expectedVersion) {
        return inTransaction(c -> {
            long version = bump(c, sessionId, expectedVersion, status);
            insertTurn(c, sessionId, turn);
            if (turn.eventKey() != null) {
                InboxRows.done(c, sessionId, turn.eventKey());
            }
            return version;
        });
    }

    @Override
    public long supersede(String sessionId, int turn, int attempt, long expectedVersion) {
        return inTransaction(c -> {
            long version = bump(c, sessionId, expectedVersion, null);
            Optional<TurnRecord> record = readTurn(c, sessionId, turn, attempt);
            if (record.isEmpty()) {
                throw new IllegalStateException("no turn " + turn + "/" + attempt + " in session " + sessionId);
            }
            try (PreparedStatement ps = c.prepareStatement("update turns set superseded = true, record_json = ? "
                    + "where session_id = ? and turn = ? and attempt = ?")) {
                ps.setString(1, write(record.get().asSuperseded()));
                ps.setString(2, sessionId);
                ps.setInt(3, turn);
                ps.setInt(4, attempt);
                ps.executeUpdate();
            }
            return version;
        });
    }

    @Override
    public long updateStatus(String sessionId, SessionStatus status, long expectedVersion) {
        return inTransaction(c -> bump(c, sessionId, expectedVersion, status));
    }

    @Override
    public long updateRoster(String sessionId, List<Participant> roster, long expectedVersion) {
        return inTransaction(c -> {
            long version = bump(c, sessionId, expectedVersion, null);
            try (PreparedStatement ps = c.prepareStatement("update sessions set roster_json = ? where id = ?")) {
                ps.setString(1, writeRoster(roster));
                ps.setString(2, sessionId);
                ps.executeUpdate();
            }
            return version;
        });
    }

    @Override
    public Optional<Session> load(String sessionId) {
        return inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("select * from sessions where id = ?")) {
                ps.setString(1, sessionId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(session(c, rs)) : Optional.empty();
                }
            }
        });
    }

    @Override
    public Optional<Session> findByThread(String platform, String thread) {
        return inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "select * from sessions where platform = ? and thread = ? order by created_at desc")) {
                ps.setString(1, platform);
                ps.setString(2, thread);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(session(c, rs)) : Optional.empty();
                }
            }
        });
    }

    @Override
    public Optional<Session> findOpenStartedBy(String platform, String channel, String traineeId) {
        return inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("select * from sessions where platform = ? and channel = ? "
                    + "and trainee_id = ? and status <> ? order by created_at desc, id desc")) {
                ps.setString(1, platform);
                ps.setString(2, channel);
                ps.setString(3, traineeId);
                ps.setString(4, SessionStatus.ENDED.name());
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(session(c, rs)) : Optional.empty();
                }
            }
        });
    }

    @Override
    public List<SessionSummary> list() {
        return inTransaction(c -> {
            List<SessionSummary> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("select s.*, (select count(*) from turns t where "
                    + "t.session_id = s.id and t.superseded = false and t.turn > 0) as n from sessions s "
                    + "order by s.created_at, s.id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new SessionSummary(rs.getString("id"), rs.getString("scenario_id"),
                            rs.getString("trainee_name"), rs.getString("platform"),
                            SessionStatus.valueOf(rs.getString("status")), rs.getInt("n"),
                            rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant()));
                }
            }
            return out;
        });
    }

    @Override
    public boolean delete(String sessionId) {
        return inTransaction(c -> {
            AgreementArchive.keep(c, clock.instant(), "v.session_id = ?", sessionId);
            // Turns and inbox go first explicitly: "forget me" must not depend on a cascade being configured.
            InboxRows.deleteOf(c, "= ?", sessionId);
            try (PreparedStatement turns = c.prepareStatement("delete from turns where session_id = ?");
                 PreparedStatement session = c.prepareStatement("delete from sessions where id = ?")) {
                turns.setString(1, sessionId);
                turns.executeUpdate();
                session.setString(1, sessionId);
                return session.executeUpdate() > 0;
            }
        });
    }

    @Override
    public int purgeOlderThan(Instant cutoff) {
        return inTransaction(c -> {
            AgreementArchive.keep(c, clock.instant(), "v.session_id in (select id from sessions where updated_at < ?)",
                    Timestamp.from(cutoff));
            InboxRows.deleteOf(c, "in (select id from sessions where updated_at < ?)", Timestamp.from(cutoff));
            try (PreparedStatement turns = c.prepareStatement("delete from turns where session_id in "
                    + "(select id from sessions where updated_at < ?)");
                 PreparedStatement sessions = c.prepareStatement("delete from sessions where updated_at < ?")) {
                turns.setTimestamp(1, Timestamp.from(cutoff));
                turns.executeUpdate();
                sessions.setTimestamp(1, Timestamp.from(cutoff));
                return sessions.executeUpdate();
            }
        });
    }

    @Override
    public List<String> sessionsOf(String personId) {
        // The roster and turn authors are JSON: a LIKE narrows, the exact checks happen per session.
        return inTransaction(c -> Jdbc.strings(c, "select distinct s.id, s.created_at from sessions s where "
                + "s.trainee_id = ? or s.roster_json like ? or exists (select 1 from turns t where t.session_id = s.id "
                + "and t.record_json like ?) order by s.created_at, s.id", personId, "%" + likeSafe(personId) + "%",
                "%\"author\":\"" + likeSafe(personId) + "\"%"));
    }

    @Override
    public void removeParticipant(String sessionId, String personId, Participant standIn) {
        inTransaction(c -> {
            Optional<List<Participant>> roster = Jdbc.first(c, "select roster_json from sessions where id = ?",
                    rs -> new ArrayList<>(readRoster(rs.getString(1))), sessionId);
            if (roster.isPresent()) {
                roster.get().removeIf(p -> p.id().equals(personId));
                Jdbc.update(c, "update sessions set roster_json = ?, version = version + 1 where id = ?",
                        writeRoster(roster.get()), sessionId);
            }
            return Jdbc.update(c, "update sessions set trainee_id = ?, trainee_name = ? where id = ? and trainee_id = ?",
                    standIn.id(), standIn.displayName(), sessionId, personId);
        });
    }

    @Override
    public void replaceTurn(String sessionId, TurnRecord record) {
        inTransaction(c -> Jdbc.update(c, "update turns set record_json = ?, event_key = ? where session_id = ? "
                + "and turn = ? and attempt = ?", write(record), record.eventKey(), sessionId, record.turn(),
                record.attempt()));
    }

    @Override
    public void recordInbound(InboxEntry entry, Instant heldUntil) {
        inTransaction(c -> {
            InboxRows.record(c, entry, heldUntil);
            return null;
        });
    }

    @Override
    public List<InboxEntry> claimInbound(java.util.Collection<String> platforms, Instant now, Instant heldUntil,
                                         int max) {
        return platforms.isEmpty() ? List.of()
                : inTransaction(c -> InboxRows.claim(c, List.copyOf(platforms), now, heldUntil, max));
    }

    @Override
    public List<InboxEntry> unansweredInbound(String sessionId) {
        return inTransaction(c -> InboxRows.unanswered(c, sessionId));
    }

    @Override
    public void holdInbound(String sessionId, String eventKey, Instant heldUntil) {
        inTransaction(c -> {
            InboxRows.hold(c, sessionId, eventKey, heldUntil);
            return null;
        });
    }

    @Override
    public void inboundDone(String sessionId, String eventKey) {
        inTransaction(c -> {
            InboxRows.posted(c, sessionId, eventKey);
            return null;
        });
    }

    private static String likeSafe(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private long bump(Connection c, String sessionId, long expectedVersion, SessionStatus status) throws SQLException {
        String sql = status == null
                ? "update sessions set version = version + 1, updated_at = ? where id = ? and version = ?"
                : "update sessions set version = version + 1, updated_at = ?, status = ? where id = ? and version = ?";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int i = 1;
            ps.setTimestamp(i++, now());
            if (status != null) {
                ps.setString(i++, status.name());
            }
            ps.setString(i++, sessionId);
            ps.setLong(i, expectedVersion);
            if (ps.executeUpdate() != 1) {
                throw new StaleSessionException(sessionId, expectedVersion);
            }
        }
        return expectedVersion + 1;
    }

    private void insertTurn(Connection c, String sessionId, TurnRecord t) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("insert into turns (session_id, turn, attempt, superseded, "
                + "record_json, created_at, event_key) values (?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, sessionId);
            ps.setInt(2, t.turn());
            ps.setInt(3, t.attempt());
            ps.setBoolean(4, t.superseded());
            ps.setString(5, write(t));
            ps.setTimestamp(6, Timestamp.from(t.at()));
            ps.setString(7, t.eventKey());
            ps.executeUpdate();
        } catch (SQLException e) {
            if (Jdbc.isUniqueViolation(e)) {
                // Another instance stored this turn or this event first: the caller reloads and sees it.
                throw new StaleSessionException(sessionId, -1);
            }
            throw e;
        }
    }

    private Session session(Connection c, ResultSet rs) throws SQLException {
        String id = rs.getString("id");
        List<TurnRecord> turns = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "select record_json from turns where session_id = ? order by turn, attempt")) {
            ps.setString(1, id);
            try (ResultSet t = ps.executeQuery()) {
                while (t.next()) {
                    turns.add(read(t.getString(1)));
                }
            }
        }
        return new Session(id, rs.getString("scenario_id"),
                new Participant(rs.getString("trainee_id"), rs.getString("trainee_name")),
                new SessionOrigin(rs.getString("platform"), rs.getString("community"), rs.getString("channel"),
                        rs.getString("thread")),
                rs.getLong("seed"), rs.getTimestamp("created_at").toInstant(),
                SessionMode.valueOf(rs.getString("mode")), readRoster(rs.getString("roster_json")),
                SessionStatus.valueOf(rs.getString("status")), rs.getLong("version"), turns);
    }

    private Optional<TurnRecord> readTurn(Connection c, String sessionId, int turn, int attempt) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "select record_json from turns where session_id = ? and turn = ? and attempt = ?")) {
            ps.setString(1, sessionId);
            ps.setInt(2, turn);
            ps.setInt(3, attempt);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(read(rs.getString(1))) : Optional.empty();
            }
        }
    }

    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }

    private static String writeRoster(List<Participant> roster) {
        try {
            return Json.mapper().writeValueAsString(roster);
        } catch (JsonProcessingException e) {
            throw new StorageException("cannot encode the roster", e);
        }
    }

    private static List<Participant> readRoster(String json) {
        try {
            return List.of(Json.mapper().readValue(json, Participant[].class));
        } catch (JsonProcessingException e) {
            throw new StorageException("a stored roster cannot be read: " + e.getOriginalMessage(), e);
        }
    }

    private static String write(TurnRecord t) {
        try {
            return Json.mapper().writeValueAsString(t);
        } catch (JsonProcessingException e) {
            throw new StorageException("cannot encode turn " + t.turn(), e);
        }
    }

    private static TurnRecord read(String json) {
        try {
            return Json.mapper().readValue(json, TurnRecord.class);
        } catch (JsonProcessingException e) {
            throw new StorageException("a stored turn cannot be read: " + e.getOriginalMessage(), e);
        }
    }

    private <T> T inTransaction(Jdbc.Work<T> work) {
        return jdbc.inTransaction(work);
    }
}
