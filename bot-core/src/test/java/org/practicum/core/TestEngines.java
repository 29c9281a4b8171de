package org.practicum.core;

import java.nio.file.Path;
import java.time.Clock;
import org.practicum.core.analysis.RuleAdviceDetector;
import org.practicum.core.analysis.RuleResponseAnalyzer;
import org.practicum.core.analysis.RuleSkillClassifier;
import org.practicum.core.cue.LexiconCueDetector;
import org.practicum.core.safety.CrisisResources;
import org.practicum.core.safety.CrisisScreen;
import org.practicum.core.scenario.Scenario;
import org.practicum.core.scenario.ScenarioCatalog;
import org.practicum.core.session.EngineSettings;
import org.practicum.core.session.PracticeEngine;
import org.practicum.core.simulation.ScriptedClientSimulator;
import org.practicum.core.storage.Database;
import org.practicum.core.storage.JdbcSessionStore;
import org.practicum.core.suggestion.SuggestionTemplates;
import org.practicum.core.suggestion.TemplateSuggestionEngine;

/** Real engines over the shipped configuration, for tests. */
public final class TestEngines {

    public static final Path CONFIG = Path.of("..", "config");

    private TestEngines() {
    }

    public static ScenarioCatalog shippedScenarios() {
        return ScenarioCatalog.load(CONFIG.resolve("scenarios"));
    }

    public static Scenario scenario(String id) {
        return shippedScenarios().find(id).orElseThrow();
    }

    public static RuleResponseAnalyzer analyzer() {
        return new RuleResponseAnalyzer(new RuleSkillClassifier(), new RuleAdviceDetector(), 0.5, null);
    }

    public static SuggestionTemplates suggestionTemplates() {
        return SuggestionTemplates.load(CONFIG.resolve("suggestions.yaml"));
    }

    /** An offline engine (no embedding model, for speed and determinism) over H2 in {@code dataDir}. */
    public static PracticeEngine offline(Database database, Path dataDir) {
        return new PracticeEngine(shippedScenarios(), analyzer(), new ScriptedClientSimulator(null),
                new TemplateSuggestionEngine(suggestionTemplates()), new LexiconCueDetector(), new CrisisScreen(),
                CrisisResources.load(CONFIG.resolve("crisis-resources.yaml")),
                new JdbcSessionStore(database.dataSource(), Clock.systemUTC()),
                new EngineSettings(4000, dataDir.resolve("charts"), 100), Clock.systemUTC());
    }
}
