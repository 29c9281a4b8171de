package org.practicum.slack;

import org.practicum.core.presentation.NextSteps;
import org.practicum.core.presentation.StepName;
import org.practicum.core.presentation.StepNames;
import org.practicum.core.session.PracticeException;

/**
 * What a person can do next, in Slack's terms: Slack runs no slash command typed inside a thread, so
 * in a session the next steps are the buttons there (on the card, the coaching and the pause message).
 */
final class SlackSteps {

    static final String RESUME_LABEL = "Resume practice";
    static final String END_LABEL = "End session";
    static final String JOIN_LABEL = "Join";
    static final String RETRY_LABEL = "Try again";

    static final StepNames NAMES = step -> switch (step) {
        case REPLY -> new StepName("Write", "a reply to the client in the thread");
        case RESUME -> new StepName("Press", "*" + RESUME_LABEL + "*");
        case END -> new StepName("Press", "*" + END_LABEL + "*");
        case START -> new StepName("Use", "`/practice start` in the channel");
        case JOIN -> new StepName("Press", "*" + JOIN_LABEL + "* on the session's card");
    };

    private SlackSteps() {
    }

    /** A refusal with what to do instead, as mrkdwn. */
    static String refusal(PracticeException e) {
        return NextSteps.explain(e, NAMES);
    }
}
