package org.practicum.discord;

import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.practicum.core.config.Secrets;
import org.practicum.core.config.Settings;
import org.practicum.core.emotion.EmojiMap;
import org.practicum.core.llm.OfflineRoles;
import org.practicum.core.platform.PlatformContext;
import org.practicum.core.report.Debriefs;
import org.practicum.core.safety.CrisisResources;
import org.practicum.core.scenario.ScenarioCatalog;
import org.practicum.core.session.EngineSettings;
import org.practicum.core.session.PracticeEngine;
import org.practicum.core.storage.Database;
import org.practicum.core.suggestion.SuggestionEngine;
import org.practicum.core.testing.Fixtures;

/**
 * A real engine wired as the launcher's composition root wires it, with the offline parts (no
 * embeddings), the shipped config/ and an H2 database in the given directory. Two of these on the same
 * directory, one after the other, are a bot restart.
 */
final class TestEngine implements AutoCloseable {

    /** The repository's config/, shared by every module. */
    static final Path CONFIG = Fixtures.CONFIG;

    private final Database database;
    private final PracticeEngine engine;
    private final Debriefs debriefs;
    private final Settings settings;
    private final EmojiMap emoji;
    private final org.practicum.core.programme.Programme programme;

    TestEngine(Path dataDir, Map<String, String> settingOverrides) {
        this(dataDir, settingOverrides, Database.embedded(dataDir), Fixtures.offlineRoles().suggestions());
    }

    /** On a given database: several instances may share one (H2 or PostgreSQL). */
    TestEngine(Path dataDir, Map<String, String> settingOverrides, Database database) {
        this(dataDir, settingOverrides, database, Fixtures.offlineRoles().suggestions());
    }

    /** With these suggestions (held back, say, to see what Discord shows before them). */
    TestEngine(Path dataDir, Map<String, String> settingOverrides, SuggestionEngine suggestions) {
        this(dataDir, settingOverrides, Database.embedded(dataDir), suggestions);
    }

    private TestEngine(Path dataDir, Map<String, String> settingOverrides, Database database,
                       SuggestionEngine suggestions) {
        settings = Settings.load(CONFIG.resolve("application.yaml"), new HashMap<>(settingOverrides));
        emoji = EmojiMap.load(CONFIG.resolve(settings.string("files.emoji")));
        this.database = database;
        // The files the settings name: a test may point them elsewhere (its own server's crisis text).
        OfflineRoles offline = Fixtures.offlineRoles();
        engine = Fixtures.offline(Fixtures.store(database)).roles(offline.analyzer(), offline.client(), suggestions)
                .scenarios(ScenarioCatalog.load(CONFIG.resolve(settings.string("files.scenarios"))))
                .crisisResources(CrisisResources.load(CONFIG.resolve(settings.string("files.crisis-resources"))))
                .settings(new EngineSettings(settings.integer("practice.max-message-chars"), 100,
                        settings.integer("practice.client-leaves-after"))).build();
        debriefs = Fixtures.debriefs(engine, dataDir);
        programme = org.practicum.core.programme.Programme.open(database.dataSource(), engine,
                org.practicum.core.cohort.RoleMap.fromSettings(settings), dataDir.resolve("charts"), Clock.systemUTC());
    }

    org.practicum.core.programme.Programme programme() {
        return programme;
    }

    Database database() {
        return database;
    }

    PracticeEngine engine() {
        return engine;
    }

    Debriefs debriefs() {
        return debriefs;
    }

    PlatformContext context(String token) {
        return new PlatformContext(engine, debriefs, settings, new Secrets(Map.of("DISCORD_TOKEN", token)), emoji, programme);
    }

    @Override
    public void close() {
        database.close();
    }
}
