package org.practicum.discord;

import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.practicum.core.analysis.RuleAdviceDetector;
import org.practicum.core.analysis.RuleResponseAnalyzer;
import org.practicum.core.analysis.RuleSkillClassifier;
import org.practicum.core.config.Secrets;
import org.practicum.core.config.Settings;
import org.practicum.core.cue.LexiconCueDetector;
import org.practicum.core.emotion.EmojiMap;
import org.practicum.core.platform.PlatformContext;
import org.practicum.core.safety.CrisisResources;
import org.practicum.core.safety.CrisisScreen;
import org.practicum.core.scenario.ScenarioCatalog;
import org.practicum.core.session.EngineSettings;
import org.practicum.core.session.PracticeEngine;
import org.practicum.core.simulation.ScriptedClientSimulator;
import org.practicum.core.storage.Database;
import org.practicum.core.storage.JdbcSessionStore;
import org.practicum.core.suggestion.SuggestionTemplates;
import org.practicum.core.suggestion.TemplateSuggestionEngine;

/**
 * A real engine wired as the launcher's composition root wires it, with the offline parts (no
 * embeddings), the shipped config/ and an H2 database in the given directory. Two of these on the same
 * directory, one after the other, are a bot restart.
 */
final class TestEngine implements AutoCloseable {

    /** The repository's config/, shared by every module. */
    static final Path CONFIG = Path.of("..", "config").toAbsolutePath().normalize();

    private final Database database;
    private final PracticeEngine engine;
    private final Settings settings;
    private final EmojiMap emoji;
    private final org.practicum.core.programme.Programme programme;

    TestEngine(Path dataDir, Map<String, String> settingOverrides) {
        Map<String, String> env = new HashMap<>(settingOverrides);
        settings = Settings.load(CONFIG.resolve("application.yaml"), env);
        ScenarioCatalog scenarios = ScenarioCatalog.load(CONFIG.resolve(settings.string("files.scenarios")));
        emoji = EmojiMap.load(CONFIG.resolve(settings.string("files.emoji")));
        database = Database.embedded(dataDir);
        JdbcSessionStore store = new JdbcSessionStore(database.dataSource(), Clock.systemUTC());
        engine = new PracticeEngine(scenarios,
                new RuleResponseAnalyzer(new RuleSkillClassifier(), new RuleAdviceDetector(), 0.5, null),
                new ScriptedClientSimulator(null),
                new TemplateSuggestionEngine(SuggestionTemplates.load(CONFIG.resolve(settings.string("files.suggestions")))),
                new LexiconCueDetector(), new CrisisScreen(),
                CrisisResources.load(CONFIG.resolve(settings.string("files.crisis-resources"))), store,
                new EngineSettings(settings.integer("practice.max-message-chars"), dataDir.resolve("charts"), 100),
                Clock.systemUTC());
        programme = org.practicum.core.programme.Programme.open(database.dataSource(), engine,
                org.practicum.core.cohort.RoleMap.fromSettings(settings), dataDir.resolve("charts"), Clock.systemUTC());
    }

    org.practicum.core.programme.Programme programme() {
        return programme;
    }

    PracticeEngine engine() {
        return engine;
    }

    PlatformContext context(String token) {
        return new PlatformContext(engine, settings, new Secrets(Map.of("DISCORD_TOKEN", token)), emoji, programme);
    }

    @Override
    public void close() {
        database.close();
    }
}
