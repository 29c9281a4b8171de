package org.practicum.core.presentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.practicum.core.report.Debrief;
import org.practicum.core.session.Participant;

class DebriefSummaryTest {

    static Debrief debrief(int turns, int retries, List<Debrief.DebriefFlag> flags) {
        return debrief(turns, retries, flags, List.of());
    }

    static Debrief debrief(int turns, int retries, List<Debrief.DebriefFlag> flags, List<Debrief.EmotionPoint> emotions) {
        return new Debrief("s1", "exam-stress", "Exam stress", turns, Map.of(), 3, 2, 1, 1, 1.5, 1.0, 0.3, flags,
                List.of("U1"), new Debrief.UptakeSummary(1, 0, 2), List.of(0.3, 0.45, 0.5), emotions, 2, 4, true,
                retries, "");
    }

    @Test
    void the_figures_tell_sadder_for_what_was_told_from_worse_after_a_reply() {
        List<Debrief.EmotionPoint> emotions = List.of(new Debrief.EmotionPoint(0, "sadness", -0.3, 0, 0.4, "same"),
                new Debrief.EmotionPoint(1, "sadness", -0.5, 0, 0.5, "worse"),
                new Debrief.EmotionPoint(2, "sadness", -0.4, 0, 0.5, "same"),
                new Debrief.EmotionPoint(3, "sadness", -0.55, 0, 0.5, "opened_up"),
                new Debrief.EmotionPoint(4, "sadness", -0.7, 0, 0.6, "opened_up"));

        List<DebriefSummary.Figure> figures = DebriefSummary.of(debrief(4, 0, List.of(), emotions)).figures();

        assertTrue(figures.contains(new DebriefSummary.Figure("Heavier for what they told you",
                "turns 3, 4 (that is trust, not harm)")), figures.toString());
        assertTrue(figures.contains(new DebriefSummary.Figure("Worse after your reply", "turn 1")), figures.toString());
    }

    @Test
    void the_figures_quote_nobody_and_say_what_was_taken_back() {
        Debrief.DebriefFlag flag = new Debrief.DebriefFlag(1, "premature_advice", "Make a timetable.", "Too soon.",
                "Reflect first.", new Participant("U1", "Robin"), false);

        DebriefSummary summary = DebriefSummary.of(debrief(4, 1, List.of(flag)));

        assertEquals("Debrief: Exam stress", summary.title());
        assertEquals(List.of(
                new DebriefSummary.Figure("Replies", "4 (1 taken back)"),
                new DebriefSummary.Figure("Reflections : questions", "3 : 2 (1.5)"),
                new DebriefSummary.Figure("Open : closed questions", "1 : 1"),
                new DebriefSummary.Figure("Story shared", "2 of 4 layers, core concern reached"),
                new DebriefSummary.Figure("Suggestions used / edited / ignored", "1 / 0 / 2"),
                new DebriefSummary.Figure("Trust", "0.30 → 0.50"),
                new DebriefSummary.Figure("Notes on replies", "1")), summary.figures());
    }

    @Test
    void the_headline_counts_one_reply_in_the_singular() {
        assertEquals("Debrief: Exam stress. 1 reply.", DebriefSummary.of(debrief(1, 0, List.of())).headline());
        assertEquals("Debrief: Exam stress. 2 replies.", DebriefSummary.of(debrief(2, 0, List.of())).headline());
    }

    @Test
    void the_hint_speaks_to_where_the_reflections_stood() {
        assertEquals("Aim for at least one reflection per question; two is good.", DebriefSummary.hint(null));
        assertEquals("Aim for at least one reflection per question; two is good.", DebriefSummary.hint(0.5));
        assertTrue(DebriefSummary.hint(1.1).startsWith("About one reflection per question: aim for two"));
        assertTrue(DebriefSummary.hint(2.0).startsWith("Two or more reflections per question"));
        assertEquals(DebriefSummary.hint(1.5), DebriefSummary.of(debrief(4, 0, List.of())).hint(), "the session's 3 : 2");
    }
}
