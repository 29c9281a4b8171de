package org.practicum.core.scenario;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * What a client's own words already answer of the safety-planning questions ("no plan", "I haven't told a
 * soul", "I'm not going to do anything"), so neither a suggestion nor the debrief asks for it again.
 */
public final class SafetyAnswers {

    private static final Map<RiskQuestion, Pattern> ANSWERED = Map.of(
            RiskQuestion.FREQUENCY, words("(most|every|some|a few) (nights|days|mornings|evenings)|every (day|night)"
                    + "|all the time|comes and goes|(once|twice) a (day|week)|at night"),
            RiskQuestion.PLAN, words("no plan|not a plan|a plan|planned|nothing like that"),
            RiskQuestion.REASONS, words("because of my|the reason|'s why i wouldn't|keeps me going|couldn't do that to"
                    + "|wouldn't do that to|never do that to"),
            RiskQuestion.WHO_KNOWS, words("nobody knows|no one knows|haven't told|not told anyone|first person"
                    + "|never told anyone|knows? about it"),
            RiskQuestion.SAFETY, words("i'm safe|i am safe|safe tonight|safe right now|i'm okay tonight|i'm ok tonight"
                    + "|not going to do anything|i'd ring someone|i'd call someone|(is|'s) (here|home) with me"));

    private SafetyAnswers() {
    }

    /** Whether these words (lower case) answer the follow-up question; the direct questions have none here. */
    public static boolean answer(RiskQuestion question, String lowerText) {
        Pattern p = ANSWERED.get(question);
        return p != null && p.matcher(lowerText).find();
    }

    private static Pattern words(String alternatives) {
        return Pattern.compile("\\b(" + alternatives + ")\\b");
    }
}
