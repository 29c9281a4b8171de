package org.practicum.core.testing;

import java.nio.file.Path;
import java.time.Clock;
import org.practicum.core.analysis.ResponseAnalyzer;
import org.practicum.core.analysis.RuleAdviceDetector;
import org.practicum.core.analysis.RuleResponseAnalyzer;
import org.practicum.core.analysis.RuleSkillClassifier;
import org.practicum.core.cue.LexiconCueDetector;
import org.practicum.core.report.ModelUsageSource;
import org.practicum.core.safety.CrisisResources;
import org.practicum.core.safety.CrisisScreen;
import org.practicum.core.scenario.ScenarioCatalog;
import org.practicum.core.session.EngineSettings;
import org.practicum.core.session.PracticeEngine;
import org.practicum.core.simulation.ClientSimulator;
import org.practicum.core.simulation.ScriptedClientSimulator;
import org.practicum.core.storage.Database;
import org.practicum.core.storage.JdbcSessionStore;
import org.practicum.core.suggestion.SuggestionEngine;
import org.practicum.core.suggestion.SuggestionTemplates;
import org.practicum.core.suggestion.TemplateSuggestionEngine;

/** The shipped configuration and the offline parts, as the composition root builds them (no embeddings). */
public final class Fixtures {

    public static final Path CONFIG = Path.of("..", "config").toAbsolutePath().normalize();

    private static ScenarioCatalog scenarios;

    private Fixtures() {
    }

    public static synchronized ScenarioCatalog scenarios() {
        if (scenarios == null) {
            scenarios = ScenarioCatalog.load(CONFIG.resolve("scenarios"));
        }
        return scenarios;
    }

    public static ResponseAnalyzer ruleAnalyzer() {
        return new RuleResponseAnalyzer(new RuleSkillClassifier(), new RuleAdviceDetector(), 0.5, null);
    }

    public static ClientSimulator scriptedVoice() {
        return new ScriptedClientSimulator(null);
    }

    public static SuggestionEngine templateSuggestions() {
        return new TemplateSuggestionEngine(SuggestionTemplates.load(CONFIG.resolve("suggestions.yaml")));
    }

    /** An engine on an embedded database in {@code dataDir} with the given parts. */
    public static PracticeEngine engine(Path dataDir, ResponseAnalyzer analyzer, ClientSimulator voice,
                                        SuggestionEngine suggestions, ModelUsageSource usage) {
        Database database = Database.embedded(dataDir);
        return new PracticeEngine(scenarios(), analyzer, voice, suggestions, new LexiconCueDetector(),
                new CrisisScreen(), CrisisResources.load(CONFIG.resolve("crisis-resources.yaml")),
                new JdbcSessionStore(database.dataSource(), Clock.systemUTC()),
                new EngineSettings(4000, dataDir.resolve("charts"), 1000), Clock.systemUTC(), usage);
    }
}
