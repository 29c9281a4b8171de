package org.practicum.app.classify;

import org.practicum.core.analysis.Skill;

/** How a helping skill counts among AnnoMI's four main therapist behaviours. */
final class AnnomiBehaviour {

    private AnnomiBehaviour() {}

    static String of(Skill skill) {
        return switch (skill) {
            case OPEN_QUESTION, CLOSED_QUESTION -> "question";
            case SIMPLE_REFLECTION, COMPLEX_REFLECTION -> "reflection";
            // AnnoMI's therapist input covers information, advice, options and negotiation.
            case ADVICE_WITH_PERMISSION, ADVICE_WITHOUT_PERMISSION, INFORMATION -> "therapist_input";
            // Affirmations, self-disclosure, backchannels and session talk are all "other" in AnnoMI.
            case AFFIRMATION, SELF_DISCLOSURE, OTHER -> "other";
        };
    }
}
