package org.practicum.core.cohort;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.practicum.core.session.Participant;
import org.practicum.core.storage.Jdbc;

/** Cohorts, members, assigned scenarios and which sessions belong to which cohort, over JDBC. */
public final class CohortStore {

    private final Jdbc jdbc;

    public CohortStore(DataSource dataSource) {
        this.jdbc = new Jdbc(dataSource);
    }

    public void create(Cohort cohort) {
        jdbc.inTransaction(c -> {
            Jdbc.update(c, "insert into cohorts (id, name, community, created_by, created_at) values (?, ?, ?, ?, ?)",
                    cohort.id(), cohort.name(), cohort.community(), cohort.createdBy(),
                    Timestamp.from(cohort.createdAt()));
            for (Cohort.Member m : cohort.members()) {
                addMember(c, cohort.id(), m);
            }
            return null;
        });
    }

    public void addMember(String cohortId, Cohort.Member member) {
        jdbc.inTransaction(c -> {
            addMember(c, cohortId, member);
            return null;
        });
    }

    private static void addMember(Connection c, String cohortId, Cohort.Member m) throws SQLException {
        // Delete then insert: enrolling twice is harmless, and works the same on H2 and PostgreSQL.
        Jdbc.update(c, "delete from cohort_members where cohort_id = ? and member_id = ? and role = ?", cohortId,
                m.person().id(), m.role().name());
        Jdbc.update(c, "insert into cohort_members (cohort_id, member_id, member_name, role) values (?, ?, ?, ?)",
                cohortId, m.person().id(), m.person().displayName(), m.role().name());
    }

    public void assignScenarios(String cohortId, List<String> scenarioIds) {
        jdbc.inTransaction(c -> {
            Jdbc.update(c, "delete from cohort_scenarios where cohort_id = ?", cohortId);
            for (int i = 0; i < scenarioIds.size(); i++) {
                Jdbc.update(c, "insert into cohort_scenarios (cohort_id, position, scenario_id) values (?, ?, ?)",
                        cohortId, i + 1, scenarioIds.get(i));
            }
            return null;
        });
    }

    /** The session belongs to this cohort, replacing any earlier link. */
    public void linkSession(String cohortId, String sessionId) {
        jdbc.inTransaction(c -> {
            // Delete then insert, as for members: the same on H2 and PostgreSQL.
            Jdbc.update(c, "delete from cohort_sessions where session_id = ?", sessionId);
            return Jdbc.update(c, "insert into cohort_sessions (session_id, cohort_id) values (?, ?)", sessionId,
                    cohortId);
        });
    }

    public Optional<String> cohortOfSession(String sessionId) {
        return jdbc.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("select cohort_id from cohort_sessions where session_id = ?")) {
                ps.setString(1, sessionId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
                }
            }
        });
    }

    /** The cohort's sessions, oldest first. */
    public List<String> sessionsOf(String cohortId) {
        return jdbc.inTransaction(c -> strings(c, "select cs.session_id from cohort_sessions cs join sessions s on "
                + "s.id = cs.session_id where cs.cohort_id = ? order by s.created_at, s.id", cohortId));
    }

    /** The cohorts in which this person holds this role. */
    public List<String> cohortsWhere(String personId, Role role) {
        return jdbc.inTransaction(c -> strings(c, "select cohort_id from cohort_members where member_id = ? and role = ? "
                + "order by cohort_id", personId, role.name()));
    }

    public Optional<Cohort> load(String cohortId) {
        return jdbc.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("select * from cohorts where id = ?")) {
                ps.setString(1, cohortId);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    List<Cohort.Member> members = new ArrayList<>();
                    try (PreparedStatement m = c.prepareStatement("select member_id, member_name, role from "
                            + "cohort_members where cohort_id = ? order by role, member_name, member_id")) {
                        m.setString(1, cohortId);
                        try (ResultSet mr = m.executeQuery()) {
                            while (mr.next()) {
                                members.add(new Cohort.Member(new Participant(mr.getString(1), mr.getString(2)),
                                        Role.valueOf(mr.getString(3))));
                            }
                        }
                    }
                    List<String> scenarios = strings(c, "select scenario_id from cohort_scenarios where cohort_id = ? "
                            + "order by position", cohortId);
                    return Optional.of(new Cohort(rs.getString("id"), rs.getString("name"), rs.getString("community"),
                            rs.getString("created_by"), rs.getTimestamp("created_at").toInstant(), members, scenarios));
                }
            }
        });
    }

    private static List<String> strings(Connection c, String sql, Object... params) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        }
        return out;
    }
}
