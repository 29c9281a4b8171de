package org.practicum.core.safety;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Spots a trainee message that reads as a real person in crisis rather than practice: first-person
 * talk of ending one's life, or stepping out of the role-play to say they are not okay. Asking the
 * client about suicide in role ("are you thinking of killing yourself?") is the right move and does
 * not trigger it.
 */
public final class CrisisScreen {

    private static final Pattern FIRST_PERSON_RISK = Pattern.compile("\\b(i|i'm|im|i am|i've|ive|i have|i was|"
            + "i keep|i really|i actually|i honestly|i just)\\b"
            // About the client, not the trainee: "what I'm hearing is that you…", "I just want to check, are you…".
            + "(?:(?!\\b(you|your|you've|you're|youre|they|people|someone|anyone|he|she|hearing|heard|wondering|asking|"
            + "checking|noticing|sensing|curious|understand)\\b)[^.?!]){0,40}\\b(kill(ing)? myself|end(ing)? my life|"
            + "take my (own )?life|suicid(e|al)|want(ed)? to die|wanna die|hurt(ing)? myself|harm(ing)? myself|"
            + "cut(ting)? myself|don'?t want to (live|be alive|be here)|not safe|overdose)");
    private static final Pattern OUT_OF_ROLE = Pattern.compile("\\b(this isn'?t (practice|a roleplay|role ?play|"
            + "pretend)|not (practice|practicing|role ?playing) (any ?more|now)|out of (role|character)|"
            + "for real|irl|in real life|stepping out|break(ing)? character|(this|it)'?s (actually )?about me|"
            + "i'?m (actually|really) not (ok|okay|fine|safe)|i need (real )?help)");
    private static final Pattern DISTRESS = Pattern.compile("\\b(not (ok|okay|safe|fine)|can'?t (cope|go on|do this)|"
            + "help me|need help|scared|crisis|struggling|want to die|suicid|end it|hurt myself)");

    public boolean looksLikeRealCrisis(String traineeText) {
        String t = traineeText.toLowerCase(Locale.ROOT).replace('’', '\'');
        if (FIRST_PERSON_RISK.matcher(t).find()) {
            return true;
        }
        return OUT_OF_ROLE.matcher(t).find() && DISTRESS.matcher(t).find();
    }
}
