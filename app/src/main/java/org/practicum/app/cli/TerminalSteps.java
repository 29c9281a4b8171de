package org.practicum.app.cli;

import org.practicum.core.presentation.NextSteps;
import org.practicum.core.presentation.StepName;
import org.practicum.core.presentation.StepNames;
import org.practicum.core.session.Notice;
import org.practicum.core.session.PracticeException;

/** What a person can do next at the terminal: the practice loop's commands. */
public final class TerminalSteps {

    static final StepNames NAMES = step -> switch (step) {
        case REPLY -> new StepName("Type", "a reply to the client");
        case RESUME -> new StepName("Type", "/resume");
        case END -> new StepName("Type", "/end");
        case START -> new StepName("Start", "a new one");
        case JOIN -> new StepName("Join", "the group session on Discord or Slack");
    };

    private TerminalSteps() {
    }

    /** A refusal with what to do instead. */
    public static String refusal(PracticeException e) {
        return NextSteps.explain(e, NAMES);
    }

    /** A notice with what to do next. */
    static String notice(Notice notice) {
        return NextSteps.explain(notice, NAMES);
    }
}
