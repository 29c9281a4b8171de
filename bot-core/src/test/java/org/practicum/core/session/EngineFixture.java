package org.practicum.core.session;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.practicum.core.report.Debriefs;
import org.practicum.core.storage.Database;
import org.practicum.core.storage.TestDatabase;
import org.practicum.core.testing.Fixtures;

/**
 * A real offline engine over a fresh database (H2 in a temp directory, or a PostgreSQL schema). Opened
 * directly, or registered as a JUnit extension ({@link #eachTest()}, {@link #shippedForTheClass()}) that
 * opens it in a temp directory of its own and closes it after.
 */
final class EngineFixture implements AutoCloseable, BeforeEachCallback, AfterEachCallback, BeforeAllCallback,
        AfterAllCallback {

    private final boolean shipped;
    private final boolean forTheClass;
    private boolean ownsDir;
    Path dir;
    TestDatabase testDatabase;
    Database database;
    PracticeEngine engine;
    Debriefs debriefs;

    EngineFixture(Path dir) {
        this(TestDatabase.Kind.H2, dir);
    }

    EngineFixture(TestDatabase.Kind kind, Path dir) {
        this(false, false);
        open(kind, dir);
    }

    private EngineFixture(boolean shipped, boolean forTheClass) {
        this.shipped = shipped;
        this.forTheClass = forTheClass;
    }

    /** The engine as the product runs offline by default: trained classifiers on the embedding model. */
    static EngineFixture shipped(Path dir) {
        EngineFixture fixture = new EngineFixture(true, false);
        fixture.open(TestDatabase.Kind.H2, dir);
        return fixture;
    }

    /** As an instance-field extension: a fresh rule-based engine for every test. */
    static EngineFixture eachTest() {
        return new EngineFixture(false, false);
    }

    /** As a static-field extension: one shipped engine (trained classifiers, loaded once) for the test class. */
    static EngineFixture shippedForTheClass() {
        return new EngineFixture(true, true);
    }

    private void open(TestDatabase.Kind kind, Path in) {
        dir = in;
        testDatabase = TestDatabase.create(kind, dir);
        database = testDatabase.open();
        engine = shipped ? Fixtures.shippedEngine(database) : Fixtures.engine(database);
        debriefs = Fixtures.debriefs(engine, dir);
    }

    private void openInOwnDir() {
        try {
            ownsDir = true;
            open(TestDatabase.Kind.H2, Files.createTempDirectory("practicum-engine"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        if (forTheClass) {
            openInOwnDir();
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (!forTheClass) {
            openInOwnDir();
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (!forTheClass) {
            close();
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (forTheClass) {
            close();
        }
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
        if (ownsDir) {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
