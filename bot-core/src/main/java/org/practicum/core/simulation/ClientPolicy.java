package org.practicum.core.simulation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.practicum.core.analysis.Analysis;
import org.practicum.core.analysis.FlagKind;
import org.practicum.core.analysis.Intent;
import org.practicum.core.analysis.Skill;
import org.practicum.core.analysis.Understanding;
import org.practicum.core.cue.CueKind;
import org.practicum.core.emotion.Emotion;
import org.practicum.core.emotion.EmotionClassifier;
import org.practicum.core.emotion.Trend;
import org.practicum.core.scenario.ClosingCondition;
import org.practicum.core.scenario.Cue;
import org.practicum.core.scenario.Layer;
import org.practicum.core.scenario.Line;
import org.practicum.core.scenario.ReactionKind;
import org.practicum.core.scenario.RiskQuestion;
import org.practicum.core.scenario.Scenario;

/**
 * The client's state machine: after each trainee reply it updates trust and mood and decides what the
 * client does next, answering what the trainee asked within what the story allows. Deterministic given
 * its inputs; the same trainee behaviour reliably changes the client. The client leaves only after a
 * sustained rupture, never right after a question about risk or with a risk disclosure unexplored, and
 * says goodbye when the trainee closes; when the story is told it stays and says so.
 */
public final class ClientPolicy {

    /** Turns the client stays closed after premature advice. */
    static final int ADVICE_COOLDOWN = 2;
    /**
     * Ruptures (advice too soon, judging, minimising, a missed cue) with no good listening in between
     * before the client may leave.
     */
    public static final int DEFAULT_LEAVE_AFTER = 5;
    /** ... and only once trust has fallen this low. */
    static final double LEAVE_BELOW = 0.15;
    private static final Set<FlagKind> RUPTURES = EnumSet.of(FlagKind.PREMATURE_ADVICE, FlagKind.JUDGING,
            FlagKind.MINIMISING, FlagKind.MISSED_DISTRESS_CUE);
    /** Moves that react to what the trainee did: when their lines run out, a short reply, not new story. */
    private static final Set<ClientMove> REACTIONS = EnumSet.of(ClientMove.WITHDRAW, ClientMove.IRRITATED,
            ClientMove.HURT, ClientMove.GO_QUIET, ClientMove.FLAT, ClientMove.CONFUSED, ClientMove.DEFLECT_TOPIC);
    private static final Set<CueKind> RISK_CUES = EnumSet.of(CueKind.IDEATION, CueKind.BURDEN, CueKind.ACUTE);

    /** How many of the best-fitting lines the voice chooses among, so two runs differ. */
    private static final int CHOICES = 3;
    /** Fit a disclosure may lack and still win over more of what is out: good listening moves the story on. */
    private static final double DISCLOSURE_BIAS = 0.15;
    /** Topics that are questions of their own (how long, what happened, what helps): a line answering one unasked misses. */
    private static final Set<String> FRAMES = Set.of("duration", "trigger", "help", "coping", "support", "worst", "routine",
            "future");
    /** Questions that stay with whatever cue was just voiced: how the person copes with it, how it feels. */
    private static final Set<String> STAYS_WITH_CUE = Set.of("coping", "feelings");
    /** Weight of each asked topic or person a line also covers, and of each unasked question it answers. */
    private static final double COVERS = 0.25;
    /** Weight for a line of the layer being talked about: an answer stays with what was just said if it can. */
    private static final double STAYS = 0.2;
    /** Weight against a line about someone the message does not ask about. */
    private static final double STRANGER = 0.1;
    /** Once this many lines of the deepest layer are out, earned trust opens the next layer whatever fits best. */
    private static final int TALKED_THROUGH = 3;

    /** "Have I got that right?" after a summary: it asks for a confirmation or a correction, not for more story. */
    private static final Pattern CHECKS_UNDERSTANDING = Pattern.compile("(?i)\\b((have|did) i (got|get|understood) "
            + "(that|it|this|you|everything)|is that (right|it|fair|about right)|does that (sound|seem|feel) (right|fair|about)"
            + "|am i (right|close|getting (it|that))|let me (check|see if i)|if i('ve| have) (got|understood)"
            + "|to sum (it |that )?up|have i missed)");

    private final int leaveAfter;
    private final LineRelevance relevance;
    private final MoodModel moods;

    public ClientPolicy() {
        this(DEFAULT_LEAVE_AFTER, LineRelevance.sharedWords(), null);
    }

    /**
     * @param leaveAfter consecutive ruptures the client bears before leaving (at least 1)
     * @param relevance  how well a line fits what the trainee said
     * @param words      reads the feeling in a line's words, for lines tagged neutral (null: none)
     */
    public ClientPolicy(int leaveAfter, LineRelevance relevance, EmotionClassifier words) {
        if (leaveAfter < 1) {
            throw new IllegalArgumentException("leaveAfter must be at least 1");
        }
        this.leaveAfter = leaveAfter;
        this.relevance = relevance;
        this.moods = new MoodModel(words);
    }

    /** The decision for one turn and the state it leads to before the client speaks. */
    public record Decision(ClientDirective directive, ClientState state) {
    }

    /**
     * Turn 0: the client opens from the surface of the story, at the scenario's initial trust. The opening
     * tells the surface, so its detail is there to answer from at once ("tell me about Stevie").
     */
    public Decision opening(Scenario scenario) {
        Layer surface = scenario.layer(0);
        Emotion start = Emotion.of(surface.emotion(), 0.4);
        ClientState initial = new ClientState(scenario.initialTrust(), 1, 0, Phase.ENGAGEMENT, start, 0, 0, Set.of(),
                Set.of(), null, 0, 0, false, false);
        return new Decision(ClientDirective.of(ClientMove.OPEN, 0, StoryLines.sayable(scenario.opening(), initial)),
                initial);
    }

    public Decision decide(Scenario scenario, ClientState state, Analysis analysis, int turn) {
        Understanding u = analysis.understanding();
        double trust = TrustModel.next(state.trust(), analysis, scenario.style(), state.pendingCue() != null);
        boolean rupture = isRupture(analysis);
        int coreIndex = scenario.coreIndex();
        boolean coreHeard = state.coreHeard() || state.isDisclosed(coreIndex) && analysis.invitesOpening()
                && !analysis.has(FlagKind.MISSED_DISTRESS_CUE);
        ClientState.Builder next = state.toBuilder().trust(trust)
                .adviceCooldown(analysis.has(FlagKind.PREMATURE_ADVICE) ? ADVICE_COOLDOWN
                        : Math.max(0, state.adviceCooldown() - 1))
                .lowTrustTurns(trust < LEAVE_BELOW ? state.lowTrustTurns() + 1 : 0)
                .closedQuestionStreak(analysis.closedRunAfter(state.closedQuestionStreak()))
                .reflections(state.reflections() + (analysis.reflects() ? 1 : 0)).coreHeard(coreHeard)
                .ruptureStreak(rupture ? state.ruptureStreak() + 1 : heard(analysis) ? 0 : state.ruptureStreak())
                .advised(analysis.has(FlagKind.PREMATURE_ADVICE))
                .mood(moods.afterReply(state, trust, analysis, rupture, scenario));
        if (u.risk() != null) {
            next.riskAsked(u.risk());
        }
        ClientState updated = next.build();
        String said = String.join(" ", analysis.sentences().stream().map(x -> x.text()).toList());
        ClientDirective directive = sayable(scenario, updated, choose(new Turn(scenario, updated, analysis, u, said)));
        if (directive.move() == ClientMove.DISCLOSE) {
            updated = updated.toBuilder().layers(directive.layerIndex() + 1, directive.layerIndex()).build();
        } else if (directive.move() == ClientMove.ELABORATE) {
            updated = updated.toBuilder().layers(0, directive.layerIndex()).build();
        }
        return new Decision(directive, updated);
    }

    /** What one decision reads: the story, the state after the reply, the reply and what it asks. */
    private record Turn(Scenario scenario, ClientState s, Analysis analysis, Understanding u, String said) {
    }

    private ClientDirective choose(Turn t) {
        Scenario scenario = t.scenario();
        ClientState s = t.s();
        Analysis analysis = t.analysis();
        Understanding u = t.u();
        int current = s.currentLayer();
        if (u.risk() != null) {
            return riskAnswer(scenario, s, u.risk());
        }
        if (u.intent() == Intent.CLOSING) {
            return ClientDirective.of(ClientMove.THANK_AND_CLOSE, current, closing(scenario, s));
        }
        if (shouldLeave(scenario, s)) {
            return ClientDirective.of(ClientMove.LEAVE, current, scenario.leave());
        }
        if (analysis.has(FlagKind.JUDGING)) {
            return reaction(ClientMove.IRRITATED, ReactionKind.JUDGING, scenario, current);
        }
        if (analysis.has(FlagKind.MINIMISING)) {
            return reaction(ClientMove.HURT, ReactionKind.MINIMISING, scenario, current);
        }
        if (analysis.has(FlagKind.PREMATURE_ADVICE)) {
            return ClientDirective.of(ClientMove.WITHDRAW, current, rebuttals(scenario, u, t.said()));
        }
        // "what do you mean?" right after a cue asks the person to say more of it.
        if (s.pendingCue() != null && (analysis.acknowledgesCue() || u.intent() == Intent.CLARIFY
                || asksAboutCue(cue(scenario, s.pendingCue()), u))) {
            Cue cue = cue(scenario, s.pendingCue());
            return new ClientDirective(ClientMove.ANSWER_CUE, cueLayer(s.pendingCue()), cue, s.pendingCue(),
                    cue.whenAsked(), null, null, null);
        }
        if (analysis.has(FlagKind.MISSED_DISTRESS_CUE)) {
            ClientDirective quiet = reaction(ClientMove.GO_QUIET, ReactionKind.MISSED_CUE, scenario, current);
            // A summary that asks "have I got that right?" and leaves out what was just said is answered "not quite".
            return CHECKS_UNDERSTANDING.matcher(t.said()).find() ? quiet.withPreface(ReactionKind.CORRECTION) : quiet;
        }
        if (u.intent() == Intent.CLARIFY) {
            return ClientDirective.of(ClientMove.ELABORATE, current, StoryLines.ofLayer(scenario, current));
        }
        if (u.intent() == Intent.REFLECTION || CHECKS_UNDERSTANDING.matcher(t.said()).find()) {
            return reflected(t);
        }
        Optional<ClientDirective> topical = answer(subjects(scenario, u), t);
        if (topical.isPresent()) {
            return topical.get();
        }
        if (analysis.invitesOpening() || firstReply(s) || u.intent() == Intent.GREETING) {
            return respond(t);
        }
        if (analysis.onlyClosedQuestions()) {
            return reaction(ClientMove.FLAT, ReactionKind.CLOSED_QUESTION, scenario, current);
        }
        if (analysis.sentences().isEmpty()) {
            return reaction(ClientMove.CONFUSED, ReactionKind.OFF_TOPIC, scenario, current);
        }
        return reaction(ClientMove.DEFLECT, ReactionKind.DEFLECT, scenario, current);
    }

    /**
     * The answer about the first subject asked that has one; a person held off gives way to the rest
     * ("does Bex know how tired you are?" is told who knows once Bex's lines are said).
     */
    private Optional<ClientDirective> answer(List<Subject> subjects, Turn t) {
        Optional<ClientDirective> heldOff = Optional.empty();
        for (Subject subject : subjects) {
            Optional<ClientDirective> answer = answerAbout(subject, t);
            if (answer.isPresent() && (!subject.aside() || answer.get().move() != ClientMove.DEFLECT_TOPIC)) {
                return answer;
            }
            heldOff = heldOff.or(() -> answer);
        }
        return heldOff;
    }

    /**
     * What the message asks about, in the order the answer looks for it: what kind of question it is (how
     * long, what helps: "what helps you come down after a shift?" asks about coping, not work), then the
     * people it names ("tell me about Bex" wants Bex), then its other topics.
     */
    private static List<Subject> subjects(Scenario scenario, Understanding u) {
        List<Subject> out = new ArrayList<>();
        u.topics().stream().filter(FRAMES::contains).forEach(id -> out.add(Subject.topic(scenario, id)));
        u.people().forEach(id -> scenario.person(id).ifPresent(p -> out.add(Subject.person(scenario, p))));
        u.topics().stream().filter(id -> !FRAMES.contains(id)).forEach(id -> out.add(Subject.topic(scenario, id)));
        return out;
    }

    /**
     * A reflection that fits earns a "yeah, exactly" and more about what it named ("maybe it's about your
     * family too" -> the family), or, when trust allows, the next part of the story; one that misses gets
     * a correction and more of what is already out.
     */
    private ClientDirective reflected(Turn t) {
        ClientState s = t.s();
        if (!t.u().reflectionFits()) {
            return ClientDirective.of(ClientMove.ELABORATE, s.currentLayer(), ranked(StoryLines.sayable(
                    StoryLines.ofLayer(t.scenario(), s.currentLayer()), s), t))
                    .withPreface(ReactionKind.CORRECTION);
        }
        ClientDirective more = answer(subjects(t.scenario(), t.u()), t)
                .filter(d -> d.move() != ClientMove.DEFLECT_TOPIC).orElseGet(() -> respond(t));
        // A first reply read as a reflection but about nothing of the story is a welcome ("you don't need to know what to say").
        boolean welcome = firstReply(s) && t.u().topics().isEmpty() && t.u().people().isEmpty();
        return welcome ? more : more.withPreface(ReactionKind.GOOD_REFLECTION);
    }

    /**
     * Opens up as far as trust allows, with what fits the trainee's words best: the next layer when it
     * fits about as well as more of what is out (or the deepest layer has been talked through), else a cue of the layer being talked about, else the
     * best-fitting line of what is out.
     */
    private ClientDirective respond(Turn t) {
        Scenario scenario = t.scenario();
        ClientState s = t.s();
        if (s.adviceCooldown() > 0) {
            return reaction(ClientMove.DEFLECT, ReactionKind.DEFLECT, scenario, s.currentLayer());
        }
        List<Line> open = ranked(StoryLines.open(scenario, s), t);
        int next = s.disclosedLayers();
        // Each layer gets a word of its own before the next comes out (the opening alone is not enough).
        if (canDisclose(scenario, s) && StoryLines.saidOfLayer(scenario, next - 1, s) > 0) {
            // The story moving on is never held back for a question to come: disclosures rank by fit alone.
            List<Line> disclose = best(StoryLines.sayable(scenario.layer(next).disclose(), s), l -> fit(t.said(), l));
            boolean talkedThrough = next > 0 && StoryLines.saidOfLayer(scenario, next - 1, s) >= TALKED_THROUGH;
            // A question wants its answer ("what's your favourite subject?"); listening moves the story on.
            boolean question = t.u().intent() == Intent.QUESTION;
            double bias = question ? 0 : DISCLOSURE_BIAS;
            if (!disclose.isEmpty() && (open.isEmpty() || talkedThrough && !question || fit(t.said(), disclose.get(0))
                    + bias >= suits(t, open.get(0)))) {
                return ClientDirective.of(ClientMove.DISCLOSE, next, disclose);
            }
            List<Line> bridge = ranked(StoryLines.introducing(scenario.layer(next).disclose(),
                    StoryLines.open(scenario, s), s), t);
            if (disclose.isEmpty() && !bridge.isEmpty()) {
                int layer = Math.max(0, StoryLines.layerOf(scenario, bridge.get(0)));
                return ClientDirective.of(ClientMove.ELABORATE, layer, sameLayer(scenario, bridge, layer));
            }
        }
        String unvoiced = unvoicedCue(scenario, s);
        if (unvoiced != null) {
            Cue cue = cue(scenario, unvoiced);
            return new ClientDirective(ClientMove.VOICE_CUE, cueLayer(unvoiced), cue, unvoiced, cue.lines(), null, null,
                    null);
        }
        if (open.isEmpty()) {
            return ClientDirective.of(ClientMove.ELABORATE, s.currentLayer(), List.of());
        }
        int layer = Math.max(0, StoryLines.layerOf(scenario, open.get(0)));
        return ClientDirective.of(ClientMove.ELABORATE, layer, sameLayer(scenario, open, layer));
    }

    private double fit(String said, Line line) {
        return relevance.of(said, line);
    }

    private static List<Line> sameLayer(Scenario scenario, List<Line> ranked, int layer) {
        return ranked.stream().filter(l -> StoryLines.layerOf(scenario, l) == layer).toList();
    }

    /**
     * The answer to a question about a subject: a line about it from what is out; the next layer if it
     * holds the subject and trust allows; a deflection about it when it lives deeper than trust allows.
     * Empty when there is nothing left to say about it.
     */
    private Optional<ClientDirective> answerAbout(Subject subject, Turn t) {
        Scenario scenario = t.scenario();
        ClientState s = t.s();
        String topic = subject.topic();
        List<Line> open = answering(subject.of(StoryLines.open(scenario, s)), t);
        int next = s.disclosedLayers();
        List<Line> coming = canDisclose(scenario, s)
                ? answering(subject.of(StoryLines.sayable(scenario.layer(next).disclose(), s)), t)
                : List.of();
        if (!coming.isEmpty() && (open.isEmpty() || answers(t, coming.get(0)) > answers(t, open.get(0)))) {
            return Optional.of(ClientDirective.of(ClientMove.DISCLOSE, next, coming).about(topic));
        }
        if (!open.isEmpty()) {
            int layer = Math.max(0, StoryLines.layerOf(scenario, open.get(0)));
            return Optional.of(ClientDirective.of(ClientMove.ELABORATE, layer, sameLayer(scenario, open, layer))
                    .about(topic));
        }
        List<Line> deflect = StoryLines.sayable(subject.deflect(), s);
        // The subject is told in the next layer's detail: open that layer, unless the person has words to hold it off.
        if (deflect.isEmpty() && next < scenario.layers().size()
                && !subject.of(StoryLines.sayable(StoryLines.ofLayer(scenario, next), s)).isEmpty()
                && canDisclose(scenario, s)) {
            return Optional.of(ClientDirective.of(ClientMove.DISCLOSE, next,
                    ranked(StoryLines.sayable(scenario.layer(next).disclose(), s), t)).about(topic));
        }
        boolean deeper = false;
        for (int i = next; i < scenario.layers().size(); i++) {
            deeper |= !subject.of(StoryLines.ofLayer(scenario, i)).isEmpty();
        }
        if (deeper && deflect.isEmpty()) {
            deflect = scenario.reaction(ReactionKind.DEFLECT);
        }
        if (deeper || !deflect.isEmpty() && !saidAbout(subject, scenario, s)) {
            return Optional.of(ClientDirective.of(ClientMove.DEFLECT_TOPIC, s.currentLayer(), deflect).about(topic));
        }
        return Optional.empty();
    }

    /** The lines that answer the message best first, the few best of them. */
    private List<Line> answering(List<Line> lines, Turn t) {
        return best(lines, l -> answers(t, l));
    }

    /** The lines that suit an invitation to say more best first (staying with the layer talked about), the few best. */
    private List<Line> ranked(List<Line> lines, Turn t) {
        return best(lines, l -> suits(t, l) + staysWith(t, l));
    }

    /** A line of the layer being talked about: more of what was just said, if it fits about as well. */
    private static double staysWith(Turn t, Line line) {
        return StoryLines.layerOf(t.scenario(), line) == t.s().currentLayer() ? STAYS : 0;
    }

    private static List<Line> best(List<Line> lines, ToDoubleFunction<Line> score) {
        // Each line scored once: a score reads the line's layer and its fit, and sorting asks for it many times.
        Map<Line, Double> scores = new IdentityHashMap<>();
        lines.forEach(l -> scores.put(l, score.applyAsDouble(l)));
        return lines.stream().sorted(Comparator.comparingDouble(scores::get).reversed()).limit(CHOICES).toList();
    }

    /**
     * How well a line suits the message: its fit, less for each question it answers that nobody asked
     * ("it's been eight months" to "what has he been doing?"), so those lines wait for their question.
     */
    private double suits(Turn t, Line line) {
        long unasked = line.topics().stream().filter(x -> FRAMES.contains(x) && !t.u().isAbout(x)).count();
        return fit(t.said(), line) - COVERS * unasked;
    }

    /**
     * How well a line answers a question about something: how it suits the message, more for each other
     * topic or person asked that it also covers (and, after risk was told, for staying with it), less for
     * talk of someone the message does not ask about.
     */
    private double answers(Turn t, Line line) {
        Understanding u = t.u();
        long covered = u.topics().stream().filter(line::isAbout).count() - 1
                + u.people().stream().filter(line.refers()::contains).count();
        boolean stranger = !line.refers().isEmpty() && !u.isAbout("support") && line.refers().stream()
                .noneMatch(p -> u.people().contains(p) || t.scenario().person(p)
                        .map(person -> person.topic() != null && u.isAbout(person.topic())).orElse(false));
        // Once the person has told of risk, an answer stays with that telling where it can ("carry on your own").
        return suits(t, line) + COVERS * Math.max(0, covered) - (stranger ? STRANGER : 0)
                + (t.s().riskDisclosed() ? staysWith(t, line) : 0);
    }

    /** The client has already said something about the subject (so a deflection now would contradict it). */
    private static boolean saidAbout(Subject subject, Scenario scenario, ClientState s) {
        return subject.of(scenario.allLines()).stream().anyMatch(l -> s.usedLines().contains(l.text()));
    }

    /** The client has said nothing yet but the opening. */
    private static boolean firstReply(ClientState s) {
        return s.usedLines().size() <= 1;
    }

    private static boolean canDisclose(Scenario scenario, ClientState s) {
        int next = s.disclosedLayers();
        return next < scenario.layers().size() && s.trust() >= scenario.layer(next).trust() && s.adviceCooldown() == 0;
    }

    /** Every direct risk question gets an honest answer: the fullest one trust allows. */
    private static ClientDirective riskAnswer(Scenario scenario, ClientState s, RiskQuestion question) {
        List<Line> answers = scenario.riskAnswers(question).isEmpty() ? scenario.riskAnswers(RiskQuestion.IDEATION)
                : scenario.riskAnswers(question);
        List<Line> allowed = new ArrayList<>(answers.stream().filter(l -> l.trust() <= s.trust()).toList());
        allowed.sort(Comparator.comparingDouble(Line::trust).reversed());
        List<Line> fresh = allowed.stream().filter(l -> !s.usedLines().contains(l.text())).toList();
        // Asked again once it is out, the person says more of it (the cue's fuller answers), not the same telling twice.
        if (fresh.isEmpty() || question == RiskQuestion.IDEATION && s.riskDisclosed()) {
            List<Line> more = StoryLines.sayable(ideationAnswers(scenario), s);
            if (!more.isEmpty() && s.riskDisclosed()) {
                return new ClientDirective(ClientMove.ANSWER_RISK, s.currentLayer(), null, null, more, null, null,
                        question);
            }
        }
        List<Line> candidates = fresh.isEmpty() ? allowed : fresh;
        if (candidates.isEmpty()) {
            // A file without risk answers (the validator reports it): the nearest honest thing it has.
            List<Line> asked = new ArrayList<>();
            s.voicedCues().forEach(key -> asked.addAll(cue(scenario, key).whenAsked()));
            return ClientDirective.of(ClientMove.ANSWER_RISK, s.currentLayer(),
                    asked.isEmpty() ? scenario.reaction(ReactionKind.DEFLECT) : asked);
        }
        double fullest = candidates.isEmpty() ? 0 : candidates.get(0).trust();
        return new ClientDirective(ClientMove.ANSWER_RISK, s.currentLayer(), null, null,
                candidates.stream().filter(l -> l.trust() == fullest).toList(), null, null, question);
    }

    /** What the person says when asked about their thoughts of not being here, beyond the first telling. */
    private static List<Line> ideationAnswers(Scenario scenario) {
        return scenario.layers().stream().flatMap(l -> l.cues().stream()).filter(c -> c.kind() == CueKind.IDEATION)
                .flatMap(c -> c.whenAsked().stream()).toList();
    }

    /** Thanks that fit how the conversation went; flat ones when it went badly. */
    private static List<Line> closing(Scenario scenario, ClientState s) {
        List<Line> fitting = scenario.thanks().stream().filter(l -> fits(l.condition(), scenario, s)).toList();
        List<Line> conditioned = fitting.stream().filter(l -> l.condition() != null).toList();
        if (s.trust() < 0.25) {
            List<Line> flat = conditioned.stream().filter(l -> l.condition().kind() == ClosingCondition.Kind.NOT_HEARD
                    || l.condition().kind() == ClosingCondition.Kind.ADVISED).toList();
            return flat.isEmpty() ? scenario.leave() : flat;
        }
        List<Line> sayable = StoryLines.sayable(conditioned, s);
        return sayable.isEmpty() ? fitting : sayable;
    }

    private static boolean fits(ClosingCondition c, Scenario scenario, ClientState s) {
        if (c == null) {
            return true;
        }
        return switch (c.kind()) {
            case HEARD -> s.coreHeard();
            case NOT_HEARD -> !s.coreHeard();
            case ADVISED -> s.advised();
            case NOT_ADVISED -> !s.advised();
            case RISK_ASKED -> !s.riskAsked().isEmpty();
            case DISCLOSED -> s.isDisclosed(scenario.layerIndex(c.layerId()));
        };
    }

    /** Leaving takes a sustained rupture and low trust, and never leaves a risk disclosure unexplored. */
    private boolean shouldLeave(Scenario scenario, ClientState s) {
        return s.ruptureStreak() >= leaveAfter && s.trust() < LEAVE_BELOW && !riskOpen(scenario, s);
    }

    /** A risk the client disclosed or hinted at strongly that the trainee has not explored. */
    static boolean riskOpen(Scenario scenario, ClientState s) {
        boolean hinted = s.voicedCues().stream().anyMatch(key -> RISK_CUES.contains(cue(scenario, key).kind()));
        boolean explored = s.riskAsked().contains(RiskQuestion.SAFETY) || s.riskAsked().size() >= 3;
        return (s.riskDisclosed() || hinted) && !explored;
    }

    /**
     * Advice the client can rebut: the rebuttals about the advice's topics, the best fit to the advice
     * first, where any is written; else a generic one.
     */
    private List<Line> rebuttals(Scenario scenario, Understanding u, String said) {
        List<Line> all = scenario.reaction(ReactionKind.PREMATURE_ADVICE);
        List<Line> onTopic = all.stream().filter(l -> l.topics().stream().anyMatch(u.adviceTopics()::contains))
                .sorted(Comparator.comparingLong((Line l) -> l.topics().stream().filter(u.adviceTopics()::contains)
                        .count()).reversed().thenComparing(Comparator.comparingDouble((Line l) -> fit(said, l))
                        .reversed())).toList();
        if (!onTopic.isEmpty()) {
            return onTopic;
        }
        List<Line> generic = all.stream().filter(l -> l.topics().isEmpty()).toList();
        return generic.isEmpty() ? all : generic;
    }

    private static ClientDirective reaction(ClientMove move, ReactionKind kind, Scenario scenario, int layer) {
        return ClientDirective.of(move, layer, scenario.reaction(kind));
    }

    /**
     * The directive with only the lines the story allows now; when none is left, what is still there to
     * say (more of what is out, then "that's everything", then short replies that may repeat), so the
     * client never runs dry and never ends the conversation for lack of lines.
     */
    private static ClientDirective sayable(Scenario scenario, ClientState s, ClientDirective d) {
        List<Line> lines = StoryLines.sayable(d.candidates(), s);
        if (!lines.isEmpty()) {
            return withCandidates(d, lines);
        }
        if (d.move() == ClientMove.ANSWER_RISK || d.move().endsSession()) {
            return d.candidates().isEmpty() && d.move().endsSession()
                    ? withCandidates(d, scenario.leave()) : d;
        }
        List<Line> more = StoryLines.open(scenario, s);
        if (!more.isEmpty() && !REACTIONS.contains(d.move())) {
            int layer = Math.max(0, StoryLines.layerOf(scenario, more.get(0)));
            return ClientDirective.of(ClientMove.ELABORATE, layer, more).withPreface(d.preface());
        }
        List<Line> exhausted = StoryLines.sayable(scenario.exhausted(), s);
        if (!exhausted.isEmpty() && s.disclosedLayers() >= scenario.layers().size()) {
            return ClientDirective.of(ClientMove.EXHAUSTED, d.layerIndex(), exhausted);
        }
        List<Line> minimal = scenario.reaction(ReactionKind.MINIMAL).isEmpty()
                ? scenario.reaction(ReactionKind.CLOSED_QUESTION) : scenario.reaction(ReactionKind.MINIMAL);
        ClientMove move = REACTIONS.contains(d.move()) ? d.move()
                : s.disclosedLayers() >= scenario.layers().size() ? ClientMove.EXHAUSTED : ClientMove.DEFLECT;
        return ClientDirective.of(move, d.layerIndex(), minimal);
    }

    private static ClientDirective withCandidates(ClientDirective d, List<Line> lines) {
        return new ClientDirective(d.move(), d.layerIndex(), d.cue(), d.cueKey(), lines, d.preface(), d.topic(),
                d.risk());
    }

    /** The state after the client has spoken {@code line}. */
    public ClientState afterSpeech(Scenario scenario, ClientState s, ClientDirective d, Utterance line, Emotion emotion) {
        ClientState.Builder after = s.toBuilder().emotion(emotion).spoke(line.text()).pendingCue(null);
        // The voice may join a preface and a line into one message: each counts as spoken.
        List<Line> prefaces = d.preface() == null ? List.of() : scenario.reaction(d.preface());
        for (List<Line> group : List.of(d.candidates(), prefaces)) {
            for (Line spoken : group) {
                if (line.text().contains(spoken.text())) {
                    after.spoke(spoken.text()).told(spoken.fact()).introduced(spoken.introduces())
                            .introduced(spoken.refers());
                }
            }
        }
        if (d.move() == ClientMove.VOICE_CUE) {
            after.voiced(d.cueKey()).pendingCue(d.cueKey());
        }
        boolean ideation = scenario.layers().stream().flatMap(l -> l.cues().stream())
                .anyMatch(c -> c.kind() == CueKind.IDEATION);
        boolean told = d.move() == ClientMove.ANSWER_RISK && d.risk() == RiskQuestion.IDEATION && ideation;
        after.riskDisclosed(told
                || d.move() == ClientMove.ANSWER_CUE && d.cue() != null && RISK_CUES.contains(d.cue().kind()));
        // An answer that needed trust is the truth told; the first, guarded one is not yet.
        if (told && d.candidates().stream().anyMatch(l -> l.trust() > 0 && line.text().contains(l.text()))) {
            toldLayer(scenario, s, after);
        }
        after.ended(d.move().endsSession()).mood(moods.afterSaying(s.mood(), d));
        ClientState spoken = after.build();
        return spoken.toBuilder().phase(phase(scenario, spoken)).build();
    }

    /**
     * Told outright, the thoughts of not being here are out: their layer is
     * disclosed, so its coming-out lines ("there's something else. I've never said it to anyone") are
     * not said after the telling, and its detail is there to answer a reflection of what was told.
     */
    private static void toldLayer(Scenario scenario, ClientState s, ClientState.Builder after) {
        for (int i = 0; i < scenario.layers().size(); i++) {
            Layer layer = scenario.layer(i);
            boolean holdsIdeation = layer.cues().stream().anyMatch(c -> c.kind() == CueKind.IDEATION);
            if (holdsIdeation && !s.isDisclosed(i)) {
                after.layers(i + 1, i);
                layer.disclose().forEach(l -> after.spoke(l.text()));
            }
        }
    }

    /** The emotion a spoken line shows, from the mood underneath and the line's own. */
    public Emotion emotionOf(Scenario scenario, Utterance line, ClientDirective d, ClientState s) {
        return moods.shown(moods.afterSaying(s.mood(), d), line, d, s, scenario);
    }

    /** How the client's feeling moved from {@code before} to saying {@code d}; never "better" after a reply with a note. */
    public Trend trend(ClientState before, ClientState after, Analysis analysis, ClientDirective d) {
        return moods.trend(before, after, analysis, d.move());
    }

    /** A reply that listened: a reflection, an open question, validation or staying with a cue. */
    static boolean heard(Analysis analysis) {
        return analysis.reflects() || analysis.has(Skill.OPEN_QUESTION)
                || analysis.has(Skill.AFFIRMATION) || analysis.acknowledgesCue()
                || analysis.asksAboutRisk();
    }

    private static boolean isRupture(Analysis analysis) {
        return analysis.flags().stream().anyMatch(f -> RUPTURES.contains(f.kind()));
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

    /**
     * A cue not yet voiced in the layer being talked about or the deepest one out (older ones would come
     * from nowhere), once something of that layer has been said (the opening alone leads to none).
     */
    private static String unvoicedCue(Scenario scenario, ClientState s) {
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
    private static boolean asksAboutCue(Cue cue, Understanding u) {
        if (u.intent() != Intent.QUESTION || !u.people().isEmpty()) {
            return false;
        }
        // What the question is about first: "who's at home when you get in from nights?" asks who, not about sleep.
        String first = u.topics().stream().filter(FRAMES::contains).findFirst()
                .orElse(u.topics().isEmpty() ? null : u.topics().get(0));
        // "How are you managing with it all?" right after a cue stays with it, as the watch-out advises.
        return first != null && (STAYS_WITH_CUE.contains(first)
                || Stream.concat(cue.lines().stream(), cue.whenAsked().stream()).anyMatch(l -> l.isAbout(first)));
    }

    static Cue cue(Scenario scenario, String key) {
        String[] parts = key.split(":");
        return scenario.layer(Integer.parseInt(parts[0])).cues().get(Integer.parseInt(parts[1]));
    }

    private static int cueLayer(String key) {
        return Integer.parseInt(key.substring(0, key.indexOf(':')));
    }
}
