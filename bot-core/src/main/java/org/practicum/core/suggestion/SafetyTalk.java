package org.practicum.core.suggestion;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.practicum.core.conversation.TranscriptEntry;
import org.practicum.core.cue.CueClause;
import org.practicum.core.cue.CueKind;
import org.practicum.core.cue.LexiconCueDetector;
import org.practicum.core.scenario.RiskQuestion;
import org.practicum.core.scenario.SafetyAnswers;
import org.practicum.core.simulation.ClientMove;
import org.practicum.core.simulation.ClientState;

/**
 * Where a conversation about risk stands, for the suggestions: whether the client has just told of
 * thoughts of not being here, and which safety-planning question comes next, neither asked by the
 * trainee nor already answered in the client's own words ("I've no plan", "nobody knows").
 */
final class SafetyTalk {

    /** Safety-planning order: the direct question, then how often and when, any plan, what keeps them going, who knows, now. */
    private static final List<RiskQuestion> ORDER = List.of(RiskQuestion.IDEATION, RiskQuestion.FREQUENCY,
            RiskQuestion.PLAN, RiskQuestion.REASONS, RiskQuestion.WHO_KNOWS, RiskQuestion.SAFETY);
    private static final Set<RiskQuestion> DIRECT = EnumSet.of(RiskQuestion.IDEATION, RiskQuestion.SELF_HARM);
    private static final Set<CueKind> RISK_WORDS = EnumSet.of(CueKind.IDEATION, CueKind.BURDEN, CueKind.ACUTE,
            CueKind.HOPELESSNESS, CueKind.TRAPPED);
    /**
     * Who or what they name as holding them, once they told of the thoughts ("my partner jo, and the dog",
     * "i won't do that to jo"): what keeps them going is answered.
     */
    private static final Pattern KEEPS_GOING = Pattern.compile("\\b(won't do that to|would never do that to|the dog"
            + "|the kids|my (partner|kids|children|son|daughter|wife|husband)\\b[^.?!]{0,30}(and|keeps?|why)\\b)");
    /** Client messages a pending question may be suggested on before it counts as passed over by the trainee. */
    private static final int OFFERED_TURNS = 2;

    private SafetyTalk() {
    }


    /** This message answers a question about risk with a yes, or answers a risk cue the trainee asked about. */
    static boolean toldOfRisk(ClientMove move, boolean riskDisclosed) {
        return riskDisclosed && (move == ClientMove.ANSWER_RISK || move == ClientMove.ANSWER_CUE);
    }

    /** The disclosure itself: the answer to the direct question, or to a question about a risk cue. */
    static boolean isDisclosure(ClientMove move, RiskQuestion asked) {
        return move == ClientMove.ANSWER_CUE || move == ClientMove.ANSWER_RISK && asked != null && DIRECT.contains(asked);
    }

    /** The trainee asked the direct question, so a later cue is not asked about as if it were new. */
    static boolean answeredDirectly(ClientState state) {
        return state.riskAsked().stream().anyMatch(DIRECT::contains);
    }

    /** A "no" to the direct question, the first time the trainee asked about risk: thanked once. */
    static boolean firstNo(ClientMove move, RiskQuestion asked, Set<RiskQuestion> everAsked) {
        return move == ClientMove.ANSWER_RISK && asked != null && DIRECT.contains(asked) && everAsked.size() <= 1;
    }

    /** The next safety-planning question: not asked by the trainee, not answered by the client's words. */
    static Optional<RiskQuestion> next(Set<RiskQuestion> asked, List<TranscriptEntry> transcript) {
        return next(asked, transcript, false);
    }

    /**
     * The question to come back to on a turn that is not about risk: the next one, unless it has been
     * pending for the last {@value #OFFERED_TURNS} client messages since they told of the risk; suggested
     * turn after turn and passed over each time, it reads as a stuck record.
     */
    static Optional<RiskQuestion> toComeBackTo(Set<RiskQuestion> asked, List<TranscriptEntry> transcript) {
        return next(asked, transcript, true);
    }

    private static Optional<RiskQuestion> next(Set<RiskQuestion> asked, List<TranscriptEntry> transcript,
                                               boolean skipPassedOver) {
        List<String> said = transcript.stream().filter(e -> e.speaker() == TranscriptEntry.Speaker.CLIENT)
                .map(e -> e.text().toLowerCase().replace('’', '\'')).toList();
        int toldAt = firstToldOfRisk(said);
        // What answers a follow-up is said from the telling on: "most nights" about sleep before it is not how often.
        List<String> since = toldAt < 0 ? List.of() : said.subList(toldAt, said.size());
        String before = !skipPassedOver || toldAt < 0 || said.size() - OFFERED_TURNS <= toldAt ? null
                : String.join(" ", said.subList(toldAt, said.size() - OFFERED_TURNS));
        return ORDER.stream().filter(q -> !done(q, asked, String.join(" ", said), String.join(" ", since)))
                .filter(q -> before == null || done(q, asked, before, before)).findFirst();
    }

    private static boolean done(RiskQuestion q, Set<RiskQuestion> asked, String said, String since) {
        return switch (q) {
            case IDEATION -> asked.stream().anyMatch(DIRECT::contains) || LexiconCueDetector.mentions(CueKind.IDEATION, said);
            case REASONS -> asked.contains(q) || SafetyAnswers.answer(q, since) || KEEPS_GOING.matcher(since).find();
            default -> asked.contains(q) || SafetyAnswers.answer(q, since);
        };
    }

    /** The first client message that tells of the risk, or -1. */
    private static int firstToldOfRisk(List<String> said) {
        for (int i = 0; i < said.size(); i++) {
            if (riskWords(said.get(i)).isPresent()) {
                return i;
            }
        }
        return -1;
    }

    /** The clause of an answer that tells of the risk ("they'd be better off without me"), whole. */
    static Optional<String> riskWords(String message) {
        Predicate<String> tells = s -> RISK_WORDS.stream().anyMatch(k -> LexiconCueDetector.mentions(k, s));
        return tells.test(message) ? Optional.of(CueClause.in(message, tells)) : Optional.empty();
    }
}
