package org.practicum.core.testing;

import java.nio.file.Path;
import java.time.Clock;
import org.practicum.core.analysis.ResponseAnalyzer;
import org.practicum.core.analysis.RuleAdviceDetector;
import org.practicum.core.analysis.RuleResponseAnalyzer;
import org.practicum.core.analysis.RuleSkillClassifier;
import org.practicum.core.classify.Classifiers;
import org.practicum.core.classify.HybridSkillClassifier;
import org.practicum.core.llm.OfflineRoles;
import org.practicum.core.report.Debriefs;
import org.practicum.core.report.ModelUsageSource;
import org.practicum.core.safety.CrisisResources;
import org.practicum.core.scenario.Scenario;
import org.practicum.core.scenario.ScenarioCatalog;
import org.practicum.core.session.EngineBuilder;
import org.practicum.core.session.PracticeEngine;
import org.practicum.core.session.SessionStore;
import org.practicum.core.simulation.ClientSimulator;
import org.practicum.core.simulation.ScriptedClientSimulator;
import org.practicum.core.storage.Database;
import org.practicum.core.storage.JdbcSessionStore;
import org.practicum.core.suggestion.Grounding;
import org.practicum.core.suggestion.SuggestionEngine;
import org.practicum.core.suggestion.SuggestionTemplates;
import org.practicum.core.suggestion.TemplateSuggestionEngine;

/**
 * The shipped configuration and the offline parts (no embeddings, for speed and determinism), composed
 * as the launcher composes them: every test engine, in this module and in the adapters, is built here.
 */
public final class Fixtures {

    public static final Path CONFIG = Path.of("..", "config").toAbsolutePath().normalize();

    /** The shipped {@code analysis.advice-threshold}. */
    public static final double SHIPPED_ADVICE_THRESHOLD = 0.10;

    private static ScenarioCatalog scenarios;
    private static Classifiers classifiers;

    private Fixtures() {
    }

    public static synchronized ScenarioCatalog scenarios() {
        if (scenarios == null) {
            scenarios = ScenarioCatalog.load(CONFIG.resolve("scenarios"));
        }
        return scenarios;
    }

    public static Scenario scenario(String id) {
        return scenarios().find(id).orElseThrow();
    }

    public static RuleResponseAnalyzer ruleAnalyzer() {
        return new RuleResponseAnalyzer(new RuleSkillClassifier(), new RuleAdviceDetector(), 0.5, null, null);
    }

    /** The trained classifiers on the embedding model, loaded once (a second or two). */
    public static synchronized Classifiers shippedClassifiers() {
        if (classifiers == null) {
            classifiers = Classifiers.loadDefault();
        }
        return classifiers;
    }

    /** The analyser as the product runs it by default: the trained heads on the embedding model. */
    public static RuleResponseAnalyzer shippedAnalyzer() {
        Classifiers c = shippedClassifiers();
        return new RuleResponseAnalyzer(HybridSkillClassifier.of(c.skills()), c.advice(), SHIPPED_ADVICE_THRESHOLD,
                c.embedder(), null);
    }

    /** An offline engine as the product runs it (trained classifiers, embedding-ranked lines) over {@code database}. */
    public static PracticeEngine shippedEngine(Database database) {
        Classifiers c = shippedClassifiers();
        return offline(store(database)).roles(shippedAnalyzer(), scriptedVoice(), templateSuggestions())
                .cueDetector(c.cues()).embedder(c.embedder()).lineEmotions(c.emotions()).build();
    }

    public static ClientSimulator scriptedVoice() {
        return new ScriptedClientSimulator(null);
    }

    public static SuggestionTemplates suggestionTemplates() {
        return SuggestionTemplates.load(CONFIG.resolve("suggestions.yaml"));
    }

    /** The offline roles the product runs without a model, and falls back to. */
    public static OfflineRoles offlineRoles() {
        return new OfflineRoles(scriptedVoice(), templateSuggestions(), ruleAnalyzer(),
                new Grounding(suggestionTemplates().wording()));
    }

    public static SuggestionEngine templateSuggestions() {
        return new TemplateSuggestionEngine(suggestionTemplates());
    }

    public static CrisisResources crisisResources() {
        return CrisisResources.load(CONFIG.resolve("crisis-resources.yaml"));
    }

    /** The shipped scenarios and crisis text with the offline roles, over {@code store}; set anything else on it. */
    public static EngineBuilder offline(SessionStore store) {
        return PracticeEngine.builder().scenarios(scenarios()).store(store)
                .roles(ruleAnalyzer(), scriptedVoice(), templateSuggestions()).crisisResources(crisisResources());
    }

    /** An offline engine over {@code database}. */
    public static PracticeEngine engine(Database database) {
        return offline(store(database)).build();
    }

    /** An engine with the given roles on an embedded database in {@code dataDir}. */
    public static PracticeEngine engine(Path dataDir, ResponseAnalyzer analyzer, ClientSimulator voice,
                                        SuggestionEngine suggestions) {
        return offline(store(Database.embedded(dataDir))).roles(analyzer, voice, suggestions).build();
    }

    public static JdbcSessionStore store(Database database) {
        return new JdbcSessionStore(database.dataSource(), Clock.systemUTC());
    }

    /** Debriefs of {@code engine}'s sessions, their charts drawn under {@code dataDir}. */
    public static Debriefs debriefs(PracticeEngine engine, Path dataDir) {
        return debriefs(engine, dataDir, ModelUsageSource.NONE);
    }

    public static Debriefs debriefs(PracticeEngine engine, Path dataDir, ModelUsageSource usage) {
        return new Debriefs(engine, dataDir.resolve("charts"), usage);
    }
}
