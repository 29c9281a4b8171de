package org.practicum.core.storage;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.practicum.core.session.InboxEntry;

/** The inbox table, for {@link JdbcSessionStore}: each method runs inside the caller's transaction. */
final class InboxRows {

    private static final String COLUMNS = "select session_id, event_key, platform, sender_id, text, received_at ";

    private InboxRows() {
    }

    /** Inserts the entry, held until {@code heldUntil}, unless it is there already (a platform delivering it again). */
    static void record(Connection c, InboxEntry e, Instant heldUntil) throws SQLException {
        // Not an insert that may fail: on PostgreSQL a failed statement spoils the transaction.
        Jdbc.update(c, "insert into inbox (session_id, event_key, platform, sender_id, text, received_at, claimed_until) "
                        + "select ?, ?, ?, ?, ?, ?, ? where not exists "
                        + "(select 1 from inbox where session_id = ? and event_key = ?)",
                e.sessionId(), e.eventKey(), e.platform(), e.senderId(), e.text(), Timestamp.from(e.receivedAt()),
                Timestamp.from(heldUntil), e.sessionId(), e.eventKey());
    }

    /**
     * Locks the candidates, skipping rows another transaction holds (PostgreSQL and H2 both), then takes
     * each with a conditional update: an entry whose hold has not run out is never taken twice.
     */
    static List<InboxEntry> claim(Connection c, List<String> platforms, Instant at, Instant heldUntil, int max)
            throws SQLException {
        Timestamp now = Timestamp.from(at);
        List<Object> params = new ArrayList<>(platforms);
        params.add(now);
        List<InboxEntry> candidates = Jdbc.list(c, COLUMNS + "from inbox where posted = false and platform in (" + String.join(", ", Collections.nCopies(
                        platforms.size(), "?")) + ") and (claimed_until is null or claimed_until < ?) "
                + "order by received_at fetch first " + max + " rows only for update skip locked", InboxRows::entry,
                params.toArray());
        List<InboxEntry> claimed = new ArrayList<>();
        for (InboxEntry e : candidates) {
            if (Jdbc.update(c, "update inbox set claimed_until = ? where session_id = ? and event_key = ? and posted = false "
                    + "and (claimed_until is null or claimed_until < ?)", Timestamp.from(heldUntil), e.sessionId(),
                    e.eventKey(), now) == 1) {
                claimed.add(e);
            }
        }
        return claimed;
    }

    static List<InboxEntry> unanswered(Connection c, String sessionId) throws SQLException {
        return Jdbc.list(c, COLUMNS + "from inbox where session_id = ? and posted = false order by received_at",
                InboxRows::entry, sessionId);
    }

    private static InboxEntry entry(ResultSet rs) throws SQLException {
        return new InboxEntry(rs.getString("platform"), rs.getString("event_key"), rs.getString("session_id"),
                rs.getString("sender_id"), rs.getString("text"), rs.getTimestamp("received_at").toInstant());
    }

    static void hold(Connection c, String sessionId, String eventKey, Instant heldUntil) throws SQLException {
        Jdbc.update(c, "update inbox set claimed_until = ? where session_id = ? and event_key = ? and posted = false",
                Timestamp.from(heldUntil), sessionId, eventKey);
    }

    /** The turn is stored and holds the words now: the entry keeps none. */
    static void done(Connection c, String sessionId, String eventKey) throws SQLException {
        Jdbc.update(c, "update inbox set done = true, text = '' where session_id = ? and event_key = ? and done = false",
                sessionId, eventKey);
    }

    /** The answer was shown, or the message refused or dropped: nothing is left to do for it. */
    static void posted(Connection c, String sessionId, String eventKey) throws SQLException {
        Jdbc.update(c, "update inbox set done = true, posted = true, text = '' where session_id = ? and event_key = ? "
                + "and posted = false", sessionId, eventKey);
    }

    static void deleteOf(Connection c, String sessionWhere, Object param) throws SQLException {
        Jdbc.update(c, "delete from inbox where session_id " + sessionWhere, param);
    }
}
