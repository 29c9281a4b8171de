package org.practicum.core.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreLocationTest {

    @TempDir
    Path dir;

    @Test
    void a_shared_store_is_described_in_logs_without_its_password() {
        StoreLocation location = new StoreLocation(dir, "jdbc:postgresql://db:5432/practicum?password=hunter2&ssl=true",
                "practicum", Optional.of("s3cret-from-env"), 10);
        String logged = location.toString();
        assertFalse(logged.contains("hunter2"), logged);
        assertFalse(logged.contains("s3cret-from-env"), logged);
        assertEquals("jdbc:postgresql://db:5432/practicum?password=***&ssl=true as practicum", logged);
    }

    @Test
    void an_empty_url_means_the_embedded_database_in_the_data_directory() {
        StoreLocation location = new StoreLocation(dir, "  ", "practicum", Optional.empty(), 10);
        assertFalse(location.shared());
        try (Database db = Database.open(location)) {
            assertEquals(Database.Kind.EMBEDDED, db.kind());
        }
    }

    @Test
    void a_url_that_is_not_postgresql_is_refused_with_the_reason_and_no_credentials() {
        StorageException e = assertThrows(StorageException.class, () -> Database.open(new StoreLocation(dir,
                "jdbc:mysql://user:pw123@db/practicum", "u", Optional.empty(), 2)));
        assertTrue(e.getMessage().contains("jdbc:postgresql://"), e.getMessage());
        assertFalse(e.getMessage().contains("pw123"), e.getMessage());
    }

    @Test
    void a_wrong_password_for_the_shared_store_fails_at_start_without_showing_the_password() {
        // Runs where a test PostgreSQL is configured (always on CI).
        org.junit.jupiter.api.Assumptions.assumeTrue(TestDatabase.postgresUrl().isPresent());
        String url = TestDatabase.postgresUrl().get().replaceAll("password=[^&]*", "password=wrong-pass-123");
        StorageException e = assertThrows(StorageException.class, () -> Database.open(new StoreLocation(dir, url,
                null, Optional.empty(), 2)));
        assertTrue(e.getMessage().startsWith("cannot connect to"), e.getMessage());
        assertFalse(e.getMessage().contains("wrong-pass-123"), e.getMessage());
    }
}
