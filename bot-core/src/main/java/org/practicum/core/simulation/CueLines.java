package org.practicum.core.simulation;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.practicum.core.analysis.Intent;
import org.practicum.core.analysis.Understanding;
import org.practicum.core.cue.CueKind;
import org.practicum.core.scenario.Cue;
import org.practicum.core.scenario.Scenario;

/** The story's distress cues: which one the person voices next, and whether a question stays with one. */
final class CueLines {

    static final Set<CueKind> RISK_CUES = EnumSet.of(CueKind.IDEATION, CueKind.BURDEN, CueKind.ACUTE);
    /** Questions that stay with whatever cue was just voiced: how the person copes with it, how it feels. */
    private static final Set<String> STAYS_WITH_CUE = Set.of("coping", "feelings");

    private CueLines() {
    }

    static Cue cue(Scenario scenario, String key) {
        String[] parts = key.split(":");
        return scenario.layer(Integer.parseInt(parts[0])).cues().get(Integer.parseInt(parts[1]));
    }

    static int layerOf(String key) {
        return Integer.parseInt(key.substring(0, key.indexOf(':')));
    }

    /**
     * A cue not yet voiced in the layer being talked about or the deepest one out (older ones would come
     * from nowhere), once something of that layer has been said (the opening alone leads to none).
     */
    static String unvoiced(Scenario scenario, ClientState s) {
        for (int layer : new LinkedHashSet<>(List.of(s.disclosedLayers() - 1, s.currentLayer()))) {
            if (layer < 0 || layer >= s.disclosedLayers()) {
                continue;
            }
            if (StoryLines.saidOfLayer(scenario, layer, s) == 0) {
                continue;
            }
            List<Cue> cues = scenario.layer(layer).cues();
            for (int c = 0; c < cues.size(); c++) {
                String key = layer + ":" + c;
                if (!s.voicedCues().contains(key) && !alreadySaid(scenario, s, cues.get(c).kind())) {
                    return key;
                }
            }
        }
        return null;
    }

    /**
     * The person has already said this kind of thing: a cue of a kind voiced before, or a hint of risk
     * ("I'm in the way") once they have told it outright, would be the same disclosure twice in other words.
     */
    private static boolean alreadySaid(Scenario scenario, ClientState s, CueKind kind) {
        return RISK_CUES.contains(kind) && s.riskDisclosed()
                || s.voicedCues().stream().anyMatch(key -> cue(scenario, key).kind() == kind);
    }

    /**
     * A question about what the cue is about ("how have you been sleeping?" after "my body's always on
     * edge, even lying down"): the trainee stayed with it, in other words than the cue's.
     */
    static boolean askedAbout(Cue cue, Understanding u) {
        if (u.intent() != Intent.QUESTION || !u.people().isEmpty()) {
            return false;
        }
        // What the question is about first: "who's at home when you get in from nights?" asks who, not about sleep.
        String first = u.topics().stream().filter(LineScores.FRAMES::contains).findFirst()
                .orElse(u.topics().isEmpty() ? null : u.topics().get(0));
        // "How are you managing with it all?" right after a cue stays with it, as the watch-out advises.
        return first != null && (STAYS_WITH_CUE.contains(first)
                || Stream.concat(cue.lines().stream(), cue.whenAsked().stream()).anyMatch(l -> l.isAbout(first)));
    }
}
