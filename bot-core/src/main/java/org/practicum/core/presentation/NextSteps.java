package org.practicum.core.presentation;

import java.util.List;
import java.util.Locale;
import org.practicum.core.session.NextStep;
import org.practicum.core.session.Notice;
import org.practicum.core.session.PracticeException;

/**
 * What a person can do next, as one sentence in a platform's names: "Type /resume to continue, or /end
 * to finish." A verb the step before already used is not repeated.
 */
public final class NextSteps {

    private NextSteps() {
    }

    /** A refusal in full: why, then what to do instead. */
    public static String explain(PracticeException e, StepNames names) {
        return after(e.getMessage(), e.nextSteps(), names);
    }

    /** A notice in full: its text, then what to do next (the crisis pause says how to go on). */
    public static String explain(Notice notice, StepNames names) {
        return after(notice.text(), notice.nextSteps(), names);
    }

    static String after(String message, List<NextStep> steps, StepNames names) {
        return steps.isEmpty() ? message : message.strip() + (message.isBlank() ? "" : " ") + sentence(steps, names);
    }

    /** The steps as one sentence; empty for none. */
    public static String sentence(List<NextStep> steps, StepNames names) {
        StringBuilder out = new StringBuilder();
        String previousVerb = null;
        for (NextStep step : steps) {
            StepName name = names.of(step);
            if (previousVerb == null) {
                out.append(capitalised(name.verb())).append(' ');
            } else {
                out.append(", or ").append(name.verb().equalsIgnoreCase(previousVerb) ? ""
                        : name.verb().toLowerCase(Locale.ROOT) + " ");
            }
            out.append(name.what()).append(purpose(step));
            previousVerb = name.verb();
        }
        return out.isEmpty() ? "" : out.append('.').toString();
    }

    private static String purpose(NextStep step) {
        return switch (step) {
            case REPLY -> "";
            case RESUME -> " to continue";
            case END -> " to finish";
            case START -> " to practise again";
            case JOIN -> " to take turns";
        };
    }

    static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
