package org.practicum.core.simulation;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.practicum.core.analysis.Analysis;
import org.practicum.core.analysis.FlagKind;
import org.practicum.core.analysis.Intent;
import org.practicum.core.analysis.Skill;
import org.practicum.core.analysis.Understanding;
import org.practicum.core.cue.CueKind;
import org.practicum.core.emotion.Emotion;
import org.practicum.core.emotion.EmotionClassifier;
import org.practicum.core.emotion.Trend;
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
    public static final int DEFAULT_LEAVE_AFTER = 8;

    /** "Have I got that right?" after a summary: it asks for a confirmation or a correction, not for more story. */
    private static final Pattern CHECKS_UNDERSTANDING = Pattern.compile("(?i)\\b((have|did) i (got|get|understood) "
            + "(that|it|this|you|everything)|is that (right|it|fair|about right)|does that (sound|seem|feel) (right|fair|about)"
            + "|am i (right|close|getting (it|that))|let me (check|see if i)|if i('ve| have) (got|understood)"
            + "|to sum (it |that )?up|have i missed|is that (close|fair|true|how it (is|feels))|(does|would) that (fit|be fair"
            + "|be right|sum it up|cover it)|(sound|sounds) about right|have i (understood|heard) (that|you|it)"
            + "|am i hearing (you|that|it) right|did i get (that|it|you) right|is that what (it's|it is|you mean))");

    private final Endings endings;
    private final Reactions reactions;
    private final TopicAnswers topics;
    private final StoryProgress story;
    private final ShortQuestions shortQuestions;
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
        this.endings = new Endings(leaveAfter);
        LineScores scores = new LineScores(relevance);
        this.reactions = new Reactions(scores);
        this.story = new StoryProgress(scores);
        this.topics = new TopicAnswers(scores, story);
        this.shortQuestions = new ShortQuestions(scores);
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

    /** @param lastSaid the client's previous message, what "what do you mean?" asks about ("" if none) */
    public Decision decide(Scenario scenario, ClientState state, Analysis analysis, String lastSaid) {
        Understanding u = analysis.understanding();
        double trust = TrustModel.next(state.trust(), analysis, scenario.style(), state.pendingCue() != null);
        boolean rupture = Reactions.isRupture(analysis);
        int coreIndex = scenario.coreIndex();
        boolean coreHeard = state.coreHeard() || state.isDisclosed(coreIndex) && analysis.invitesOpening()
                && !analysis.has(FlagKind.MISSED_DISTRESS_CUE);
        ClientState.Builder next = state.toBuilder().trust(trust)
                .adviceCooldown(analysis.has(FlagKind.PREMATURE_ADVICE) ? ADVICE_COOLDOWN
                        : Math.max(0, state.adviceCooldown() - 1))
                .lowTrustTurns(trust < Endings.LEAVE_BELOW ? state.lowTrustTurns() + 1 : 0)
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
        ClientDirective directive = WhatIsLeft.sayable(scenario, updated,
                choose(new Turn(scenario, updated, analysis, u, said, lastSaid)));
        if (directive.move() == ClientMove.DISCLOSE) {
            updated = updated.toBuilder().layers(directive.layerIndex() + 1, directive.layerIndex()).build();
        } else if (directive.move() == ClientMove.ELABORATE) {
            updated = updated.toBuilder().layers(0, directive.layerIndex()).build();
        }
        return new Decision(directive, updated);
    }

    /** The move for this turn, in order: risk, closing, leaving, reactions to the move, then what was asked. */
    private ClientDirective choose(Turn t) {
        Scenario scenario = t.scenario();
        ClientState s = t.s();
        Analysis analysis = t.analysis();
        Understanding u = t.u();
        int current = s.currentLayer();
        if (u.risk() != null) {
            return RiskAnswers.answer(scenario, s, u.risk());
        }
        if (u.intent() == Intent.CLOSING) {
            return ClientDirective.of(ClientMove.THANK_AND_CLOSE, current, Endings.closing(scenario, s));
        }
        if (endings.shouldLeave(scenario, s)) {
            return ClientDirective.of(ClientMove.LEAVE, current, scenario.leave());
        }
        if (analysis.has(FlagKind.JUDGING)) {
            return Reactions.of(ClientMove.IRRITATED, ReactionKind.JUDGING, scenario, current);
        }
        if (analysis.has(FlagKind.MINIMISING)) {
            return Reactions.of(ClientMove.HURT, ReactionKind.MINIMISING, scenario, current);
        }
        if (analysis.has(FlagKind.PREMATURE_ADVICE)) {
            return ClientDirective.of(ClientMove.WITHDRAW, current, reactions.rebuttals(scenario, u, t.said()));
        }
        // "what do you mean?" right after a cue asks the person to say more of it.
        if (s.pendingCue() != null && (analysis.acknowledgesCue() || u.intent() == Intent.CLARIFY
                || CueLines.askedAbout(CueLines.cue(scenario, s.pendingCue()), u))) {
            Cue cue = CueLines.cue(scenario, s.pendingCue());
            return new ClientDirective(ClientMove.ANSWER_CUE, CueLines.layerOf(s.pendingCue()), cue, s.pendingCue(),
                    cue.whenAsked(), null, null, null);
        }
        if (analysis.has(FlagKind.MISSED_DISTRESS_CUE)) {
            ClientDirective quiet = Reactions.of(ClientMove.GO_QUIET, ReactionKind.MISSED_CUE, scenario, current);
            // A summary that asks "have I got that right?" and leaves out what was just said is answered "not quite".
            return CHECKS_UNDERSTANDING.matcher(t.said()).find() ? quiet.withPreface(ReactionKind.CORRECTION) : quiet;
        }
        if (u.intent() == Intent.CLARIFY) {
            return shortQuestions.clarified(t);
        }
        if (u.intent() == Intent.REFLECTION || CHECKS_UNDERSTANDING.matcher(t.said()).find()) {
            return topics.reflected(t);
        }
        Optional<ClientDirective> topical = topics.answer(t);
        if (topical.isPresent()) {
            return topical.get();
        }
        if (analysis.invitesOpening() || t.firstReply() || u.intent() == Intent.GREETING) {
            return story.respond(t);
        }
        if (analysis.onlyClosedQuestions()) {
            return shortQuestions.closed(t);
        }
        if (analysis.sentences().isEmpty()) {
            return Reactions.of(ClientMove.CONFUSED, ReactionKind.OFF_TOPIC, scenario, current);
        }
        return Reactions.of(ClientMove.DEFLECT, ReactionKind.DEFLECT, scenario, current);
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
                || d.move() == ClientMove.ANSWER_CUE && d.cue() != null && CueLines.RISK_CUES.contains(d.cue().kind()));
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
}
