package org.practicum.core.storage;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * A fresh database for one test: embedded H2 in a temp directory, or a private schema in the
 * PostgreSQL named by PRACTICUM_TEST_POSTGRES_URL (a JDBC URL with user and password parameters). The
 * same test classes run on both, so the shared store is held to exactly what the embedded one does.
 */
public final class TestDatabase implements AutoCloseable {

    public static final String POSTGRES_URL = "PRACTICUM_TEST_POSTGRES_URL";

    public enum Kind { H2, POSTGRESQL }

    private final Kind kind;
    private final Path dir;
    private final String schema;
    private final List<Database> opened = new ArrayList<>();

    private TestDatabase(Kind kind, Path dir, String schema) {
        this.kind = kind;
        this.dir = dir;
        this.schema = schema;
    }

    /**
     * The kinds to run on: always H2; PostgreSQL when its URL is set. On CI a missing URL is an error,
     * not a skip, so the PostgreSQL half of the suite cannot silently stop running.
     */
    public static Stream<Kind> kinds() {
        boolean hasPostgres = postgresUrl().isPresent();
        if (!hasPostgres && "true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException("CI=true but " + POSTGRES_URL + " is not set: .ci/run starts a "
                    + "PostgreSQL for these tests");
        }
        return hasPostgres ? Stream.of(Kind.H2, Kind.POSTGRESQL) : Stream.of(Kind.H2);
    }

    static Optional<String> postgresUrl() {
        String url = System.getenv(POSTGRES_URL);
        return url == null || url.isBlank() ? Optional.empty() : Optional.of(url.strip());
    }

    public static TestDatabase create(Kind kind, Path dir) {
        if (kind == Kind.H2) {
            return new TestDatabase(kind, dir, null);
        }
        String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        try (Connection c = DriverManager.getConnection(postgresUrl().orElseThrow());
             Statement st = c.createStatement()) {
            st.execute("create schema " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create a test schema: " + e.getMessage(), e);
        }
        return new TestDatabase(kind, dir, schema);
    }

    public Kind kind() {
        return kind;
    }

    /**
     * Opens the database, as one instance would; call again for a second instance on the same data
     * (its own connection pool). Closed with this object.
     */
    public Database open() {
        Database db = kind == Kind.H2 ? Database.embedded(dir)
                : Database.shared(new StoreLocation(dir, url(), null, Optional.empty(), 8));
        opened.add(db);
        return db;
    }

    /**
     * The schema migrated only up to {@code version}, on the data {@link #open} opens: for writing rows
     * as an older release did ({@link #execute}), then opening the database to migrate them.
     */
    public void migrateOnlyTo(String version) {
        FluentConfiguration flyway = Flyway.configure().locations("classpath:db/migration").target(version);
        if (kind == Kind.H2) {
            flyway.dataSource(url(), "practicum", "");
        } else {
            flyway.dataSource(url(), null, null).schemas(schema);
        }
        flyway.load().migrate();
    }

    /** Runs statements straight on this test's database, outside any store. */
    public void execute(String... sql) {
        try (Connection c = kind == Kind.H2 ? DriverManager.getConnection(url(), "practicum", "")
                : DriverManager.getConnection(url()); Statement st = c.createStatement()) {
            for (String statement : sql) {
                st.execute(statement);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** The JDBC URL {@link #open} connects to. */
    private String url() {
        if (kind == Kind.H2) {
            return "jdbc:h2:file:" + dir.toAbsolutePath().resolve("practicum") + ";DB_CLOSE_ON_EXIT=FALSE";
        }
        String base = postgresUrl().orElseThrow();
        return base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    /** Every application table (Flyway's history excluded) with its row count: what "nothing left" checks. */
    public static java.util.Map<String, Integer> rowCounts(DataSource dataSource) throws SQLException {
        java.util.Map<String, Integer> counts = new java.util.TreeMap<>();
        try (Connection c = dataSource.getConnection()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = c.getMetaData().getTables(null, c.getSchema(), "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    String name = rs.getString("TABLE_NAME");
                    if (!name.toLowerCase(Locale.ROOT).startsWith("flyway")) {
                        tables.add(name);
                    }
                }
            }
            for (String table : tables) {
                try (Statement st = c.createStatement();
                     ResultSet rs = st.executeQuery("select count(*) from " + table)) {
                    rs.next();
                    counts.put(table.toLowerCase(Locale.ROOT), rs.getInt(1));
                }
            }
        }
        return counts;
    }

    @Override
    public void close() {
        opened.forEach(Database::close);
        if (schema != null) {
            try (Connection c = DriverManager.getConnection(postgresUrl().orElseThrow());
                 Statement st = c.createStatement()) {
                st.execute("drop schema " + schema + " cascade");
            } catch (SQLException e) {
                throw new IllegalStateException("cannot drop test schema " + schema + ": " + e.getMessage(), e);
            }
        }
    }

    @Override
    public String toString() {
        return kind.name();
    }
}
