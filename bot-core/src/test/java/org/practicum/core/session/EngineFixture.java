package org.practicum.core.session;

import java.nio.file.Path;
import org.practicum.core.TestEngines;
import org.practicum.core.storage.Database;
import org.practicum.core.storage.TestDatabase;

/** A real offline engine over a fresh database (H2 in a temp directory, or a PostgreSQL schema). */
final class EngineFixture implements AutoCloseable {

    final Path dir;
    final TestDatabase testDatabase;
    final Database database;
    final PracticeEngine engine;

    EngineFixture(Path dir) {
        this(TestDatabase.Kind.H2, dir);
    }

    EngineFixture(TestDatabase.Kind kind, Path dir) {
        this.dir = dir;
        this.testDatabase = TestDatabase.create(kind, dir);
        this.database = testDatabase.open();
        this.engine = TestEngines.offline(database, dir);
    }

    /** A second engine on the same database: what a restart looks like. */
    PracticeEngine restarted() {
        return TestEngines.offline(database, dir);
    }

    /** An engine with its own connection pool on the same data: a second instance of the bot. */
    PracticeEngine secondInstance() {
        return TestEngines.offline(testDatabase.open(), dir);
    }

    SessionUpdate start(String scenario, long seed) {
        return engine.start(scenario, new Participant("u1", "Sam"), SessionOrigin.terminal(), seed);
    }

    @Override
    public void close() {
        testDatabase.close();
    }
}
