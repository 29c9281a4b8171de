package org.practicum.core.session;

import java.nio.file.Path;
import org.practicum.core.TestEngines;
import org.practicum.core.storage.Database;

/** A real offline engine over a fresh H2 database in a temp directory. */
final class EngineFixture implements AutoCloseable {

    final Path dir;
    final Database database;
    final PracticeEngine engine;

    EngineFixture(Path dir) {
        this.dir = dir;
        this.database = Database.embedded(dir);
        this.engine = TestEngines.offline(database, dir);
    }

    /** A second engine on the same database: what a restart looks like. */
    PracticeEngine restarted() {
        return TestEngines.offline(database, dir);
    }

    SessionUpdate start(String scenario, long seed) {
        return engine.start(scenario, new Participant("u1", "Sam"), SessionOrigin.terminal(), seed);
    }

    @Override
    public void close() {
        database.close();
    }
}
