package org.practicum.core.cohort;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.practicum.core.storage.TestDatabase;

/**
 * A fresh {@link CohortWorld} per test on the database kind the subclass is run with; subclasses carry
 * {@code @ParameterizedClass @MethodSource("org.practicum.core.storage.TestDatabase#kinds")}.
 */
abstract class CohortWorldTest {

    @Parameter
    TestDatabase.Kind kind;
    @TempDir
    Path dir;
    CohortWorld world;

    @BeforeEach
    void openWorld() {
        world = new CohortWorld(kind, dir);
    }

    @AfterEach
    void closeWorld() {
        world.close();
    }
}
