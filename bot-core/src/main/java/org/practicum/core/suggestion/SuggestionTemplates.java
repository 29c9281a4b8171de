package org.practicum.core.suggestion;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.practicum.core.config.YamlNode;
import org.practicum.core.cue.CueKind;
import org.practicum.core.emotion.EmotionCategory;
import org.practicum.core.scenario.RiskQuestion;

/**
 * The offline suggestion templates of {@code config/suggestions.yaml}: per kind and situation, the
 * safety templates for after a distress cue and after a risk disclosure, and the words that fill
 * {feeling} and {cue_feeling}. Placeholders: {reflection}, {hard_part}, {quote}, {feeling}, {name}, {cue_quote},
 * {cue_feeling}, {cue}.
 */
public record SuggestionTemplates(Map<SuggestionKind, Map<Situation, List<String>>> byKind, Safety safety,
                                  Map<EmotionCategory, List<String>> feelings, Map<CueKind, String> cueFeelings,
                                  String watchOutAsk, String watchOutStay) {

    /** Where the conversation is, for which templates fit. */
    public enum Situation {
        OPENING, EXPLORING, DEEPENING, PLANNING, REPAIR;

        String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * After a distress cue: ask directly, acknowledge it, stay with it. After the client told of thoughts
     * of not being here: a safety-planning question not yet asked, and the other two slots.
     */
    public record Safety(List<String> ask, List<String> acknowledge, List<String> support,
                         Map<RiskQuestion, String> explore, String afterDisclosureEmpathetic,
                         String afterDisclosureSupport, Map<SuggestionKind, String> afterNo) {
        public Safety {
            ask = List.copyOf(ask);
            acknowledge = List.copyOf(acknowledge);
            support = List.copyOf(support);
            explore = Map.copyOf(explore);
            afterNo = Map.copyOf(afterNo);
        }
    }

    public SuggestionTemplates {
        byKind = Map.copyOf(byKind);
        feelings = Map.copyOf(feelings);
        cueFeelings = Map.copyOf(cueFeelings);
    }

    public static SuggestionTemplates load(Path file) {
        YamlNode root = YamlNode.parse(file);
        Map<SuggestionKind, Map<Situation, List<String>>> byKind = new EnumMap<>(SuggestionKind.class);
        for (SuggestionKind kind : SuggestionKind.values()) {
            YamlNode section = root.required(kind.id());
            Map<Situation, List<String>> situations = new LinkedHashMap<>();
            for (Situation situation : Situation.values()) {
                YamlNode list = section.required(situation.key());
                List<String> templates = list.strings();
                if (templates.stream().noneMatch(t -> t.replace("{name}", "").replace("{feeling}", "").indexOf('{') < 0)) {
                    throw list.error(kind.id() + "." + situation.key() + " needs one template with no placeholder "
                            + "but {name} and {feeling}, for turns where the client's words give nothing to fill");
                }
                situations.put(situation, templates);
            }
            byKind.put(kind, situations);
        }
        YamlNode safety = root.required("safety");
        YamlNode explore = safety.required("explore");
        Map<RiskQuestion, String> questions = new EnumMap<>(RiskQuestion.class);
        for (RiskQuestion q : List.of(RiskQuestion.FREQUENCY, RiskQuestion.PLAN, RiskQuestion.REASONS,
                RiskQuestion.WHO_KNOWS, RiskQuestion.SAFETY)) {
            questions.put(q, explore.required(q.key()).nonBlankString());
        }
        YamlNode after = safety.required("after_disclosure");
        YamlNode no = safety.required("after_no");
        Map<SuggestionKind, String> afterNo = new EnumMap<>(SuggestionKind.class);
        for (SuggestionKind kind : SuggestionKind.values()) {
            afterNo.put(kind, no.required(kind.id()).nonBlankString());
        }
        Map<EmotionCategory, List<String>> feelings = new EnumMap<>(EmotionCategory.class);
        YamlNode feelingNode = root.required("feelings");
        for (EmotionCategory category : EmotionCategory.values()) {
            feelings.put(category, feelingNode.required(category.id()).strings());
        }
        Map<CueKind, String> cueFeelings = new EnumMap<>(CueKind.class);
        YamlNode cueNode = root.required("cue_feelings");
        for (CueKind kind : CueKind.values()) {
            cueFeelings.put(kind, cueNode.required(kind.id()).nonBlankString());
        }
        YamlNode watch = root.required("watch_out");
        return new SuggestionTemplates(byKind, new Safety(safety.required("ask").strings(),
                safety.required("acknowledge").strings(), safety.required("support").strings(), questions,
                after.required("empathetic").nonBlankString(), after.required("support").nonBlankString(), afterNo),
                feelings, cueFeelings, watch.required("ask_directly").nonBlankString(),
                watch.required("stay_with").nonBlankString());
    }

    /** Every word the templates can put in a suggestion of their own: the everyday words, not the story's. */
    public List<String> wording() {
        List<String> all = new ArrayList<>();
        byKind.values().forEach(m -> m.values().forEach(all::addAll));
        all.addAll(safety.ask());
        all.addAll(safety.acknowledge());
        all.addAll(safety.support());
        all.addAll(safety.explore().values());
        all.add(safety.afterDisclosureEmpathetic());
        all.add(safety.afterDisclosureSupport());
        all.addAll(safety.afterNo().values());
        all.add(ClientWords.SAID_BACK);
        feelings.values().forEach(all::addAll);
        all.addAll(cueFeelings.values());
        for (CueKind kind : CueKind.values()) {
            all.add(kind.description());
        }
        all.add(watchOutAsk);
        all.add(watchOutStay);
        return all;
    }

    public List<String> templates(SuggestionKind kind, Situation situation) {
        return byKind.get(kind).get(situation);
    }
}
