package org.practicum.core.simulation;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.practicum.core.analysis.ConversationFacts;
import org.practicum.core.cue.CueKind;
import org.practicum.core.emotion.Emotion;
import org.practicum.core.scenario.RiskQuestion;
import org.practicum.core.scenario.Scenario;

/**
 * The client's explicit inner state after a turn (after SimPatient's visible state scales). Immutable:
 * a retry rewinds by going back to an earlier value. Stored with each turn; fields added later read
 * as empty from older rows.
 *
 * @param trust            0..1; rises with reflections and open questions, falls after advice too soon,
 *                         judgement, minimising or an ignored cue
 * @param disclosedLayers  how many layers of the story are out (layer i is out when i < disclosedLayers)
 * @param currentLayer     the layer the client is talking from
 * @param emotion          the emotion of the client's last message, as shown
 * @param adviceCooldown   turns left during which the client will not open up after premature advice
 * @param lowTrustTurns    consecutive turns with trust near zero
 * @param usedLines        lines already spoken, never repeated in a session (minimal ones aside)
 * @param voicedCues       cues already voiced, as "layer:cue" indexes
 * @param pendingCue       a cue voiced in the last client message, awaiting the trainee's response
 * @param closedQuestionStreak yes/no questions the trainee asked in a row (see Analysis#closedRunAfter)
 * @param reflections      accurate reflections the trainee has made so far
 * @param coreHeard        the trainee reflected or explored the core concern after it came out
 * @param mood             how the person feels underneath, moving with trust, ruptures and disclosures
 * @param introduced       ids of the people the client has introduced
 * @param usedFacts        facts already told (another telling of one is not said)
 * @param ruptureStreak    consecutive trainee replies that advised too soon, judged, minimised or missed a cue
 * @param riskAsked        the direct risk questions the trainee has asked
 * @param riskDisclosed    the client has told the trainee about thoughts of not being here
 * @param advised          the trainee gave premature advice at some point
 */
public record ClientState(double trust, int disclosedLayers, int currentLayer, Phase phase, Emotion emotion,
                          int adviceCooldown, int lowTrustTurns, Set<String> usedLines, Set<String> voicedCues,
                          String pendingCue, int closedQuestionStreak, int reflections, boolean coreHeard,
                          boolean ended, Mood mood, Set<String> introduced, Set<String> usedFacts, int ruptureStreak,
                          Set<RiskQuestion> riskAsked, boolean riskDisclosed, boolean advised) {

    public ClientState {
        usedLines = Set.copyOf(new LinkedHashSet<>(usedLines));
        voicedCues = Set.copyOf(voicedCues);
        introduced = introduced == null ? Set.of() : Set.copyOf(introduced);
        usedFacts = usedFacts == null ? Set.of() : Set.copyOf(usedFacts);
        riskAsked = riskAsked == null || riskAsked.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(riskAsked));
        mood = mood == null ? Mood.of(emotion) : mood;
        if (trust < 0 || trust > 1) {
            throw new IllegalArgumentException("trust must be within [0, 1], was " + trust);
        }
    }

    /** A state of the first fourteen components (what a test sets up); the rest start empty. */
    public ClientState(double trust, int disclosedLayers, int currentLayer, Phase phase, Emotion emotion,
                       int adviceCooldown, int lowTrustTurns, Set<String> usedLines, Set<String> voicedCues,
                       String pendingCue, int closedQuestionStreak, int reflections, boolean coreHeard, boolean ended) {
        this(trust, disclosedLayers, currentLayer, phase, emotion, adviceCooldown, lowTrustTurns, usedLines, voicedCues,
                pendingCue, closedQuestionStreak, reflections, coreHeard, ended, null, Set.of(), Set.of(), 0, Set.of(),
                false, false);
    }

    public boolean isDisclosed(int layerIndex) {
        return layerIndex < disclosedLayers;
    }

    /** What an analyser may know of this state: the voiced cues by kind, in the order of their layer and place. */
    public ConversationFacts facts(Scenario scenario) {
        List<CueKind> cues = voicedCues.stream().sorted().map(key -> CueLines.cue(scenario, key).kind()).toList();
        return new ConversationFacts(disclosedLayers, currentLayer, isDisclosed(scenario.coreIndex()), coreHeard,
                reflections, closedQuestionStreak, cues);
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    /** A changed copy, one component at a time. */
    public static final class Builder {
        private double trust;
        private int disclosedLayers;
        private int currentLayer;
        private Phase phase;
        private Emotion emotion;
        private int adviceCooldown;
        private int lowTrustTurns;
        private final Set<String> usedLines;
        private final Set<String> voicedCues;
        private String pendingCue;
        private int closedQuestionStreak;
        private int reflections;
        private boolean coreHeard;
        private boolean ended;
        private Mood mood;
        private final Set<String> introduced;
        private final Set<String> usedFacts;
        private int ruptureStreak;
        private final Set<RiskQuestion> riskAsked;
        private boolean riskDisclosed;
        private boolean advised;

        private Builder(ClientState s) {
            trust = s.trust;
            disclosedLayers = s.disclosedLayers;
            currentLayer = s.currentLayer;
            phase = s.phase;
            emotion = s.emotion;
            adviceCooldown = s.adviceCooldown;
            lowTrustTurns = s.lowTrustTurns;
            usedLines = new LinkedHashSet<>(s.usedLines);
            voicedCues = new LinkedHashSet<>(s.voicedCues);
            pendingCue = s.pendingCue;
            closedQuestionStreak = s.closedQuestionStreak;
            reflections = s.reflections;
            coreHeard = s.coreHeard;
            ended = s.ended;
            mood = s.mood;
            introduced = new LinkedHashSet<>(s.introduced);
            usedFacts = new LinkedHashSet<>(s.usedFacts);
            ruptureStreak = s.ruptureStreak;
            riskAsked = s.riskAsked.isEmpty() ? EnumSet.noneOf(RiskQuestion.class) : EnumSet.copyOf(s.riskAsked);
            riskDisclosed = s.riskDisclosed;
            advised = s.advised;
        }

        public Builder trust(double value) {
            trust = Math.max(0, Math.min(1, value));
            return this;
        }

        public Builder layers(int disclosed, int current) {
            disclosedLayers = Math.max(disclosedLayers, disclosed);
            currentLayer = current;
            return this;
        }

        public Builder phase(Phase value) {
            phase = value;
            return this;
        }

        public Builder emotion(Emotion value) {
            emotion = value;
            return this;
        }

        public Builder adviceCooldown(int value) {
            adviceCooldown = value;
            return this;
        }

        public Builder lowTrustTurns(int value) {
            lowTrustTurns = value;
            return this;
        }

        public Builder spoke(String line) {
            usedLines.add(line);
            return this;
        }

        public Builder voiced(String cueKey) {
            voicedCues.add(cueKey);
            return this;
        }

        public Builder pendingCue(String cueKey) {
            pendingCue = cueKey;
            return this;
        }

        public Builder closedQuestionStreak(int value) {
            closedQuestionStreak = value;
            return this;
        }

        public Builder reflections(int value) {
            reflections = value;
            return this;
        }

        public Builder coreHeard(boolean value) {
            coreHeard = value;
            return this;
        }

        public Builder ended(boolean value) {
            ended = value;
            return this;
        }

        public Builder mood(Mood value) {
            mood = value;
            return this;
        }

        public Builder introduced(Set<String> people) {
            introduced.addAll(people);
            return this;
        }

        public Builder told(String fact) {
            if (fact != null) {
                usedFacts.add(fact);
            }
            return this;
        }

        public Builder ruptureStreak(int value) {
            ruptureStreak = value;
            return this;
        }

        public Builder riskAsked(RiskQuestion question) {
            riskAsked.add(question);
            return this;
        }

        public Builder riskDisclosed(boolean value) {
            riskDisclosed = riskDisclosed || value;
            return this;
        }

        public Builder advised(boolean value) {
            advised = advised || value;
            return this;
        }

        public ClientState build() {
            return new ClientState(trust, disclosedLayers, currentLayer, phase, emotion, adviceCooldown, lowTrustTurns,
                    usedLines, voicedCues, pendingCue, closedQuestionStreak, reflections, coreHeard, ended, mood,
                    introduced, usedFacts, ruptureStreak, riskAsked, riskDisclosed, advised);
        }
    }
}
