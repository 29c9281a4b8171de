package org.practicum.slack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.practicum.core.emotion.EmojiMap;
import org.practicum.core.llm.OfflineRoles;
import org.practicum.core.programme.Programme;
import org.practicum.core.report.Debriefs;
import org.practicum.core.safety.CrisisResources;
import org.practicum.core.session.PracticeEngine;
import org.practicum.core.storage.Database;
import org.practicum.core.suggestion.SuggestionEngine;
import org.practicum.core.testing.Fixtures;

/**
 * A real, offline practice engine wired as the launcher wires it (no embeddings), on an H2 database in
 * {@code dataDir} and the project's own config/ scenarios; the crisis text of workspace {@value #TEAM} is
 * its own, to show per-workspace resources.
 */
record TestEngine(PracticeEngine engine, Debriefs debriefs, EmojiMap emoji, Database database,
                  Programme programme) implements AutoCloseable {

    static final String TEAM = "T1";
    static final String TEAM_CRISIS_TEXT = "Practice Team's own resources: call the Practice Team helpline.";
    static final Path CONFIG = Fixtures.CONFIG;

    static TestEngine open(Path dataDir) throws IOException {
        return open(dataDir, Database.embedded(dataDir));
    }

    /** As above on a given database: several instances may share one (H2 or PostgreSQL). */
    static TestEngine open(Path dataDir, Database database) throws IOException {
        return open(dataDir, database, Fixtures.offlineRoles().suggestions());
    }

    /** As above with these suggestions (held back, say, to see what Slack shows before them). */
    static TestEngine open(Path dataDir, Database database, SuggestionEngine suggestions) throws IOException {
        Path crisis = dataDir.resolve("crisis-resources.yaml");
        if (!Files.exists(crisis)) {
            Files.createDirectories(dataDir);
            Files.writeString(crisis, "default:\n  message: Default resources for everyone.\ncommunities:\n  "
                    + TEAM + ":\n    message: \"" + TEAM_CRISIS_TEXT + "\"\n");
        }
        OfflineRoles offline = Fixtures.offlineRoles();
        PracticeEngine engine = Fixtures.offline(Fixtures.store(database))
                .roles(offline.analyzer(), offline.client(), suggestions)
                .crisisResources(CrisisResources.load(crisis)).build();
        // Cohort roles come from Slack's own facilitator settings here, so none are configured.
        Programme programme = Programme.open(database.dataSource(),
                engine, new org.practicum.core.cohort.RoleMap(java.util.Set.of(), java.util.Set.of(), java.util.Set.of(),
                        java.util.Set.of()), dataDir.resolve("charts"), Clock.systemUTC());
        return new TestEngine(engine, Fixtures.debriefs(engine, dataDir), EmojiMap.load(CONFIG.resolve("emoji.yaml")), database, programme);
    }

    @Override
    public void close() {
        database.close();
    }
}
