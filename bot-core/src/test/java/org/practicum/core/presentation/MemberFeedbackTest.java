package org.practicum.core.presentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.practicum.core.report.Debrief;
import org.practicum.core.session.Participant;

class MemberFeedbackTest {

    static final Participant ROBIN = new Participant("U1", "Robin");
    static final Participant KIM = new Participant("U2", "Kim");
    static final Debrief.DebriefFlag ROBINS = new Debrief.DebriefFlag(1, "premature_advice", "Make a timetable.",
            "Too soon.", "Reflect first.", ROBIN, false);
    static final Debrief.DebriefFlag KIMS = new Debrief.DebriefFlag(2, "minimising", "It's not that bad.",
            "It dismisses her.", "Stay with it.", KIM, false);

    @Test
    void a_member_of_a_group_reads_their_own_flags_first_then_the_rest_of_the_groups() {
        MemberFeedback feedback = MemberFeedback.of(new Debrief.MemberFlags(List.of(ROBINS), List.of(KIMS), true));

        assertEquals("Your feedback: 1 on your replies, 1 on the rest of the group's", feedback.title());
        assertEquals(List.of("Your replies", "The rest of the group's replies"),
                feedback.sections().stream().map(MemberFeedback.Section::heading).toList());
        assertEquals(List.of(ROBINS.quote()), feedback.sections().get(0).flags().stream().map(FlagNote::quote).toList());
        assertEquals(KIM, feedback.sections().get(1).flags().get(0).writer());
    }

    @Test
    void a_member_whose_replies_raised_nothing_is_told_so_above_the_groups_flags() {
        MemberFeedback feedback = MemberFeedback.of(new Debrief.MemberFlags(List.of(), List.of(KIMS), true));

        assertEquals("Nothing was flagged on your replies.", feedback.sections().get(0).note());
        assertFalse(feedback.isEmpty());
    }

    @Test
    void someone_who_wrote_no_reply_is_told_they_observed() {
        MemberFeedback feedback = MemberFeedback.of(new Debrief.MemberFlags(List.of(), List.of(ROBINS, KIMS), false));

        assertEquals("Feedback on the group's replies (2)", feedback.title());
        assertEquals(List.of(new MemberFeedback.Section("The group's replies",
                "You observed this session; here is what was flagged on the group's replies.",
                List.of(FlagNote.inDebrief(ROBINS, false), FlagNote.inDebrief(KIMS, false)))), feedback.sections());
    }

    @Test
    void a_trainee_alone_reads_their_flags_as_their_own() {
        MemberFeedback feedback = MemberFeedback.of(new Debrief.MemberFlags(List.of(ROBINS), List.of(), true));

        assertEquals("Your feedback (1)", feedback.title());
        assertEquals(null, feedback.sections().get(0).flags().get(0).writer());
    }

    @Test
    void with_nothing_flagged_there_is_nothing_to_read_and_a_line_says_why() {
        MemberFeedback replied = MemberFeedback.of(new Debrief.MemberFlags(List.of(), List.of(), true));
        MemberFeedback watched = MemberFeedback.of(new Debrief.MemberFlags(List.of(), List.of(), false));

        assertTrue(replied.isEmpty() && watched.isEmpty());
        assertTrue(replied.sections().get(0).note().startsWith("Nothing was flagged in this session."));
        assertEquals("You wrote no replies, and nothing was flagged in this session.",
                watched.sections().get(0).note());
    }
}
