package org.practicum.core.privacy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.practicum.core.cohort.Cohort;
import org.practicum.core.cohort.Cohorts;
import org.practicum.core.cohort.Role;
import org.practicum.core.review.Review;
import org.practicum.core.review.ReviewStore;
import org.practicum.core.session.Participant;
import org.practicum.core.session.Session;
import org.practicum.core.session.SessionMode;
import org.practicum.core.session.TurnRecord;
import org.practicum.core.storage.AgreementArchive;
import org.practicum.core.storage.Jdbc;
import org.practicum.core.storage.Json;
import org.practicum.core.storage.StorageException;

/**
 * A person's own data: {@link #export} gives it to them (JSON and Markdown), {@link #forget} erases it
 * from every table. In a group session others practised in, only the person's own turns are removed,
 * so the rest of the group keeps their practice.
 */
public final class PersonalData {

    /** Stands in for a forgotten person where a row must keep an owner (a group session, a cohort). */
    public static final String FORGOTTEN = "forgotten";
    private static final String REMOVED = "(removed at the trainee's request)";

    private final Jdbc jdbc;
    private final Cohorts cohorts;
    private final ReviewStore reviews;
    private final Path chartDir;
    private final Clock clock;

    public PersonalData(DataSource dataSource, Cohorts cohorts, ReviewStore reviews, Path chartDir, Clock clock) {
        this.jdbc = new Jdbc(dataSource);
        this.cohorts = cohorts;
        this.reviews = reviews;
        this.chartDir = chartDir;
        this.clock = clock;
    }

    /** Everything stored about a person, as they may download it. */
    public record Export(String json, String markdown) {
    }

    public Export export(Participant person) {
        ObjectNode root = Json.mapper().createObjectNode();
        root.put("person", person.id());
        ArrayNode cohortsNode = root.putArray("cohorts");
        for (Role role : Role.values()) {
            for (Cohort c : cohorts.cohortsOf(person, role)) {
                cohortsNode.addObject().put("cohort", c.name()).put("role", role.id());
            }
        }
        StringBuilder md = new StringBuilder("# Your Practicum data\n\n");
        ArrayNode sessionsNode = root.putArray("sessions");
        for (String id : sessionsOf(person.id())) {
            Session s = cohorts.engine().find(id).orElse(null);
            if (s == null) {
                continue;
            }
            boolean own = s.mode() == SessionMode.PRIVATE && s.trainee().id().equals(person.id());
            ObjectNode node = sessionsNode.addObject().put("session", s.id()).put("scenario", s.scenarioId())
                    .put("started", s.createdAt().toString()).put("status", s.status().name())
                    .put("mode", s.mode().name());
            md.append("## ").append(s.scenarioId()).append(" (").append(s.id()).append(", ")
                    .append(s.createdAt()).append(")\n\n");
            ArrayNode turns = node.putArray("turns");
            for (TurnRecord t : s.activeTurns()) {
                boolean mine = person.id().equals(t.author()) || own && t.author() == null && t.turn() > 0;
                // In someone else's group session, only this person's own replies (and what the client said to them).
                if (!own && !mine) {
                    continue;
                }
                ObjectNode turn = turns.addObject().put("turn", t.turn());
                if (t.traineeText() != null) {
                    turn.put("you", t.traineeText());
                    md.append("**You:** ").append(t.traineeText()).append("\n\n");
                }
                if (t.client() != null) {
                    turn.put("client", t.client().text());
                    md.append("**Client:** ").append(t.client().text()).append("\n\n");
                }
                if (t.analysis() != null) {
                    ArrayNode flags = turn.putArray("flags");
                    t.analysis().flags().forEach(f -> {
                        flags.add(f.kind().id());
                        md.append("> flag: ").append(f.kind().label()).append(" — ").append(f.why()).append("\n\n");
                    });
                }
            }
            if (own || s.mode() == SessionMode.GROUP) {
                reviews.load(s.id()).filter(r -> r.status() == Review.Status.DONE).ifPresent(r -> {
                    ObjectNode review = node.putObject("review").put("summary", r.summary());
                    ArrayNode notes = review.putArray("notes");
                    r.annotations().forEach(a -> notes.addObject().put("turn", a.turn()).put("note", a.note()));
                    md.append("### Reviewer's notes\n\n");
                    r.annotations().forEach(a -> md.append("- turn ").append(a.turn()).append(": ").append(a.note())
                            .append('\n'));
                    md.append("\nSummary: ").append(r.summary()).append("\n\n");
                });
            }
        }
        try {
            return new Export(Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(root), md.toString());
        } catch (JsonProcessingException e) {
            throw new StorageException("cannot encode the export", e);
        }
    }

    /** Erases the person from every table; returns how many of their own sessions were deleted. */
    public int forget(Participant person) {
        String id = person.id();
        List<String> sessions = sessionsOf(id);
        Instant now = clock.instant();
        int deleted = jdbc.inTransaction(c -> {
            int own = 0;
            for (String sessionId : sessions) {
                if (ownsPrivate(c, sessionId, id)) {
                    deleteSession(c, sessionId, now);
                    own++;
                } else {
                    removeFromGroup(c, sessionId, id, now);
                }
            }
            Jdbc.update(c, "delete from cohort_members where member_id = ?", id);
            Jdbc.update(c, "update cohorts set created_by = ? where created_by = ?", FORGOTTEN, id);
            Jdbc.update(c, "delete from review_annotations where reviewer_id = ?", id);
            AgreementArchive.keep(c, now, "v.reviewer_id = ?", id);
            Jdbc.update(c, "delete from flag_verdicts where reviewer_id = ?", id);
            Jdbc.update(c, "update reviews set reviewer_id = null where reviewer_id = ?", id);
            return own;
        });
        for (String sessionId : sessions) {
            cohorts.engine().evict(sessionId);
            try {
                Files.deleteIfExists(chartDir.resolve(sessionId + ".png"));
            } catch (IOException e) {
                throw new StorageException("cannot delete the chart of session " + sessionId, e);
            }
        }
        return deleted;
    }

    private List<String> sessionsOf(String personId) {
        return jdbc.inTransaction(c -> {
            List<String> out = new ArrayList<>();
            // The roster and turn authors are JSON: a LIKE narrows, the exact checks happen per session.
            try (PreparedStatement ps = c.prepareStatement("select distinct s.id, s.created_at from sessions s "
                    + "where s.trainee_id = ? or s.roster_json like ? or exists (select 1 from turns t where "
                    + "t.session_id = s.id and t.record_json like ?) order by s.created_at, s.id")) {
                ps.setString(1, personId);
                ps.setString(2, "%" + likeSafe(personId) + "%");
                ps.setString(3, "%\"author\":\"" + likeSafe(personId) + "\"%");
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getString(1));
                    }
                }
            }
            return out;
        });
    }

    private static boolean ownsPrivate(Connection c, String sessionId, String personId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select trainee_id, mode from sessions where id = ?")) {
            ps.setString(1, sessionId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getString(1).equals(personId) && SessionMode.PRIVATE.name().equals(rs.getString(2));
            }
        }
    }

    /** Every row of a session, explicitly: forget-me must not depend on cascades being configured. */
    private static void deleteSession(Connection c, String sessionId, Instant now) throws SQLException {
        AgreementArchive.keep(c, now, "v.session_id = ?", sessionId);
        for (String table : List.of("review_annotations", "flag_verdicts", "reviews", "cohort_sessions", "turns")) {
            Jdbc.update(c, "delete from " + table + " where session_id = ?", sessionId);
        }
        Jdbc.update(c, "delete from sessions where id = ?", sessionId);
    }

    /** Takes the person out of a group session: off the roster, their replies removed, ownership handed on. */
    private static void removeFromGroup(Connection c, String sessionId, String personId, Instant now)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select roster_json from sessions where id = ?")) {
            ps.setString(1, sessionId);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    List<Participant> roster = new ArrayList<>(List.of(read(rs.getString(1), Participant[].class)));
                    roster.removeIf(p -> p.id().equals(personId));
                    Jdbc.update(c, "update sessions set roster_json = ?, version = version + 1 where id = ?",
                            write(roster), sessionId);
                }
            }
        }
        Jdbc.update(c, "update sessions set trainee_id = ?, trainee_name = ? where id = ? and trainee_id = ?",
                FORGOTTEN, FORGOTTEN, sessionId, personId);
        List<TurnRecord> authored = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("select record_json from turns where session_id = ?")) {
            ps.setString(1, sessionId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    TurnRecord t = read(rs.getString(1), TurnRecord.class);
                    if (personId.equals(t.author())) {
                        authored.add(t);
                    }
                }
            }
        }
        for (TurnRecord t : authored) {
            TurnRecord removed = new TurnRecord(t.turn(), t.attempt(), FORGOTTEN, REMOVED, null, t.client(),
                    t.suggestions(), null, t.stateAfter(), t.superseded(), t.at(), null);
            Jdbc.update(c, "update turns set record_json = ?, event_key = null where session_id = ? and turn = ? "
                    + "and attempt = ?", write(removed), sessionId, t.turn(), t.attempt());
            AgreementArchive.keep(c, now, "v.session_id = ? and v.turn = ?", sessionId, t.turn());
            for (String table : List.of("review_annotations", "flag_verdicts")) {
                Jdbc.update(c, "delete from " + table + " where session_id = ? and turn = ?", sessionId, t.turn());
            }
        }
    }

    private static String likeSafe(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static <T> T read(String json, Class<T> type) {
        try {
            return Json.mapper().readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new StorageException("a stored record cannot be read: " + e.getOriginalMessage(), e);
        }
    }

    private static String write(Object value) {
        try {
            return Json.mapper().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new StorageException("cannot encode a record", e);
        }
    }
}
