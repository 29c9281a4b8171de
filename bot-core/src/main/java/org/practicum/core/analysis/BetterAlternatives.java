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

    private static final String ASK_DIRECTLY = "Name it and ask directly and calmly";

    private BetterAlternatives() {
    }

    static String forMissedCue(DistressCue cue) {
        String quote = cue.quote().strip();
        if (ASK_ABOUT_SUICIDE.contains(cue.kind())) {
            return ASK_DIRECTLY + ": \"When you say '" + quote + "', are you having thoughts of ending your life?\"";
        }
        return stayWith(quote);
    }

    /** For a reply that changed the subject away from what the client told: go back to their words. */
    static String stayWith(String quote) {
        // The quote's own full stop would end the sentence inside the quotation marks: "…redundant.'."
        return "Stay with it before moving on: \"You mentioned '" + quote.strip().replaceAll("[.!…]+$", "")
                + "'. That sounds like a lot. How has that been for you?\"";
    }

    static String forPrematureAdvice() {
        return lead(FlagKind.PREMATURE_ADVICE) + ": \"It sounds like you have a lot to carry. "
                + "What feels hardest about it right now?\"";
    }

    static String forMinimising() {
        return lead(FlagKind.MINIMISING) + ": \"It sounds like this has been really hard for you. What has it been like?\"";
    }

    static String forJudging() {
        return lead(FlagKind.JUDGING) + ": \"What was going on for you when that happened?\"";
    }

    static String forClosedQuestions() {
        return lead(FlagKind.CLOSED_QUESTION_STREAK) + ": \"How has all of this been for you?\"";
    }

    static String forSelfFocus() {
        return lead(FlagKind.SELF_FOCUS) + ": \"I can only imagine part of it. What has it been like for you?\"";
    }

    /** What to do instead, with {@code example} as the words: a reply written for the same client message. */
    static String withExample(FlagKind kind, String example) {
        // A quote inside the example becomes single, as the fixed examples quote the client.
        return lead(kind) + ": \"" + example.strip().replace('"', '\'') + "\"";
    }

    private static String lead(FlagKind kind) {
        return switch (kind) {
            case MISSED_DISTRESS_CUE -> ASK_DIRECTLY;
            case PREMATURE_ADVICE -> "Hold the solution and reflect first";
            case MINIMISING -> "Take it as seriously as they do";
            case JUDGING -> "Set the judgement aside and get curious";
            case CLOSED_QUESTION_STREAK -> "Swap the yes/no questions for one open question";
            case SELF_FOCUS -> "Keep the focus on them";
        };
    }
}
