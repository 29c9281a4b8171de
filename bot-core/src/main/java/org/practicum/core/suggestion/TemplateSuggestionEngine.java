package org.practicum.core.suggestion;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import java.util.stream.Stream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.practicum.core.analysis.Analysis;
import org.practicum.core.analysis.Flag;
import org.practicum.core.analysis.FlagKind;
import org.practicum.core.conversation.TranscriptEntry;
import org.practicum.core.cue.DistressCue;
import org.practicum.core.emotion.EmotionCategory;
import org.practicum.core.scenario.Layer;
import org.practicum.core.scenario.RiskQuestion;
import org.practicum.core.scenario.Scenario;
import org.practicum.core.simulation.ClientMove;
import org.practicum.core.simulation.ClientReply;
import org.practicum.core.simulation.ClientState;
import org.practicum.core.suggestion.SuggestionTemplates.Situation;

/**
 * Offline suggestions built from what the client just said: their words said back, their phrase quoted,
 * the feeling their message shows, in templates for where the conversation is. Safety first: after a
 * high-risk cue one suggestion asks directly about suicide and one names it; after another cue one
 * explores it. After a yes to thoughts of not being here, the answer is said back with the next
 * safety-planning question neither asked nor answered ({@link SafetyTalk}), and the disclosure gets a
 * watch-out; after a no, thanks once. Action planning only once the core concern has been heard and
 * reflected, never in the turn of a risk disclosure.
 */
public final class TemplateSuggestionEngine implements SuggestionEngine {

    private static final Set<ClientMove> PULLED_BACK = EnumSet.of(ClientMove.WITHDRAW, ClientMove.IRRITATED,
            ClientMove.HURT, ClientMove.GO_QUIET, ClientMove.FLAT);
    private static final Set<ClientMove> HEAVY = EnumSet.of(ClientMove.VOICE_CUE, ClientMove.ANSWER_CUE,
            ClientMove.ANSWER_RISK);
    private static final Set<ClientMove> TOLD = EnumSet.of(ClientMove.DISCLOSE, ClientMove.ELABORATE,
            ClientMove.VOICE_CUE, ClientMove.ANSWER_CUE);
    /** Placeholders filled with the client's own words: templates with one come first. */
    private static final Pattern GROUNDED = Pattern.compile("\\{(reflection|hard_part|quote|hard_quote|cue_quote|answer_no|answer_not|answer_yes)}");
    /** Words saying something is alright: such a message is not hard as a whole. */
    private static final Pattern SAYS_IT_IS_OK = Pattern.compile("\\b(alright|all right|okay|ok|fine|not bad)\\b");
    /** The hard part of the latest message, said back or quoted, or the cue in it. */
    private static final Pattern HARD = Pattern.compile("\\{(hard_part|hard_quote|cue_quote)}");
    /** The client's words a reply must answer before any other: what told of risk, doubt about reaching out. */
    private static final Pattern ANSWER_FIRST = Pattern.compile("\\{(risk_quote|risk_reflection|unsure|sent)}");
    private static final Pattern REACHED_OUT = Pattern.compile("reach(ed|ing)? out");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z_]+)}");
    /** The values that say the client's words back in the trainee's sentence (quotes keep the client's capitals). */
    private static final List<String> SAID_BACK = List.of("reflection", "hard_part", "earlier_hard_part",
            "earlier_reflection", "risk_reflection");

    /** How many of the client's messages before the latest a suggestion may go back to for their words. */
    private static final int EARLIER_REACH = 4;

    private final SuggestionTemplates templates;
    private final Grounding grounding;

    public TemplateSuggestionEngine(SuggestionTemplates templates) {
        this.templates = templates;
        this.grounding = new Grounding(templates.wording());
    }

    @Override
    public Suggestions suggest(SuggestionContext context) {
        ClientReply client = context.client();
        ClientState state = context.state();
        Optional<DistressCue> cue = client.cues().stream()
                .sorted((a, b) -> Boolean.compare(b.kind().isHighRisk(), a.kind().isHighRisk())).findFirst();
        RiskQuestion asked = context.lastAnalysis() == null ? null : context.lastAnalysis().understanding().risk();
        Optional<RiskQuestion> next = state.riskDisclosed()
                ? SafetyTalk.next(state.riskAsked(), context.transcript()) : Optional.empty();
        Map<String, String> values = values(context, cue.orElse(null), next.orElse(null));
        int rotation = (int) Math.floorMod(context.turn() + context.seed(), 1_000_003L);
        SuggestionTemplates.Safety safety = templates.safety();
        List<Suggestion> items = new ArrayList<>();
        String watchOut = "";
        if (cue.isPresent()) {
            boolean highRisk = cue.get().kind().isHighRisk();
            items.add(new Suggestion(SuggestionKind.MI, highRisk ? askAbout(state, next, values, rotation)
                    : pick(safety.exploreCue(), values, rotation)));
            items.add(new Suggestion(SuggestionKind.EMPATHETIC, pick(safety.acknowledge(), values, rotation)));
            items.add(new Suggestion(SuggestionKind.SUPPORT, pick(safety.support(), values, rotation)));
            watchOut = fill(highRisk && !state.riskDisclosed() ? templates.watchOutAsk() : templates.watchOutStay(), values);
        } else if (SafetyTalk.toldOfRisk(client.move(), state.riskDisclosed())) {
            // A yes: their words said back, then the next safety-planning question; never action planning.
            // The next question not yet asked or told; one passed over on the last messages is not offered again
            // (the trainee asking other safety questions meanwhile), so it does not read as a stuck record.
            String sayBack = pick(safety.afterYes().get(SuggestionKind.MI), values, rotation);
            Optional<RiskQuestion> ask = SafetyTalk.toComeBackTo(state.riskAsked(), context.transcript());
            items.add(new Suggestion(SuggestionKind.MI, sayBack + " " + ask.map(q -> fill(safety.explore().get(q), values))
                    .orElseGet(() -> pick(safety.openAfterYes(), values, rotation))));
            items.add(new Suggestion(SuggestionKind.EMPATHETIC, pick(safety.afterYes().get(SuggestionKind.EMPATHETIC),
                    values, rotation)));
            items.add(new Suggestion(SuggestionKind.SUPPORT, pick(safety.afterYes().get(SuggestionKind.SUPPORT), values,
                    rotation)));
            if (SafetyTalk.isDisclosure(client.move(), asked)) {
                watchOut = fill(templates.watchOutDisclosure(), values);
            }
        } else if (SafetyTalk.firstNo(client.move(), asked, state.riskAsked())) {
            for (SuggestionKind kind : SuggestionKind.values()) {
                items.add(new Suggestion(kind, pick(safety.afterNo().get(kind), values, rotation)));
            }
        } else {
            Situation situation = situation(context);
            // Told to come by someone else, "it took something to reach out" would miss the person.
            boolean sent = ClientWords.sentBySomeoneElse(client.text());
            for (SuggestionKind kind : SuggestionKind.values()) {
                List<String> options = templates.templates(kind, situation).stream()
                        .filter(t -> !sent || !REACHED_OUT.matcher(t).find()).toList();
                items.add(new Suggestion(kind, pick(options, values, rotation + kind.ordinal(), kind != SuggestionKind.MI)));
            }
            Optional<RiskQuestion> comeBack = state.riskDisclosed() && situation != Situation.REPAIR
                    && client.move() != ClientMove.DISCLOSE
                    ? SafetyTalk.toComeBackTo(state.riskAsked(), context.transcript()) : Optional.empty();
            if (comeBack.isPresent()) {
                // Told of thoughts of not being here, with safety still unexplored: one slot goes back to it.
                values.put("question", fill(safety.explore().get(comeBack.get()), values));
                items.set(SuggestionKind.SUPPORT.ordinal(), new Suggestion(SuggestionKind.SUPPORT,
                        fill(safety.comeBack(), values)));
            }
        }
        return new Suggestions(items, watchOut);
    }

    private static Situation situation(SuggestionContext context) {
        ClientReply client = context.client();
        ClientState state = context.state();
        Optional<ShortAnswer> answer = shortAnswer(context);
        if (answer.isPresent() && ruptured(context.lastAnalysis()).isEmpty()) {
            // A yes or no to a plain closed question: the thread the question opened, not older words.
            return Situation.ANSWERED;
        }
        if (PULLED_BACK.contains(client.move())) {
            // An apology only for what a flag names; a short answer to a plain question is invited back instead.
            return ruptured(context.lastAnalysis()).isPresent() ? Situation.REPAIR : Situation.RETURN;
        }
        if (context.turn() == 0) {
            return Situation.OPENING;
        }
        if (ClientWords.guarded(client.text()).isPresent() || ClientWords.setsLimit(client.text())) {
            return Situation.GUARDED;
        }
        // Once they told of thoughts of not being here, safety is explored, never action planning.
        // Planning when they look ahead themselves ("i don't know what to do"), never on a turn that tells of something.
        if (state.coreHeard() && state.reflections() >= 2 && !HEAVY.contains(client.move()) && !state.riskDisclosed()
                && ClientWords.looksAhead(client.text())) {
            return Situation.PLANNING;
        }
        return state.isDisclosed(context.scenario().coreIndex()) ? Situation.DEEPENING : Situation.EXPLORING;
    }

    /** Their short yes or no to the trainee's last line, when it was a closed question. */
    private static Optional<ShortAnswer> shortAnswer(SuggestionContext context) {
        List<TranscriptEntry> transcript = context.transcript();
        // The client's message is the last entry; the trainee's line it answers comes just before.
        for (int i = transcript.size() - 1; i >= 0; i--) {
            if (transcript.get(i).speaker() == TranscriptEntry.Speaker.TRAINEE) {
                return ShortAnswer.of(context.client().text(), transcript.get(i).text());
            }
        }
        return Optional.empty();
    }

    private static List<String> clientSaid(SuggestionContext context) {
        return context.transcript().stream().filter(e -> e.speaker() == TranscriptEntry.Speaker.CLIENT)
                .map(TranscriptEntry::text).toList();
    }

    private Map<String, String> values(SuggestionContext context, DistressCue cue, RiskQuestion next) {
        Map<String, String> v = new LinkedHashMap<>();
        String said = context.client().text();
        v.put("name", context.scenario().persona().firstName());
        ClientWords.reflection(said).ifPresent(r -> v.put("reflection", r));
        boolean hard = toldOfSomethingHard(context.client());
        Optional<String> named = ClientWords.hardPart(said);
        named.or(() -> hard ? ClientWords.reflection(said) : Optional.empty()).ifPresent(r -> v.put("hard_part", r));
        ClientWords.quote(said).ifPresent(q -> v.put("quote", q));
        ClientWords.hardQuote(said).or(() -> hard ? ClientWords.quote(said) : Optional.empty())
                .ifPresent(q -> v.put("hard_quote", q));
        ClientWords.guarded(said).ifPresent(q -> v.put("guarded", q));
        shortAnswer(context).ifPresent(answer -> {
            // The trainee's question said back: only words the client or the card gave ("exercise" may be a fact
            // of the story the client has not told).
            Map<String, Optional<String>> saidBack = Map.of("answer_no", answer.notDone(), "answer_not", answer.notSo(),
                    "answer_yes", answer.so());
            saidBack.forEach((key, words) -> words
                    .filter(w -> grounding.leaks(w, context.scenario(), clientSaid(context)).isEmpty())
                    .ifPresent(w -> v.put(key, w)));
        });
        ClientWords.unsure(said).ifPresent(q -> v.put("unsure", q));
        if (ClientWords.sentBySomeoneElse(said)) {
            v.put("sent", ClientWords.reflection(said).filter(ClientWords::sentBySomeoneElse).orElse(ClientWords.NOT_THEIR_IDEA));
        }
        if (context.client().move() != ClientMove.DISCLOSE) {
            // Right after a new disclosure, going back to older words would pass over what was just told.
            Set<String> story = storyLines(context.scenario());
            earlier(context, story, ClientWords::quote).ifPresent(q -> v.put("earlier_quote", q));
            earlier(context, story, m -> ClientWords.hardPart(m).or(() -> ClientWords.reflection(m)))
                    .ifPresent(q -> v.put("earlier_hard_part", q));
            earlier(context, story, ClientWords::reflection).ifPresent(q -> v.put("earlier_reflection", q));
        }
        ruptured(context.lastAnalysis()).ifPresent(kind -> v.put("sorry", fill(templates.apologies().get(kind), v)));
        // A clause hard only as part of their story ("you put your fist through the cupboard door") gets a plain
        // "hard", not the mood's word: "that sounds unfair" on a bare fact reads as a stock feeling.
        EmotionCategory felt = v.containsKey("hard_part") && named.isEmpty() ? EmotionCategory.NEUTRAL : feltCategory(context);
        List<String> feelings = templates.feelings().get(felt);
        v.put("feeling", feelings.get(Math.floorMod(context.turn() + context.seed(), feelings.size())));
        if (cue != null) {
            v.put("cue_quote", cue.quote().strip());
            v.put("cue_feeling", templates.cueFeelings().get(cue.kind()));
            v.put("cue", cue.kind().description());
        }
        SafetyTalk.riskWords(said).ifPresent(w -> {
            v.put("risk_quote", w);
            ClientWords.reflection(w).ifPresent(r -> v.put("risk_reflection", r));
        });
        if (next != null) {
            v.put("question", fill(templates.safety().explore().get(next), v));
        }
        // Said back after "it sounds like", a sentence's capital ("Work's been…") reads wrong; a name keeps it.
        Set<String> names = names(context.scenario());
        SAID_BACK.forEach(key -> v.computeIfPresent(key, (k, words) -> lowerUnlessName(words, names)));
        return v;
    }

    private static Set<String> names(Scenario scenario) {
        Set<String> names = new HashSet<>(List.of(scenario.persona().firstName()));
        scenario.people().stream().filter(p -> p.name() != null)
                .forEach(p -> names.addAll(List.of(p.name().split("\\s+"))));
        return names;
    }

    private static String lowerUnlessName(String words, Set<String> names) {
        String first = words.split("[\\s']", 2)[0];
        // "A friend said…" is lowered too; "I" and "I've" keep theirs.
        return !first.equals("I") && Character.isUpperCase(first.charAt(0)) && !names.contains(first)
                && (first.length() == 1 || !first.equals(first.toUpperCase())) ? Character.toLowerCase(words.charAt(0)) + words.substring(1) : words;
    }

    /**
     * A line of their story or a cue, not told brightly: hard as a whole, though no one word of the clause
     * shows it ("she asked Keith who's that woman in the kitchen"). An answer that says it is alright ("I sleep
     * alright. Ish.") is not. The mood may be lifting as trust grows,
     * so the emotion's category decides, not its valence.
     */
    private static boolean toldOfSomethingHard(ClientReply client) {
        EmotionCategory shown = client.emotion().category();
        return TOLD.contains(client.move()) && !SAYS_IT_IS_OK.matcher(client.text().toLowerCase()).find()
                && shown != EmotionCategory.HAPPINESS && shown != EmotionCategory.SURPRISE;
    }

    /** The lines of the scenario's story (its opening, layers and cues): what the client tells of the hard part. */
    private static Set<String> storyLines(Scenario scenario) {
        Set<String> lines = new HashSet<>();
        scenario.opening().forEach(line -> lines.add(line.text()));
        for (Layer layer : scenario.layers()) {
            Stream.of(layer.disclose(), layer.elaborate()).forEach(l -> l.forEach(line -> lines.add(line.text())));
            layer.cues().forEach(c -> c.lines().forEach(line -> lines.add(line.text())));
        }
        return lines;
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
     * first (their words about risk or doubt before any), rotating so consecutive turns differ.
     */
    private static String pick(List<String> options, Map<String, String> values, int rotation) {
        return pick(options, values, rotation, true);
    }

    /** With {@code hardFirst} off, the hard part ranks with the message's other words (open questions vary). */
    private static String pick(List<String> options, Map<String, String> values, int rotation, boolean hardFirst) {
        List<String> fillable = options.stream().filter(t -> fillable(t, values)).toList();
        ToIntFunction<String> rank = t -> hardFirst || grounding(t) != 3 ? grounding(t) : 2;
        int best = fillable.stream().mapToInt(rank).max().orElse(0);
        List<String> pool = fillable.stream().filter(t -> rank.applyAsInt(t) == best).toList();
        return fill(pool.get(Math.floorMod(rotation, pool.size())), values);
    }

    /**
     * 4 for the words to answer first, 3 for the hard part of the latest message, 2 for its other words, 1
     * for earlier words, 0 for none: what was hard in it is answered before what was merely said.
     */
    private static int grounding(String template) {
        return ANSWER_FIRST.matcher(template).find() ? 4 : HARD.matcher(template).find() ? 3
                : GROUNDED.matcher(template).find() ? 2 : template.contains("{earlier_") ? 1 : 0;
    }

    /**
     * Words of the latest of the client's last {@value #EARLIER_REACH} messages before this one that has them,
     * for a turn whose message gives none: what the trainee answered, and a repair goes back to. Never
     * older: words from further back read as not listening to what was just said. Lines of their story first:
     * a reaction ("nobody's put it like that before") is what a reply drew, said back only when no story line
     * in reach has words.
     */
    private static Optional<String> earlier(SuggestionContext context, Set<String> story,
                                            Function<String, Optional<String>> words) {
        List<String> said = context.transcript().stream()
                .filter(e -> e.speaker() == TranscriptEntry.Speaker.CLIENT).map(TranscriptEntry::text).toList();
        List<String> reach = new ArrayList<>(said.subList(Math.max(0, said.size() - 1 - EARLIER_REACH),
                Math.max(0, said.size() - 1)));
        Collections.reverse(reach);
        return Stream.concat(reach.stream().filter(story::contains), reach.stream().filter(m -> !story.contains(m)))
                .map(words).flatMap(Optional::stream).findFirst();
    }

    /** The slip the trainee's reply was flagged for, which a repair owns up to; a run of closed questions is none. */
    private static Optional<FlagKind> ruptured(Analysis analysis) {
        return analysis == null ? Optional.empty() : analysis.flags().stream().map(Flag::kind)
                .filter(k -> k != FlagKind.CLOSED_QUESTION_STREAK).findFirst();
    }

    /**
     * The MI slot after a high-risk cue: the direct question, unless they already answered it. After a yes
     * their words are said back with the next safety question (or whether they are safe now, all else
     * told); after a no the question is checked again with the answer they gave.
     */
    private String askAbout(ClientState state, Optional<RiskQuestion> next, Map<String, String> values, int rotation) {
        SuggestionTemplates.Safety safety = templates.safety();
        if (state.riskDisclosed()) {
            return fill(safety.sayBackCue(), values) + " " + fill(safety.explore().get(next.orElse(RiskQuestion.SAFETY)),
                    values);
        }
        return pick(SafetyTalk.answeredDirectly(state) ? safety.askAgain() : safety.ask(), values, rotation);
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
