package org.practicum.core.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * One transaction around some JDBC work, for the stores of this package. Work started while this thread
 * already has a transaction open on the same database joins it ({@link #atomically}), so calls to
 * several stores can be committed together.
 */
public final class Jdbc {

    /** Work inside a transaction. */
    interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    /** The connection of the transaction each database has open on this thread. */
    private static final ThreadLocal<Map<DataSource, Connection>> OPEN = ThreadLocal.withInitial(IdentityHashMap::new);

    private final DataSource dataSource;

    public Jdbc(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    <T> T inTransaction(Work<T> work) {
        Map<DataSource, Connection> open = OPEN.get();
        try {
            Connection joined = open.get(dataSource);
            if (joined != null) {
                return work.run(joined);
            }
            try (Connection c = dataSource.getConnection()) {
                c.setAutoCommit(false);
                open.put(dataSource, c);
                try {
                    T result = work.run(c);
                    c.commit();
                    return result;
                } catch (SQLException | RuntimeException e) {
                    c.rollback();
                    throw e;
                } finally {
                    open.remove(dataSource);
                }
            }
        } catch (SQLException e) {
            throw new StorageException("database error: " + e.getMessage(), e);
        }
    }

    /**
     * Runs calls to stores over this database in one transaction: each store's own transaction joins it,
     * and all their writes are committed together, or none if {@code work} throws. On PostgreSQL a failed
     * statement spoils the whole transaction, so work that recovers from one (a unique violation) does
     * not belong in here.
     */
    public <T> T atomically(Supplier<T> work) {
        return inTransaction(c -> work.get());
    }

    /** Runs an insert/update/delete with string-or-other parameters; returns the row count. */
    static int update(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = prepare(c, sql, params)) {
            return ps.executeUpdate();
        }
    }

    /** Reads one row of a result into a value. */
    interface Row<T> {
        T read(ResultSet rs) throws SQLException;
    }

    /** Every row a query returns, in its order. */
    static <T> List<T> list(Connection c, String sql, Row<T> row, Object... params) throws SQLException {
        List<T> out = new ArrayList<>();
        try (PreparedStatement ps = prepare(c, sql, params); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(row.read(rs));
            }
        }
        return out;
    }

    /** The first row a query returns, if any. */
    static <T> Optional<T> first(Connection c, String sql, Row<T> row, Object... params) throws SQLException {
        try (PreparedStatement ps = prepare(c, sql, params); ResultSet rs = ps.executeQuery()) {
            return rs.next() ? Optional.of(row.read(rs)) : Optional.empty();
        }
    }

    /** The first column of every row a query returns, as strings. */
    static List<String> strings(Connection c, String sql, Object... params) throws SQLException {
        return list(c, sql, rs -> rs.getString(1), params);
    }

    private static PreparedStatement prepare(Connection c, String sql, Object... params) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        try {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            return ps;
        } catch (SQLException e) {
            ps.close();
            throw e;
        }
    }

    /** SQLState 23505 is unique_violation in both H2 and PostgreSQL. */
    static boolean isUniqueViolation(SQLException e) {
        return "23505".equals(e.getSQLState());
    }
}
