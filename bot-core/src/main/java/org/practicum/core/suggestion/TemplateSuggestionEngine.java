package org.practicum.core.suggestion;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.practicum.core.cue.CueKind;
import org.practicum.core.cue.DistressCue;
import org.practicum.core.scenario.Layer;
import org.practicum.core.scenario.Scenario;
import org.practicum.core.simulation.ClientMove;

/**
 * Offline suggestions: templates for the phase, filled with what the client is talking about (the
 * layer's gist and feeling), rotating so consecutive turns do not repeat.
 */
public final class TemplateSuggestionEngine implements SuggestionEngine {

    private static final Set<ClientMove> PULLED_BACK = EnumSet.of(ClientMove.WITHDRAW, ClientMove.IRRITATED,
            ClientMove.HURT, ClientMove.GO_QUIET, ClientMove.FLAT);
    private static final Set<CueKind> ASK_DIRECTLY = EnumSet.of(CueKind.IDEATION, CueKind.BURDEN,
            CueKind.HOPELESSNESS, CueKind.TRAPPED, CueKind.PURPOSELESSNESS, CueKind.ACUTE, CueKind.MOOD_CHANGE);

    private final SuggestionTemplates templates;

    public TemplateSuggestionEngine(SuggestionTemplates templates) {
        this.templates = templates;
    }

    @Override
    public Suggestions suggest(SuggestionContext context) {
        Scenario scenario = context.scenario();
        Layer layer = layerOf(scenario, context.client().layerId());
        String situation = SuggestionTemplates.situation(context.state().phase(),
                PULLED_BACK.contains(context.client().move()));
        List<Suggestion> items = new java.util.ArrayList<>();
        for (SuggestionKind kind : SuggestionKind.values()) {
            List<String> options = templates.templates(kind, situation);
            int index = (int) Math.floorMod(context.turn() + context.seed() + kind.ordinal(), (long) options.size());
            items.add(new Suggestion(kind, fill(options.get(index), scenario, layer, null)));
        }
        String watchOut = context.client().cues().stream().findFirst()
                .map(cue -> fill(ASK_DIRECTLY.contains(cue.kind()) ? templates.watchOutAsk() : templates.watchOutStay(),
                        scenario, layer, cue))
                .orElse("");
        return new Suggestions(items, watchOut);
    }

    static String fill(String template, Scenario scenario, Layer layer, DistressCue cue) {
        String text = template.replace("{gist}", layer.gist()).replace("{feeling}", layer.feeling())
                .replace("{name}", scenario.persona().name());
        if (cue != null) {
            text = text.replace("{quote}", cue.quote().strip()).replace("{cue}", cue.kind().description());
        }
        return text;
    }

    private static Layer layerOf(Scenario scenario, String layerId) {
        return scenario.layers().stream().filter(l -> l.id().equals(layerId)).findFirst()
                .orElse(scenario.layer(0));
    }
}
