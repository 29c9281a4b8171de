package org.practicum.core.presentation;

import org.practicum.core.session.NextStep;

/** A platform's names for the next steps: its commands, or its buttons. Implementations hold no state. */
public interface StepNames {

    /** The verb and the command or button for {@code step}, in the platform's own markup. */
    StepName of(NextStep step);
}
