package org.practicum.core.presentation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.practicum.core.session.NextStep;
import org.practicum.core.session.Notice;
import org.practicum.core.session.PracticeException;

class NextStepsTest {

    static final StepNames COMMANDS = step -> switch (step) {
        case REPLY -> new StepName("Type", "a reply to the client");
        case RESUME -> new StepName("Type", "/resume");
        case END -> new StepName("Type", "/end");
        case START -> new StepName("Start", "a new one");
        case JOIN -> new StepName("Join", "it");
    };
    static final StepNames BUTTONS = step -> new StepName("Press", "*" + step.name().toLowerCase() + "*");

    @Test
    void a_paused_session_says_how_to_go_on_in_the_platforms_own_names() {
        PracticeException paused = PracticeException.paused();

        assertEquals("This session is paused. Type /resume to continue, or /end to finish.",
                NextSteps.explain(paused, COMMANDS));
        assertEquals("This session is paused. Press *resume* to continue, or *end* to finish.",
                NextSteps.explain(paused, BUTTONS));
    }

    @Test
    void a_verb_that_differs_from_the_one_before_is_said_again() {
        StepNames mixed = step -> step == NextStep.REPLY ? new StepName("Write", "a reply")
                : new StepName("Use", "`/practice end`");

        assertEquals("Write a reply, or use `/practice end` to finish.",
                NextSteps.sentence(List.of(NextStep.REPLY, NextStep.END), mixed));
    }

    @Test
    void a_refusal_without_next_steps_is_its_reason_alone() {
        PracticeException e = new PracticeException(PracticeException.Reason.NOTHING_TO_RETRY, "Nothing to take back.");

        assertEquals("Nothing to take back.", NextSteps.explain(e, COMMANDS));
    }

    @Test
    void the_crisis_pause_ends_with_how_to_go_on() {
        Notice pause = new Notice(Notice.Kind.PAUSE, "Call 116 123.\nThe practice session is paused.\n",
                List.of(NextStep.RESUME, NextStep.END));

        assertEquals("Call 116 123.\nThe practice session is paused. Type /resume to continue, or /end to finish.",
                NextSteps.explain(pause, COMMANDS));
    }
}
