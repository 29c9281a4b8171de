package org.practicum.core.analysis;

import java.util.EnumSet;
import java.util.Set;
import org.practicum.core.cue.CueKind;
import org.practicum.core.cue.DistressCue;

/**
 * The "try instead" line for each flag: the client's own cue words where there is one, else wording that
 * fits any story. Never a layer's gist or feeling: those hold what the client may not have told yet, and
 * their last message is often only a reaction to the flagged reply ("I'll have a think about it").
 */
final class BetterAlternatives {

    /** Cues where the right response is to ask about suicide directly and calmly. */
    private static final Set<CueKind> ASK_ABOUT_SUICIDE = EnumSet.of(CueKind.IDEATION, CueKind.BURDEN,
            CueKind.HOPELESSNESS, CueKind.TRAPPED, CueKind.PURPOSELESSNESS, CueKind.ACUTE, CueKind.MOOD_CHANGE);

    private BetterAlternatives() {
    }

    static String forMissedCue(DistressCue cue) {
        String quote = cue.quote().strip();
        if (ASK_ABOUT_SUICIDE.contains(cue.kind())) {
            return "Name it and ask directly and calmly: \"When you say '" + quote
                    + "', are you having thoughts of ending your life?\"";
        }
        return "Stay with it before moving on: \"You mentioned '" + quote
                + "'. That sounds like a lot. How has that been for you?\"";
    }

    static String forPrematureAdvice() {
        return "Hold the solution and reflect first: \"It sounds like you have a lot to carry. "
                + "What feels hardest about it right now?\"";
    }

    static String forMinimising() {
        return "Take it as seriously as they do: \"It sounds like this has been really hard for you. "
                + "What has it been like?\"";
    }

    static String forJudging() {
        return "Set the judgement aside and get curious: \"What was going on for you when that happened?\"";
    }

    static String forClosedQuestions() {
        return "Swap the yes/no questions for one open question: \"How has all of this been for you?\"";
    }

    static String forSelfFocus() {
        return "Keep the focus on them: \"I can only imagine part of it. What has it been like for you?\"";
    }
}
