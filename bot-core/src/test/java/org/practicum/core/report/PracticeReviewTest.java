package org.practicum.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.practicum.core.analysis.AnalysisContext;
import org.practicum.core.analysis.ConversationFacts;
import org.practicum.core.analysis.ResponseAnalyzer;
import org.practicum.core.cue.CueKind;
import org.practicum.core.cue.DistressCue;
import org.practicum.core.emotion.Emotion;
import org.practicum.core.emotion.EmotionCategory;
import org.practicum.core.emotion.Trend;
import org.practicum.core.presentation.MemberFeedback;
import org.practicum.core.scenario.Scenario;
import org.practicum.core.session.TurnRecord;
import org.practicum.core.simulation.ClientMove;
import org.practicum.core.simulation.ClientReply;
import org.practicum.core.testing.Fixtures;

class PracticeReviewTest {

    private static final DistressCue BURDEN = new DistressCue(CueKind.BURDEN, "i feel like a burden to all of them");

    private final Scenario scenario = Fixtures.scenario("advanced-burden");
    private final ResponseAnalyzer analyzer = Fixtures.ruleAnalyzer();
    private final List<TurnRecord> turns = new ArrayList<>();

    private ClientReply client(String text, DistressCue... cues) {
        return new ClientReply(text, Emotion.of(EmotionCategory.SADNESS, 0.5), Trend.SAME, ClientMove.ELABORATE,
                scenario.layer(0).id(), List.of(cues), false);
    }

    /** The trainee's reply to the last client line, analysed as the engine would, then the client's answer. */
    private void turn(String trainee, ClientReply answer) {
        ClientReply last = turns.isEmpty() ? null : turns.get(turns.size() - 1).client();
        var analysis = trainee == null ? null : analyzer.analyze(new AnalysisContext("s-review", scenario,
                new ConversationFacts(1, 0, false, false, 0, 0, last.cues().stream().map(DistressCue::kind).toList()),
                last.text(), last.cues(), List.of(), turns.size() + 1), trainee);
        turns.add(new TurnRecord(turns.size() + 1, 1, "U1", trainee, analysis, answer, null, null, null, false,
                Instant.EPOCH));
    }

    @Test
    void a_burden_brushed_away_then_a_direct_question_names_both_in_the_risk_line_and_what_went_well() {
        turn(null, client("honestly i feel like a burden to all of them", BURDEN));
        turn("Oh don't be silly, you're not a burden!", client("that's what everyone says", BURDEN));
        turn("When you say you feel like a burden, are you having thoughts of ending your life?",
                client("sometimes, yes"));

        PracticeReview review = PracticeReview.of(turns);

        assertEquals("The client said “i feel like a burden to all of them” (feeling a burden to others). "
                + "You asked directly about suicide at turn 3. Left unexplored: “i feel like a burden to all of them”.",
                review.risk());
        assertEquals(List.of("Turn 3 · You asked directly about suicide: “When you say you feel like a burden, are you "
                + "having thoughts of ending your life?”"), review.wentWell());
    }

    @Test
    void an_unexplored_disclosure_leads_the_feedback_and_says_nobody_asked() {
        turn(null, client("honestly i feel like a burden to all of them", BURDEN));
        turn("What are you doing this weekend?", client("nothing much"));

        PracticeReview review = PracticeReview.of(turns);
        MemberFeedback feedback = MemberFeedback.of(new Debrief.MemberFlags(List.of(), List.of(), true, review));

        assertTrue(review.risk().contains("Nobody asked directly about suicide."), review.risk());
        assertEquals(MemberFeedback.RISK, feedback.sections().get(0).heading());
        assertTrue(review.wentWell().isEmpty(), review.wentWell().toString());
    }

    @Test
    void a_reflection_of_a_cue_is_named_under_what_went_well() {
        turn(null, client("honestly i feel like a burden to all of them", BURDEN));
        turn("It sounds like you feel you're a burden to the people you love.", client("yeah. i do"));

        assertEquals(List.of("Turn 2 · You reflected what the client said (“i feel like a burden to all of them”): "
                + "“It sounds like you feel you're a burden to the people you love.”"), PracticeReview.of(turns).wentWell());
    }

    @Test
    void no_risk_line_without_a_disclosure() {
        turn(null, client("work's been relentless lately"));
        turn("It sounds like work never lets up.", client("yeah"));

        assertEquals("", PracticeReview.of(turns).risk());
    }
}
