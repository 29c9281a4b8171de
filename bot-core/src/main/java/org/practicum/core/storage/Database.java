package org.practicum.core.storage;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * Opens the configured database and brings its schema up to date with Flyway: the embedded H2 file in
 * the data directory (one instance), or a shared PostgreSQL that several instances use at once.
 */
public final class Database implements AutoCloseable {

    /** Which kind of database this is; reports and tests sometimes need to know. */
    public enum Kind { EMBEDDED, POSTGRESQL }

    private final DataSource dataSource;
    private final AutoCloseable closer;
    private final Kind kind;

    private Database(DataSource dataSource, AutoCloseable closer, Kind kind) {
        this.dataSource = dataSource;
        this.closer = closer;
        this.kind = kind;
    }

    /** The embedded database when {@code store.url()} is empty, otherwise the shared one it names. */
    public static Database open(StoreLocation store) {
        return store.url().isBlank() ? embedded(store.dataDir()) : shared(store);
    }

    /** The embedded H2 database in {@code dataDir}, created if missing. */
    public static Database embedded(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new StorageException("cannot create the data directory " + dataDir + ": " + e.getMessage(), e);
        }
        String url = "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("practicum")
                // WRITE_DELAY=0: a turn is on disk when the commit returns, so kill -9 loses nothing.
                + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE";
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "practicum", "");
        pool.setMaxConnections(16);
        try (Connection first = pool.getConnection()) {
            // the file is locked by its process: say so before Flyway wraps it in a page of SQL state
            return migrated(pool, pool::dispose, Kind.EMBEDDED);
        } catch (SQLException e) {
            pool.dispose();
            throw e.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1
                    ? new StorageException("the embedded database in " + dataDir.toAbsolutePath().normalize()
                            + " is in use by another Practicum process (one process a data directory). Stop it, or "
                            + "start this one with PRACTICUM_STORAGE_DATA_DIR set to another directory; several "
                            + "processes can share a PostgreSQL database (storage.url)", e)
                    : new StorageException("cannot open the embedded database in " + dataDir + ": " + e.getMessage(), e);
        }
    }

    /** A shared PostgreSQL database; every instance pointed at it migrates it (Flyway takes a lock). */
    public static Database shared(StoreLocation store) {
        if (!store.url().startsWith("jdbc:postgresql:")) {
            throw new StorageException("storage.url must be empty (embedded database) or a jdbc:postgresql:// URL, "
                    + "not " + StoreLocation.withoutCredentials(store.url()), null);
        }
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(store.url());
        config.setUsername(store.user());
        store.password().ifPresent(config::setPassword);
        config.setMaximumPoolSize(store.poolSize());
        config.setPoolName("practicum");
        // Fail at start with a clear message rather than on the first turn.
        config.setInitializationFailTimeout(10_000);
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new StorageException("cannot connect to " + StoreLocation.withoutCredentials(store.url())
                    + " as " + store.user() + ": " + rootMessage(e), e);
        }
        try {
            return migrated(pool, pool::close, Kind.POSTGRESQL);
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
    }

    private static Database migrated(DataSource dataSource, AutoCloseable closer, Kind kind) {
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        return new Database(dataSource, closer, kind);
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage();
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public Kind kind() {
        return kind;
    }

    @Override
    public void close() {
        try {
            closer.close();
        } catch (Exception e) {
            throw new StorageException("cannot close the database: " + e.getMessage(), e);
        }
    }
}
