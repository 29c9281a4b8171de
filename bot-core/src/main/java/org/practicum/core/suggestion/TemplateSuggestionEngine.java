package org.practicum.core.suggestion;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.practicum.core.cue.CueKind;
import org.practicum.core.cue.DistressCue;
import org.practicum.core.emotion.EmotionCategory;
import org.practicum.core.scenario.RiskQuestion;
import org.practicum.core.simulation.ClientMove;
import org.practicum.core.simulation.ClientReply;
import org.practicum.core.simulation.ClientState;
import org.practicum.core.suggestion.SuggestionTemplates.Situation;

/**
 * Offline suggestions built from what the client just said: their words said back, their phrase quoted,
 * the feeling their message shows, in templates for where the conversation is. Safety first: after a
 * distress cue one suggestion asks directly and one names it (every time one is voiced); once the client
 * has told of thoughts of not being here, the next question safety planning asks. Action planning only once the core concern has
 * been heard and reflected, never in the turn of a risk disclosure.
 */
public final class TemplateSuggestionEngine implements SuggestionEngine {

    private static final Set<ClientMove> PULLED_BACK = EnumSet.of(ClientMove.WITHDRAW, ClientMove.IRRITATED,
            ClientMove.HURT, ClientMove.GO_QUIET, ClientMove.FLAT);
    private static final Set<ClientMove> HEAVY = EnumSet.of(ClientMove.VOICE_CUE, ClientMove.ANSWER_CUE,
            ClientMove.ANSWER_RISK);
    private static final Set<CueKind> ASK_DIRECTLY = EnumSet.of(CueKind.IDEATION, CueKind.BURDEN,
            CueKind.HOPELESSNESS, CueKind.TRAPPED, CueKind.PURPOSELESSNESS, CueKind.ACUTE, CueKind.MOOD_CHANGE);
    private static final List<RiskQuestion> SAFETY_PLANNING = List.of(RiskQuestion.FREQUENCY, RiskQuestion.PLAN,
            RiskQuestion.REASONS, RiskQuestion.WHO_KNOWS, RiskQuestion.SAFETY);
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z_]+)}");
    private static final int QUOTE_CHARS = 80;

    private final SuggestionTemplates templates;

    public TemplateSuggestionEngine(SuggestionTemplates templates) {
        this.templates = templates;
    }

    @Override
    public Suggestions suggest(SuggestionContext context) {
        ClientReply client = context.client();
        ClientState state = context.state();
        Optional<DistressCue> cue = client.cues().stream()
                .sorted((a, b) -> Boolean.compare(ASK_DIRECTLY.contains(b.kind()), ASK_DIRECTLY.contains(a.kind())))
                .findFirst();
        Map<String, String> values = values(context, cue.orElse(null));
        int rotation = (int) Math.floorMod(context.turn() + context.seed(), 1_000_003L);
        List<Suggestion> items = new ArrayList<>();
        Optional<RiskQuestion> next = state.riskDisclosed() && cue.isEmpty() ? nextSafetyQuestion(state)
                : Optional.empty();
        if (next.isPresent()) {
            SuggestionTemplates.Safety safety = templates.safety();
            items.add(new Suggestion(SuggestionKind.MI, fill(safety.explore().get(next.get()), values)));
            items.add(new Suggestion(SuggestionKind.EMPATHETIC, fill(safety.afterDisclosureEmpathetic(), values)));
            items.add(new Suggestion(SuggestionKind.SUPPORT, fill(safety.afterDisclosureSupport(), values)));
        } else if (client.move() == ClientMove.ANSWER_RISK) {
            // Answered "no": thank them for the honest answer and go on; nothing to plan here.
            for (SuggestionKind kind : SuggestionKind.values()) {
                items.add(new Suggestion(kind, fill(templates.safety().afterNo().get(kind), values)));
            }
        } else if (cue.isPresent()) {
            SuggestionTemplates.Safety safety = templates.safety();
            items.add(new Suggestion(SuggestionKind.MI, pick(safety.ask(), values, rotation)));
            items.add(new Suggestion(SuggestionKind.EMPATHETIC, pick(safety.acknowledge(), values, rotation)));
            items.add(new Suggestion(SuggestionKind.SUPPORT, pick(safety.support(), values, rotation)));
        } else {
            Situation situation = situation(context);
            for (SuggestionKind kind : SuggestionKind.values()) {
                items.add(new Suggestion(kind, pick(templates.templates(kind, situation), values,
                        rotation + kind.ordinal())));
            }
        }
        String watchOut = cue.map(c -> fill(ASK_DIRECTLY.contains(c.kind()) ? templates.watchOutAsk()
                : templates.watchOutStay(), values)).orElse("");
        return new Suggestions(items, watchOut);
    }

    private static Situation situation(SuggestionContext context) {
        ClientReply client = context.client();
        ClientState state = context.state();
        if (PULLED_BACK.contains(client.move())) {
            return Situation.REPAIR;
        }
        if (context.turn() == 0) {
            return Situation.OPENING;
        }
        if (state.coreHeard() && state.reflections() >= 2 && !HEAVY.contains(client.move())) {
            return Situation.PLANNING;
        }
        return state.isDisclosed(context.scenario().coreIndex()) ? Situation.DEEPENING : Situation.EXPLORING;
    }

    /** The first safety-planning question the trainee has not asked yet. */
    private static Optional<RiskQuestion> nextSafetyQuestion(ClientState state) {
        return SAFETY_PLANNING.stream().filter(q -> !state.riskAsked().contains(q)).findFirst();
    }

    private Map<String, String> values(SuggestionContext context, DistressCue cue) {
        Map<String, String> v = new LinkedHashMap<>();
        String said = context.client().text();
        v.put("name", context.scenario().persona().firstName());
        ClientWords.reflection(said).ifPresent(r -> v.put("reflection", r));
        ClientWords.hardPart(said).ifPresent(r -> v.put("hard_part", r));
        ClientWords.quote(said).ifPresent(q -> v.put("quote", q));
        List<String> feelings = templates.feelings().get(feltCategory(context));
        v.put("feeling", feelings.get(Math.floorMod(context.turn() + context.seed(), feelings.size())));
        if (cue != null) {
            String quote = ClientWords.quote(cue.quote()).orElse(cue.quote().strip());
            v.put("cue_quote", quote.length() <= QUOTE_CHARS ? quote : quote.substring(0, QUOTE_CHARS - 1) + "…");
            v.put("cue_feeling", templates.cueFeelings().get(cue.kind()));
            v.put("cue", cue.kind().description());
        }
        return v;
    }

    /**
     * The emotion to validate: the line's, unless a bright line comes from a low mood ("Mark's been
     * amazing" said by someone who feels a burden), where "that sounds good to hear" would miss the person.
     */
    private static EmotionCategory feltCategory(SuggestionContext context) {
        EmotionCategory shown = context.client().emotion().category();
        boolean bright = shown == EmotionCategory.HAPPINESS || shown == EmotionCategory.SURPRISE;
        return bright && context.state().mood().valence() < 0 ? EmotionCategory.NEUTRAL : shown;
    }

    /**
     * One of the templates that can be filled this turn, the ones built from the client's own words
     * first, rotating so consecutive turns differ.
     */
    private static String pick(List<String> options, Map<String, String> values, int rotation) {
        List<String> fillable = options.stream().filter(t -> fillable(t, values)).toList();
        List<String> grounded = fillable.stream().filter(t -> t.contains("{reflection}") || t.contains("{hard_part}") || t.contains("{quote}")
                || t.contains("{cue_quote}")).toList();
        List<String> pool = grounded.isEmpty() ? fillable : grounded;
        return fill(pool.get(Math.floorMod(rotation, pool.size())), values);
    }

    static boolean fillable(String template, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(template);
        while (m.find()) {
            if (!values.containsKey(m.group(1))) {
                return false;
            }
        }
        return true;
    }

    static String fill(String template, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(values.getOrDefault(m.group(1), m.group())));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
