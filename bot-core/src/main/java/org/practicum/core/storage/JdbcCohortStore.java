package org.practicum.core.storage;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.practicum.core.cohort.Cohort;
import org.practicum.core.cohort.CohortStore;
import org.practicum.core.cohort.Role;
import org.practicum.core.session.Participant;

/** {@link CohortStore} over JDBC (H2 or PostgreSQL). */
public final class JdbcCohortStore implements CohortStore {

    private final Jdbc jdbc;

    public JdbcCohortStore(DataSource dataSource) {
        this.jdbc = new Jdbc(dataSource);
    }

    @Override
    public boolean create(Cohort cohort) {
        try {
            jdbc.inTransaction(c -> {
                Jdbc.update(c, "insert into cohorts (id, name, name_key, community, created_by, created_at) "
                        + "values (?, ?, ?, ?, ?, ?)", cohort.id(), cohort.name(), Cohort.nameKey(cohort.name()),
                        cohort.community(), cohort.createdBy(), Timestamp.from(cohort.createdAt()));
                for (Cohort.Member m : cohort.members()) {
                    addMember(c, cohort.id(), m);
                }
                return null;
            });
            return true;
        } catch (StorageException e) {
            // The unique index on (community, name_key) decides; the transaction has been rolled back.
            if (e.getCause() instanceof SQLException sql && Jdbc.isUniqueViolation(sql)) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public Optional<String> named(String community, String nameKey) {
        return jdbc.inTransaction(c -> Jdbc.first(c, "select id from cohorts where community = ? and name_key = ?",
                rs -> rs.getString(1), community, nameKey));
    }

    @Override
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

    @Override
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

    @Override
    public void linkSession(String cohortId, String sessionId) {
        jdbc.inTransaction(c -> {
            // Delete then insert, as for members: the same on H2 and PostgreSQL.
            Jdbc.update(c, "delete from cohort_sessions where session_id = ?", sessionId);
            return Jdbc.update(c, "insert into cohort_sessions (session_id, cohort_id) values (?, ?)", sessionId,
                    cohortId);
        });
    }

    @Override
    public Optional<String> cohortOfSession(String sessionId) {
        return jdbc.inTransaction(c -> Jdbc.first(c, "select cohort_id from cohort_sessions where session_id = ?",
                rs -> rs.getString(1), sessionId));
    }

    @Override
    public List<String> sessionsOf(String cohortId) {
        return jdbc.inTransaction(c -> Jdbc.strings(c, "select cs.session_id from cohort_sessions cs join sessions s on "
                + "s.id = cs.session_id where cs.cohort_id = ? order by s.created_at, s.id", cohortId));
    }

    @Override
    public List<String> cohortsWhere(String personId, Role role) {
        return jdbc.inTransaction(c -> Jdbc.strings(c, "select cohort_id from cohort_members where member_id = ? "
                + "and role = ? order by cohort_id", personId, role.name()));
    }

    @Override
    public Optional<Cohort> load(String cohortId) {
        return jdbc.inTransaction(c -> Jdbc.first(c, "select * from cohorts where id = ?", rs -> new Cohort(
                rs.getString("id"), rs.getString("name"), rs.getString("community"), rs.getString("created_by"),
                rs.getTimestamp("created_at").toInstant(), members(c, cohortId), Jdbc.strings(c, "select scenario_id "
                        + "from cohort_scenarios where cohort_id = ? order by position", cohortId)), cohortId));
    }

    private static List<Cohort.Member> members(Connection c, String cohortId) throws SQLException {
        return Jdbc.list(c, "select member_id, member_name, role from cohort_members where cohort_id = ? "
                + "order by role, member_name, member_id", rs -> new Cohort.Member(
                        new Participant(rs.getString(1), rs.getString(2)), Role.valueOf(rs.getString(3))), cohortId);
    }

    @Override
    public void unlinkSession(String sessionId) {
        jdbc.inTransaction(c -> Jdbc.update(c, "delete from cohort_sessions where session_id = ?", sessionId));
    }

    @Override
    public void forgetMember(String personId, String standIn) {
        jdbc.inTransaction(c -> {
            Jdbc.update(c, "delete from cohort_members where member_id = ?", personId);
            return Jdbc.update(c, "update cohorts set created_by = ? where created_by = ?", standIn, personId);
        });
    }
}
