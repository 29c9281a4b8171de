package org.practicum.core.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;

/** Opens the configured database and brings its schema up to date with Flyway. */
public final class Database implements AutoCloseable {

    private final DataSource dataSource;
    private final AutoCloseable closer;

    private Database(DataSource dataSource, AutoCloseable closer) {
        this.dataSource = dataSource;
        this.closer = closer;
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
        return migrated(pool, pool::dispose);
    }

    private static Database migrated(DataSource dataSource, AutoCloseable closer) {
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        return new Database(dataSource, closer);
    }

    public DataSource dataSource() {
        return dataSource;
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
