package org.practicum.core.suggestion;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.practicum.core.config.YamlNode;
import org.practicum.core.simulation.Phase;

/**
 * The offline suggestion templates of {@code config/suggestions.yaml}: per kind, per phase, plus
 * "repair" lines for after the client pulled back. Placeholders: {gist}, {feeling}, {name}, {quote}.
 */
public record SuggestionTemplates(Map<SuggestionKind, Map<String, List<String>>> byKind, String watchOutAsk,
                                  String watchOutStay) {

    static final List<String> SITUATIONS = List.of("engagement", "exploration", "deepening", "resolution", "repair");

    public SuggestionTemplates {
        byKind = Map.copyOf(byKind);
    }

    public static SuggestionTemplates load(Path file) {
        YamlNode root = YamlNode.parse(file);
        Map<SuggestionKind, Map<String, List<String>>> byKind = new EnumMap<>(SuggestionKind.class);
        for (SuggestionKind kind : SuggestionKind.values()) {
            YamlNode section = root.required(kind.id());
            Map<String, List<String>> situations = new java.util.LinkedHashMap<>();
            for (String situation : SITUATIONS) {
                situations.put(situation, section.required(situation).strings());
            }
            byKind.put(kind, situations);
        }
        YamlNode watch = root.required("watch_out");
        return new SuggestionTemplates(byKind, watch.required("ask_directly").nonBlankString(),
                watch.required("stay_with").nonBlankString());
    }

    public List<String> templates(SuggestionKind kind, String situation) {
        return byKind.get(kind).get(situation);
    }

    static String situation(Phase phase, boolean repair) {
        if (repair) {
            return "repair";
        }
        return switch (phase) {
            case ENGAGEMENT -> "engagement";
            case EXPLORATION -> "exploration";
            case DEEPENING -> "deepening";
            case RESOLUTION, CLOSED -> "resolution";
        };
    }
}
