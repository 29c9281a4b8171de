package org.practicum.core.suggestion;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.practicum.core.analysis.FlagKind;
import org.practicum.core.config.YamlNode;
import org.practicum.core.cue.CueKind;
import org.practicum.core.emotion.EmotionCategory;
import org.practicum.core.scenario.RiskQuestion;

/**
 * The offline suggestion templates of {@code config/suggestions.yaml}: per kind and situation, the
 * safety templates for after a distress cue and after a risk disclosure, and the words that fill
 * {feeling} and {cue_feeling}, and the apology a repair opens with for each kind of slip ({sorry}). Placeholders: {reflection}, {hard_part}, {quote}, {feeling}, {name}, {cue_quote},
 * {cue_feeling}, {cue}; after a yes to a risk question {risk_quote}, {risk_reflection}, and {question} in
 * {@code come_back}.
 */
public record SuggestionTemplates(Map<SuggestionKind, Map<Situation, List<String>>> byKind, Safety safety,
                                  Map<EmotionCategory, List<String>> feelings, Map<CueKind, String> cueFeelings,
                                  Map<FlagKind, String> apologies, String watchOutAsk, String watchOutStay, String watchOutDisclosure) {

    /**
     * Where the conversation is, for which templates fit: {@code REPAIR} after a slip a flag names,
     * {@code RETURN} after a short or pulled-back answer to a reply that was no slip (a plain closed question),
     * {@code ANSWERED} after a short yes or no to a closed question that was no slip ({@link ShortAnswer}).
     */
    public enum Situation {
        OPENING, EXPLORING, DEEPENING, PLANNING, REPAIR, RETURN, ANSWERED, GUARDED;

        String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * After a distress cue: ask directly (a high-risk cue) or explore it (another), acknowledge it, stay
     * with it. After the client said yes to thoughts of not being here: the answer said back with the
     * next safety-planning question ({@code afterYes} for MI holds the say-back), the other two slots,
     * {@code openAfterYes} after the say-back when the next question was passed over, and {@code comeBack}
     * for a later turn while a question is left. After a no: thanks, once. A high-risk
     * cue after an answer is not asked about as if new: after a yes {@code sayBackCue} and the next question,
     * after a no {@code askAgain} checks with the answer they gave.
     */
    public record Safety(List<String> ask, List<String> askAgain, String sayBackCue, List<String> exploreCue,
                         List<String> acknowledge, List<String> support, Map<RiskQuestion, String> explore,
                         Map<SuggestionKind, List<String>> afterYes, List<String> openAfterYes, String comeBack,
                         Map<SuggestionKind, List<String>> afterNo) {
        public Safety {
            ask = List.copyOf(ask);
            askAgain = List.copyOf(askAgain);
            exploreCue = List.copyOf(exploreCue);
            acknowledge = List.copyOf(acknowledge);
            support = List.copyOf(support);
            explore = Map.copyOf(explore);
            afterYes = Map.copyOf(afterYes);
            afterNo = Map.copyOf(afterNo);
        }
    }

    public SuggestionTemplates {
        byKind = Map.copyOf(byKind);
        feelings = Map.copyOf(feelings);
        cueFeelings = Map.copyOf(cueFeelings);
        apologies = Map.copyOf(apologies);
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
        for (RiskQuestion q : List.of(RiskQuestion.IDEATION, RiskQuestion.FREQUENCY, RiskQuestion.PLAN,
                RiskQuestion.REASONS, RiskQuestion.WHO_KNOWS, RiskQuestion.SAFETY)) {
            questions.put(q, explore.required(q.key()).nonBlankString());
        }
        YamlNode yes = safety.required("after_yes");
        Map<SuggestionKind, List<String>> afterYes = new EnumMap<>(SuggestionKind.class);
        afterYes.put(SuggestionKind.MI, yes.required("say_back").strings());
        afterYes.put(SuggestionKind.EMPATHETIC, yes.required("empathetic").strings());
        afterYes.put(SuggestionKind.SUPPORT, yes.required("support").strings());
        YamlNode no = safety.required("after_no");
        Map<SuggestionKind, List<String>> afterNo = new EnumMap<>(SuggestionKind.class);
        for (SuggestionKind kind : SuggestionKind.values()) {
            afterNo.put(kind, no.required(kind.id()).strings());
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
        Map<FlagKind, String> apologies = new EnumMap<>(FlagKind.class);
        YamlNode sorry = root.required("apologies");
        for (FlagKind kind : FlagKind.values()) {
            if (kind != FlagKind.CLOSED_QUESTION_STREAK) {
                apologies.put(kind, sorry.required(kind.id()).nonBlankString());
            }
        }
        YamlNode watch = root.required("watch_out");
        return new SuggestionTemplates(byKind, new Safety(safety.required("ask").strings(),
                safety.required("ask_again").strings(), safety.required("say_back_cue").nonBlankString(),
                safety.required("explore_cue").strings(), safety.required("acknowledge").strings(),
                safety.required("support").strings(), questions, afterYes, yes.required("open").strings(),
                yes.required("come_back").nonBlankString(),
                afterNo), feelings, cueFeelings, apologies, watch.required("ask_directly").nonBlankString(),
                watch.required("stay_with").nonBlankString(), watch.required("disclosure").nonBlankString());
    }

    /** Every word the templates can put in a suggestion of their own: the everyday words, not the story's. */
    public List<String> wording() {
        List<String> all = new ArrayList<>();
        byKind.values().forEach(m -> m.values().forEach(all::addAll));
        all.addAll(safety.ask());
        all.addAll(safety.askAgain());
        all.add(safety.sayBackCue());
        all.addAll(apologies.values());
        all.addAll(safety.exploreCue());
        all.addAll(safety.acknowledge());
        all.addAll(safety.support());
        all.addAll(safety.explore().values());
        safety.afterYes().values().forEach(all::addAll);
        all.add(safety.comeBack());
        all.addAll(safety.openAfterYes());
        safety.afterNo().values().forEach(all::addAll);
        all.add(ClientWords.SAID_BACK);
        all.add(ClientWords.NOT_THEIR_IDEA);
        feelings.values().forEach(all::addAll);
        all.addAll(cueFeelings.values());
        for (CueKind kind : CueKind.values()) {
            all.add(kind.description());
        }
        all.add(watchOutAsk);
        all.add(watchOutStay);
        all.add(watchOutDisclosure);
        return all;
    }

    public List<String> templates(SuggestionKind kind, Situation situation) {
        return byKind.get(kind).get(situation);
    }
}
