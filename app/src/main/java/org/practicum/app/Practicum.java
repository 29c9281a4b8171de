package org.practicum.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.practicum.core.analysis.ResponseAnalyzer;
import org.practicum.core.cohort.RoleMap;
import org.practicum.core.config.ConfigException;
import org.practicum.core.config.Secrets;
import org.practicum.core.config.Settings;
import org.practicum.core.cue.DistressCueDetector;
import org.practicum.core.emotion.EmojiMap;
import org.practicum.core.emotion.EmotionClassifier;
import org.practicum.core.llm.LlmRoles;
import org.practicum.core.llm.OfflineRoles;
import org.practicum.core.programme.Programme;
import org.practicum.core.report.Debriefs;
import org.practicum.core.safety.CrisisResources;
import org.practicum.core.scenario.ScenarioCatalog;
import org.practicum.core.session.EngineSettings;
import org.practicum.core.session.InboxRecovery;
import org.practicum.core.session.PracticeEngine;
import org.practicum.core.simulation.ScriptedClientSimulator;
import org.practicum.core.storage.Database;
import org.practicum.core.storage.JdbcSessionStore;
import org.practicum.core.storage.RetentionPurge;
import org.practicum.core.storage.StoreLocation;
import org.practicum.core.suggestion.Grounding;
import org.practicum.core.suggestion.SuggestionTemplates;
import org.practicum.core.suggestion.TemplateSuggestionEngine;
import org.practicum.core.text.Embedder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root: reads the configuration and wires storage, the engine and its parts. The one
 * place that chooses implementations.
 */
public final class Practicum implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Practicum.class);

    private final Path configDir;
    private final Settings settings;
    private final ScenarioCatalog scenarios;
    private final EmojiMap emoji;
    private final Database database;
    private final JdbcSessionStore store;
    private final PracticeEngine engine;
    private final Debriefs debriefs;
    private final OfflineRoles offline;
    private final EngineParts parts;
    private final Programme programme;
    private RetentionPurge retentionPurge;
    /** Null for a command that does not practise: it never loads the embedding model. */
    private LineWarmUp warmUp;

    private Practicum(Path configDir, Settings settings, ScenarioCatalog scenarios, EmojiMap emoji, Database database,
                      JdbcSessionStore store, PracticeEngine engine, Debriefs debriefs, OfflineRoles offline,
                      EngineParts parts, Programme programme) {
        this.programme = programme;
        this.offline = offline;
        this.parts = parts;
        this.configDir = configDir;
        this.settings = settings;
        this.scenarios = scenarios;
        this.emoji = emoji;
        this.database = database;
        this.store = store;
        this.engine = engine;
        this.debriefs = debriefs;
    }

    /** Reads only the settings and scenarios: enough to list or validate without opening the database. */
    public static Settings settings(Path configDir, Map<String, String> env) {
        Path file = configDir.resolve("application.yaml");
        if (!Files.isRegularFile(file)) {
            throw new ConfigException(file.toString(), 0, "configuration file not found (set PRACTICUM_CONFIG_DIR "
                    + "or run from the directory that holds config/)");
        }
        Settings settings = Settings.load(file, env);
        settings.unknownEnvironmentVariables(env).forEach(v ->
                LOG.warn("environment variable {} matches no setting in {}; ignored", v, file));
        return settings;
    }

    public static ScenarioCatalog scenarios(Path configDir, Settings settings) {
        ScenarioCatalog catalog = ScenarioCatalog.load(configDir.resolve(settings.string("files.scenarios")));
        catalog.problems().forEach(p -> LOG.error("scenario skipped: {}", p.getMessage()));
        return catalog;
    }

    /** The distress-cue reader the engine uses on client text, as the settings choose it. */
    public static DistressCueDetector cueDetector(Settings settings) {
        return Analysis.from(settings).cues();
    }

    /** The offline analyser and cue reader the engine runs, as the settings choose them, without a database. */
    public static OfflineAnalysis offlineAnalysis(Settings settings) {
        Analysis analysis = Analysis.from(settings);
        return new OfflineAnalysis(analysis.responseAnalyzer(), analysis.cues());
    }

    /** What {@link #offlineAnalysis} returns. */
    public record OfflineAnalysis(ResponseAnalyzer analyzer, DistressCueDetector cues) {
    }

    /**
     * Opens storage and the engine for a command that reads or changes stored sessions; the embedding
     * model is not loaded unless the engine runs a turn.
     */
    public static Practicum open(Path configDir, Map<String, String> env) {
        Settings settings = settings(configDir, env);
        ScenarioCatalog scenarios = scenarios(configDir, settings);
        if (scenarios.all().isEmpty()) {
            throw new ConfigException(configDir.resolve(settings.string("files.scenarios")).toString(), 0,
                    "no valid scenario to practise with");
        }
        EmojiMap emoji = EmojiMap.load(configDir.resolve(settings.string("files.emoji")));
        Path dataDir = settings.path("storage.data-dir");
        StoreLocation location = storeLocation(settings, new Secrets(env));
        Database database = Database.open(location);
        LOG.info("storage: {}", location);
        JdbcSessionStore store = new JdbcSessionStore(database.dataSource(), Clock.systemUTC());
        purgeExpired(settings, store);

        Analysis analysis = Analysis.from(settings);
        SuggestionTemplates templates = SuggestionTemplates.load(configDir.resolve(settings.string("files.suggestions")));
        OfflineRoles offline = new OfflineRoles(new ScriptedClientSimulator(analysis.embedder()),
                new TemplateSuggestionEngine(templates), analysis.responseAnalyzer(), new Grounding(templates.wording()));
        LlmRoles roles = LlmRoles.fromSettings(settings, new Secrets(env), configDir, offline, analysis.emotions());
        int maxChars = settings.integer("practice.max-message-chars");
        if (maxChars < 1) {
            throw settings.invalid("practice.max-message-chars", "must be at least 1");
        }
        EngineParts parts = new EngineParts(scenarios, analysis.cues(), analysis.embedder(), analysis.emotions(),
                CrisisResources.load(configDir.resolve(settings.string("files.crisis-resources"))), store,
                new EngineSettings(maxChars, settings.integer("practice.cached-sessions"),
                        settings.integer("practice.client-leaves-after")));
        PracticeEngine engine = parts.engine(roles);
        Debriefs debriefs = new Debriefs(engine, dataDir.resolve("charts"), roles.usage());
        Programme programme = Programme.open(database.dataSource(), engine, RoleMap.fromSettings(settings),
                dataDir.resolve("charts"), Clock.systemUTC());
        return new Practicum(configDir, settings, scenarios, emoji, database, store, engine, debriefs, offline, parts,
                programme);
    }

    /**
     * {@link #open} for a command that practises (the bots, the terminal, practice, bench, eval client):
     * the authored lines are embedded in the background from the start, and closing waits for that.
     */
    public static Practicum openToPractise(Path configDir, Map<String, String> env) {
        Practicum practicum = open(configDir, env);
        practicum.warmUp = LineWarmUp.start(practicum.scenarios, practicum.parts.embedder());
        return practicum;
    }

    /** Everything an engine needs besides its three roles, so the bench can build engines on other roles. */
    public record EngineParts(ScenarioCatalog scenarios, DistressCueDetector cues, Embedder embedder,
                              EmotionClassifier lineEmotions, CrisisResources crisisResources,
                              JdbcSessionStore store, EngineSettings settings) {
        public PracticeEngine engine(LlmRoles roles) {
            return PracticeEngine.builder().scenarios(scenarios).store(store)
                    .roles(roles.analyzer(), roles.client(), roles.suggestions()).cueDetector(cues).embedder(embedder)
                    .lineEmotions(lineEmotions).crisisResources(crisisResources).settings(settings).build();
        }
    }

    /** Where sessions live: storage.url empty = embedded; the password only ever from the environment. */
    static StoreLocation storeLocation(Settings settings, Secrets secrets) {
        Path dataDir = settings.path("storage.data-dir");
        String url = settings.optionalString("storage.url").orElse("");
        if (!url.isEmpty() && !url.startsWith("jdbc:postgresql://")) {
            throw settings.invalid("storage.url", "must be empty (embedded database) or a jdbc:postgresql:// URL");
        }
        int poolSize = settings.integer("storage.pool-size");
        if (poolSize < 1) {
            throw settings.invalid("storage.pool-size", "must be at least 1");
        }
        return new StoreLocation(dataDir, url, settings.optionalString("storage.user").orElse(null),
                secrets.get(Secrets.STORAGE_PASSWORD), poolSize);
    }

    private static void purgeExpired(Settings settings, JdbcSessionStore store) {
        int days = settings.integer("storage.retention-days");
        if (days > 0) {
            int purged = store.purgeOlderThan(Clock.systemUTC().instant().minus(Duration.ofDays(days)));
            if (purged > 0) {
                LOG.info("retention: deleted {} session(s) older than {} days", purged, days);
            }
        }
    }

    public Path configDir() {
        return configDir;
    }

    public Settings settings() {
        return settings;
    }

    public ScenarioCatalog scenarios() {
        return scenarios;
    }

    public EmojiMap emoji() {
        return emoji;
    }

    public JdbcSessionStore store() {
        return store;
    }

    public PracticeEngine engine() {
        return engine;
    }

    /** The debriefs of the engine's sessions, with the model usage and the chart. */
    public Debriefs debriefs() {
        return debriefs;
    }

    /** Completes when every authored line is embedded (at once when embeddings are off or nothing practises). */
    public CompletableFuture<Void> warmedUp() {
        return warmUp == null ? CompletableFuture.completedFuture(null) : warmUp.done();
    }

    /** The offline roles, which the model-backed ones fall back to. */
    public OfflineRoles offlineRoles() {
        return offline;
    }

    public EngineParts engineParts() {
        return parts;
    }

    /** Cohorts, review, reports and personal data over the same database as the engine. */
    public Programme programme() {
        return programme;
    }

    /**
     * Long-running mode: takes up messages an instance acknowledged and never answered (see
     * {@link InboxRecovery}); started once the platforms answering them are.
     */
    public InboxRecovery inboxRecovery() {
        int minutes = settings.integer("practice.late-after-minutes");
        if (minutes < 1) {
            throw settings.invalid("practice.late-after-minutes", "must be at least 1");
        }
        return new InboxRecovery(engine, Duration.ofMinutes(minutes), Clock.systemUTC());
    }

    /** Long-running mode: purge sessions past storage.retention-days once a day (0 keeps them forever). */
    public void startDailyRetentionPurge() {
        int days = settings.integer("storage.retention-days");
        if (days > 0 && retentionPurge == null) {
            retentionPurge = new RetentionPurge(store, Duration.ofDays(days), Clock.systemUTC()).start(Duration.ofDays(1));
        }
    }

    @Override
    public void close() {
        if (warmUp != null) {
            warmUp.close();
        }
        if (retentionPurge != null) {
            retentionPurge.close();
        }
        database.close();
    }
}
