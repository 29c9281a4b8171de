package org.practicum.core.simulation;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.practicum.core.analysis.Analysis;
import org.practicum.core.analysis.FlagKind;
import org.practicum.core.emotion.Emotion;
import org.practicum.core.emotion.EmotionCategory;
import org.practicum.core.scenario.Cue;
import org.practicum.core.scenario.Layer;
import org.practicum.core.scenario.Line;
import org.practicum.core.scenario.ReactionKind;
import org.practicum.core.scenario.Scenario;

/**
 * The client's state machine: after each trainee reply it updates trust and decides what the client
 * does next. Deterministic given its inputs; the same trainee behaviour reliably changes the client.
 */
public final class ClientPolicy {

    /** Turns the client stays closed after premature advice. */
    static final int ADVICE_COOLDOWN = 2;
    static final double LEAVE_BELOW = 0.08;
    /** Consecutive near-zero-trust turns before the client gives up and leaves. */
    static final int LEAVE_AFTER = 3;
    static final double CLOSE_AT = 0.7;

    /** The decision for one turn and the state it leads to before the client speaks. */
    public record Decision(ClientDirective directive, ClientState state) {
    }

    /** Turn 0: the client opens from the surface of the story, at the scenario's initial trust. */
    public Decision opening(Scenario scenario) {
        Layer surface = scenario.layer(0);
        ClientState initial = new ClientState(scenario.initialTrust(), 0, 0, Phase.ENGAGEMENT,
                Emotion.of(surface.emotion(), 0.4), 0, 0, Set.of(), Set.of(), null, 0, 0, false, false);
        return new Decision(new ClientDirective(ClientMove.OPEN, 0, null, null, false), initial);
    }

    public Decision decide(Scenario scenario, ClientState state, Analysis analysis, int turn) {
        boolean cuePending = state.pendingCue() != null;
        double trust = TrustModel.next(state.trust(), analysis, scenario.style(), cuePending);
        int cooldown = analysis.has(FlagKind.PREMATURE_ADVICE) ? ADVICE_COOLDOWN : Math.max(0, state.adviceCooldown() - 1);
        int coreIndex = scenario.coreIndex();
        boolean coreHeard = state.coreHeard() || state.isDisclosed(coreIndex) && analysis.invitesOpening()
                && !analysis.has(FlagKind.MISSED_DISTRESS_CUE);
        ClientState updated = new ClientState(trust, state.disclosedLayers(), state.currentLayer(), state.phase(),
                state.emotion(), cooldown, trust < LEAVE_BELOW ? state.lowTrustTurns() + 1 : 0, state.usedLines(),
                state.voicedCues(), state.pendingCue(),
                analysis.onlyClosedQuestions() ? state.closedQuestionStreak() + 1 : 0,
                state.reflections() + (analysis.reflects() ? 1 : 0), coreHeard, false);
        ClientDirective directive = available(scenario, updated, choose(scenario, updated, analysis, turn));
        if (directive.move() == ClientMove.DISCLOSE) {
            updated = withLayers(updated, directive.layerIndex() + 1, directive.layerIndex());
        }
        return new Decision(directive, updated);
    }

    private ClientDirective choose(Scenario scenario, ClientState s, Analysis analysis, int turn) {
        int current = s.currentLayer();
        if (s.lowTrustTurns() >= LEAVE_AFTER) {
            return move(ClientMove.LEAVE, current);
        }
        if (analysis.has(FlagKind.JUDGING)) {
            return move(ClientMove.IRRITATED, current);
        }
        if (analysis.has(FlagKind.MINIMISING)) {
            return move(ClientMove.HURT, current);
        }
        if (analysis.has(FlagKind.PREMATURE_ADVICE)) {
            return move(ClientMove.WITHDRAW, current);
        }
        if (analysis.has(FlagKind.MISSED_DISTRESS_CUE)) {
            return move(ClientMove.GO_QUIET, current);
        }
        if (s.pendingCue() != null && analysis.acknowledgesCue()) {
            return new ClientDirective(ClientMove.ANSWER_CUE, cueLayer(s.pendingCue()), cue(scenario, s.pendingCue()),
                    s.pendingCue(), false);
        }
        if (readyToClose(scenario, s, turn)) {
            return move(ClientMove.THANK_AND_CLOSE, current);
        }
        int next = s.disclosedLayers();
        if (next < scenario.layers().size() && s.trust() >= scenario.layer(next).trust()
                && s.adviceCooldown() == 0 && (analysis.invitesOpening() || next == 0)) {
            return new ClientDirective(ClientMove.DISCLOSE, next, null, null, analysis.reflects() && next > 0);
        }
        String unvoiced = unvoicedCue(scenario, s);
        if (unvoiced != null && analysis.invitesOpening() && s.adviceCooldown() == 0) {
            return new ClientDirective(ClientMove.VOICE_CUE, cueLayer(unvoiced), cue(scenario, unvoiced), unvoiced,
                    false);
        }
        if (analysis.onlyClosedQuestions()) {
            return move(ClientMove.FLAT, current);
        }
        if (analysis.sentences().stream().allMatch(x -> x.skill() == org.practicum.core.analysis.Skill.OTHER)) {
            return move(analysis.sentences().isEmpty() ? ClientMove.CONFUSED : ClientMove.DEFLECT, current);
        }
        return move(analysis.invitesOpening() ? ClientMove.ELABORATE : ClientMove.DEFLECT, current);
    }

    /** Falls back to a move that still has unspoken lines, so no line is ever repeated. */
    private ClientDirective available(Scenario scenario, ClientState s, ClientDirective d) {
        if (!lines(scenario, d).stream().allMatch(l -> s.usedLines().contains(l.text()))) {
            return d;
        }
        if (d.move() == ClientMove.ELABORATE || d.move() == ClientMove.DISCLOSE) {
            for (int i = Math.min(s.disclosedLayers(), scenario.layers().size()) - 1; i >= 0; i--) {
                ClientDirective other = move(ClientMove.ELABORATE, i);
                if (hasUnused(scenario, s, other)) {
                    return other;
                }
            }
        }
        ClientDirective deflect = move(ClientMove.DEFLECT, d.layerIndex());
        if (d.move() != ClientMove.DEFLECT && hasUnused(scenario, s, deflect)) {
            return deflect;
        }
        return move(s.trust() >= 0.5 ? ClientMove.THANK_AND_CLOSE : ClientMove.LEAVE, d.layerIndex());
    }

    private boolean hasUnused(Scenario scenario, ClientState s, ClientDirective d) {
        return lines(scenario, d).stream().anyMatch(l -> !s.usedLines().contains(l.text()));
    }

    /** The authored lines a directive draws on (the offline voice speaks one of them). */
    public static List<Line> lines(Scenario scenario, ClientDirective d) {
        Layer layer = scenario.layer(Math.min(d.layerIndex(), scenario.layers().size() - 1));
        return switch (d.move()) {
            case OPEN -> scenario.opening();
            case DISCLOSE -> layer.disclose();
            case ELABORATE -> layer.elaborate();
            case VOICE_CUE -> d.cue().lines();
            case ANSWER_CUE -> d.cue().whenAsked();
            case DEFLECT -> scenario.reaction(ReactionKind.DEFLECT);
            case WITHDRAW -> scenario.reaction(ReactionKind.PREMATURE_ADVICE);
            case IRRITATED -> scenario.reaction(ReactionKind.JUDGING);
            case HURT -> scenario.reaction(ReactionKind.MINIMISING);
            case GO_QUIET -> scenario.reaction(ReactionKind.MISSED_CUE);
            case FLAT -> scenario.reaction(ReactionKind.CLOSED_QUESTION);
            case CONFUSED -> scenario.reaction(ReactionKind.OFF_TOPIC);
            case THANK_AND_CLOSE -> scenario.thanks();
            case LEAVE -> scenario.leave();
        };
    }

    /** The state after the client has spoken {@code line}. */
    public ClientState afterSpeech(Scenario scenario, ClientState s, ClientDirective d, Utterance line, Emotion emotion) {
        Set<String> used = new HashSet<>(s.usedLines());
        used.add(line.text());
        // The voice may join an acknowledgement and a line into one message: both count as spoken.
        java.util.stream.Stream.concat(lines(scenario, d).stream(),
                        scenario.reaction(ReactionKind.GOOD_REFLECTION).stream())
                .map(Line::text).filter(line.text()::contains).forEach(used::add);
        Set<String> voiced = new HashSet<>(s.voicedCues());
        String pending = null;
        if (d.move() == ClientMove.VOICE_CUE) {
            voiced.add(d.cueKey());
            pending = d.cueKey();
        }
        boolean ended = d.move().endsSession();
        ClientState spoken = new ClientState(s.trust(), s.disclosedLayers(), s.currentLayer(), s.phase(), emotion,
                s.adviceCooldown(), s.lowTrustTurns(), used, voiced, pending, s.closedQuestionStreak(), s.reflections(),
                s.coreHeard(), ended);
        return withPhase(spoken, phase(scenario, spoken));
    }

    /**
     * The emotion a spoken line carries, deeper layers and reactions more intensely. Valence and
     * arousal a voice declared itself are kept (within range); otherwise they follow the category.
     */
    public Emotion emotionOf(Utterance line, ClientDirective d, ClientState s) {
        double intensity = 0.35 + 0.1 * d.layerIndex();
        intensity += switch (d.move()) {
            case WITHDRAW, IRRITATED, HURT, GO_QUIET -> 0.15;
            case VOICE_CUE, ANSWER_CUE -> 0.2;
            case THANK_AND_CLOSE -> -0.1;
            default -> 0;
        };
        intensity = Math.max(0.1, Math.min(1, intensity));
        EmotionCategory category = line.emotion();
        double scale = 0.4 + 0.6 * intensity;
        double valence = line.valence() != null ? line.valence()
                : category.typicalValence() * scale + (s.trust() - 0.4) * 0.25;
        double arousal = line.arousal() != null ? line.arousal() : category.typicalArousal() * scale;
        return new Emotion(category, round(clamp(valence)), round(clamp(arousal)), round(intensity));
    }

    private static Phase phase(Scenario scenario, ClientState s) {
        if (s.ended()) {
            return Phase.CLOSED;
        }
        if (s.coreHeard() && s.trust() >= 0.65) {
            return Phase.RESOLUTION;
        }
        if (s.isDisclosed(scenario.coreIndex())) {
            return Phase.DEEPENING;
        }
        return s.disclosedLayers() >= 2 ? Phase.EXPLORATION : Phase.ENGAGEMENT;
    }

    private static boolean readyToClose(Scenario scenario, ClientState s, int turn) {
        return s.disclosedLayers() == scenario.layers().size() && s.coreHeard() && s.trust() >= CLOSE_AT
                && s.pendingCue() == null && unvoicedCue(scenario, s) == null && turn >= 2 * scenario.layers().size();
    }

    private static String unvoicedCue(Scenario scenario, ClientState s) {
        for (int layer = 0; layer < s.disclosedLayers(); layer++) {
            List<Cue> cues = scenario.layer(layer).cues();
            for (int c = 0; c < cues.size(); c++) {
                String key = layer + ":" + c;
                if (!s.voicedCues().contains(key)) {
                    return key;
                }
            }
        }
        return null;
    }

    static Cue cue(Scenario scenario, String key) {
        String[] parts = key.split(":");
        return scenario.layer(Integer.parseInt(parts[0])).cues().get(Integer.parseInt(parts[1]));
    }

    private static int cueLayer(String key) {
        return Integer.parseInt(key.substring(0, key.indexOf(':')));
    }

    private static ClientDirective move(ClientMove move, int layer) {
        return new ClientDirective(move, layer, null, null, false);
    }

    private static ClientState withLayers(ClientState s, int disclosed, int current) {
        return new ClientState(s.trust(), Math.max(disclosed, s.disclosedLayers()), current, s.phase(), s.emotion(),
                s.adviceCooldown(), s.lowTrustTurns(), s.usedLines(), s.voicedCues(), s.pendingCue(),
                s.closedQuestionStreak(), s.reflections(), s.coreHeard(), s.ended());
    }

    private static ClientState withPhase(ClientState s, Phase phase) {
        return new ClientState(s.trust(), s.disclosedLayers(), s.currentLayer(), phase, s.emotion(),
                s.adviceCooldown(), s.lowTrustTurns(), s.usedLines(), s.voicedCues(), s.pendingCue(),
                s.closedQuestionStreak(), s.reflections(), s.coreHeard(), s.ended());
    }

    private static double clamp(double v) {
        return Math.max(-1, Math.min(1, v));
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
