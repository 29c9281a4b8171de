package org.practicum.core.session;

import java.time.Clock;
import java.util.Objects;
import org.practicum.core.analysis.MessageReader;
import org.practicum.core.analysis.ResponseAnalyzer;
import org.practicum.core.cue.DistressCueDetector;
import org.practicum.core.cue.LexiconCueDetector;
import org.practicum.core.emotion.EmotionClassifier;
import org.practicum.core.safety.CrisisResources;
import org.practicum.core.safety.CrisisScreen;
import org.practicum.core.scenario.ScenarioCatalog;
import org.practicum.core.simulation.ClientPolicy;
import org.practicum.core.simulation.ClientSimulator;
import org.practicum.core.simulation.LineRelevance;
import org.practicum.core.text.Embedder;
import org.practicum.core.suggestion.SuggestionEngine;

/**
 * Composes a {@link PracticeEngine}: the launcher and every test fixture build theirs here. Scenarios,
 * the store, the three roles and the crisis resources are required; the cue detector (the phrase
 * lexicon), the crisis screen, the settings ({@link EngineSettings#DEFAULTS}) and the clock (UTC) have
 * defaults.
 */
public final class EngineBuilder {

    private ScenarioCatalog scenarios;
    private SessionStore store;
    private ResponseAnalyzer analyzer;
    private ClientSimulator voice;
    private SuggestionEngine suggestions;
    private CrisisResources crisisResources;
    private DistressCueDetector cueDetector = new LexiconCueDetector();
    private CrisisScreen crisisScreen = new CrisisScreen();
    private EngineSettings settings = EngineSettings.DEFAULTS;
    private Clock clock = Clock.systemUTC();
    private Embedder embedder;
    private EmotionClassifier lineEmotions;

    EngineBuilder() {
    }

    public EngineBuilder scenarios(ScenarioCatalog scenarios) {
        this.scenarios = scenarios;
        return this;
    }

    public EngineBuilder store(SessionStore store) {
        this.store = store;
        return this;
    }

    /** The three roles of a turn: who reads the trainee's reply, who voices the client, who suggests. */
    public EngineBuilder roles(ResponseAnalyzer analyzer, ClientSimulator voice, SuggestionEngine suggestions) {
        this.analyzer = analyzer;
        this.voice = voice;
        this.suggestions = suggestions;
        return this;
    }

    /** Reads the cues in client text that no author tagged (a model's words). */
    public EngineBuilder cueDetector(DistressCueDetector cueDetector) {
        this.cueDetector = cueDetector;
        return this;
    }

    public EngineBuilder crisisResources(CrisisResources crisisResources) {
        this.crisisResources = crisisResources;
        return this;
    }

    public EngineBuilder crisisScreen(CrisisScreen crisisScreen) {
        this.crisisScreen = crisisScreen;
        return this;
    }

    public EngineBuilder settings(EngineSettings settings) {
        this.settings = settings;
        return this;
    }

    /**
     * The sentence embedding the client uses to understand a message and to answer it with the line that
     * fits best (default none: shared words).
     */
    public EngineBuilder embedder(Embedder embedder) {
        this.embedder = embedder;
        return this;
    }

    /** What the client's lines tagged neutral read as, so the mood shown follows their words (default none). */
    public EngineBuilder lineEmotions(EmotionClassifier classifier) {
        this.lineEmotions = classifier;
        return this;
    }

    public EngineBuilder clock(Clock clock) {
        this.clock = clock;
        return this;
    }

    public PracticeEngine build() {
        TurnPipeline pipeline = new TurnPipeline(required(analyzer, "an analyser (roles)"),
                new MessageReader(embedder), new ClientPolicy(settings.leaveAfterRuptures(), embedder == null
                ? LineRelevance.sharedWords() : LineRelevance.meaning(embedder), lineEmotions), required(voice, "a client voice (roles)"), required(suggestions, "a suggestion engine (roles)"),
                required(cueDetector, "a cue detector"), required(clock, "a clock"));
        return new PracticeEngine(required(scenarios, "scenarios"), pipeline, required(crisisScreen, "a crisis screen"),
                required(crisisResources, "crisis resources"), required(store, "a session store"),
                required(settings, "settings"), clock);
    }

    private static <T> T required(T part, String what) {
        return Objects.requireNonNull(part, () -> "the engine needs " + what);
    }
}
