package org.practicum.core.session;

import java.nio.file.Path;
import java.util.List;
import org.practicum.core.report.Debriefs;
import org.practicum.core.storage.Database;
import org.practicum.core.storage.TestDatabase;
import org.practicum.core.testing.Fixtures;

/** A real offline engine over a fresh database (H2 in a temp directory, or a PostgreSQL schema). */
final class EngineFixture implements AutoCloseable {

    final Path dir;
    final TestDatabase testDatabase;
    final Database database;
    final PracticeEngine engine;
    final Debriefs debriefs;

    EngineFixture(Path dir) {
        this(TestDatabase.Kind.H2, dir);
    }

    EngineFixture(TestDatabase.Kind kind, Path dir) {
        this(kind, dir, false);
    }

    private EngineFixture(TestDatabase.Kind kind, Path dir, boolean shipped) {
        this.dir = dir;
        this.testDatabase = TestDatabase.create(kind, dir);
        this.database = testDatabase.open();
        this.engine = shipped ? Fixtures.shippedEngine(database) : Fixtures.engine(database);
        this.debriefs = Fixtures.debriefs(engine, dir);
    }

    /** The engine as the product runs offline by default: trained classifiers on the embedding model. */
    static EngineFixture shipped(Path dir) {
        return new EngineFixture(TestDatabase.Kind.H2, dir, true);
    }

    /** A second engine on the same database: what a restart looks like. */
    PracticeEngine restarted() {
        return Fixtures.engine(database);
    }

    /** An engine with its own connection pool on the same data: a second instance of the bot. */
    PracticeEngine secondInstance() {
        return Fixtures.engine(testDatabase.open());
    }

    SessionUpdate start(String scenario, long seed) {
        return engine.start(scenario, new Participant("u1", "Sam"), SessionOrigin.terminal(), seed);
    }

    /** A session of {@code scenario} played through the trainee's {@code lines}: its turns, the opening first. */
    List<TurnRecord> played(String scenario, long seed, List<String> lines) {
        String session = start(scenario, seed).sessionId();
        lines.forEach(line -> engine.reply(session, line));
        return engine.find(session).orElseThrow().activeTurns();
    }

    @Override
    public void close() {
        testDatabase.close();
    }
}
