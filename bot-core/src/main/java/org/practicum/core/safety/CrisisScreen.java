package org.practicum.core.safety;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Spots a trainee message that reads as a real person in crisis rather than practice: first-person
 * talk of ending one's life, or a line marked as out of role ("out of character", "OOC", "this isn't
 * practice", "for real", "in real life", in parentheses or not) that says, in the trainee's own voice,
 * that they are not okay. Asking the client about suicide or despair in role ("are you thinking of
 * killing yourself?", "do you feel everyone would be better off without you?") is the right move and
 * never triggers it, marked or not.
 */
public final class CrisisScreen {

    private static final Pattern FIRST_PERSON_RISK = Pattern.compile("\\b(i|i'm|im|i am|i've|ive|i have|i was|"
            + "i keep|i really|i actually|i honestly|i just)\\b"
            // About the client, not the trainee: "what I'm hearing is that you…", "I just want to check, are you…".
            + "(?:(?!\\b(you|your|you've|you're|youre|they|people|someone|anyone|he|she|hearing|heard|wondering|asking|"
            + "checking|noticing|sensing|curious|understand)\\b)[^.?!]){0,40}\\b(kill(ing)? myself|end(ing)? my life|"
            + "take my (own )?life|suicid(e|al)|want(ed)? to die|wanna die|hurt(ing)? myself|harm(ing)? myself|"
            + "cut(ting)? myself|don'?t want to (live|be alive|be here)|not safe|overdose)");
    private static final Pattern OUT_OF_ROLE = Pattern.compile("\\b(this (isn'?t|is not) (practice|a roleplay|"
            + "role ?play|pretend)|not (practice|practicing|practising|role ?playing) (any ?more|now)|"
            + "out of (role|character)|ooc|for real|irl|in real life|stepping out|break(ing)? character|"
            + "(this|it)'?s (actually )?about me|i'?m (actually|really) not (ok|okay|fine|safe)|i need (real )?help)\\b");
    /** "I" as the subject of a state: "I'm", "I've been", "I (honestly) feel". */
    private static final String I_AM = "(?:i'?m|im|i'?ve been|i(?: (?:honestly|really|just|actually|genuinely|truly|"
            + "still))? (?:am|feel|felt|have been|was|keep feeling))";
    private static final String SOFTENING = "(?:\\s+(?:so|really|just|honestly|actually|kind of|kinda|pretty|very|"
            + "completely|totally|such|like|feeling|getting|a bit|a little|more and more))*";
    private static final String STATE = "(?:not (?:ok|okay|safe|fine|alright|coping)(?! with\\b)|struggling(?! to\\b)|hopeless|"
            + "worthless|(?:such )?a burden|falling apart|in crisis|in a (?:really |very )?(?:bad|dark) place|trapped|"
            + "at breaking point|scared(?! (?:for|that|of|about) you| you))";
    private static final String I_CANNOT = "i (?:can'?t|cannot) (?:cope|go on|keep going|do this any ?more|"
            + "take (?:it|this|much more|any more)|handle (?:it|this|anything) any ?more)";
    private static final String I_WANT_OUT = "i (?:just )?(?:want|wanna) to (?:disappear|give up|not exist|not be here|"
            + "end it|sleep forever)|i (?:don'?t|do not) (?:want to (?:wake up|go on|exist)|see the point)"
            + "|i(?:'?m going to| might| could| will|'ll) end it";
    /** Phrases that can only be about the speaker. */
    private static final String ABOUT_ME = "better off without me|(?:nobody|no one|no-one) (?:would|will|'d) (?:even )?"
            + "(?:miss me|notice(?: if i)?|care(?: if i)?)|(?:please|someone|somebody) help me"
            + "|i need (?:some |real )?help\\b(?! (?:with|to|understanding|finding|thinking))|nothing (?:left )?to live for"
            + "|no (?:point|reason) (?:in |to )?(?:living|going on|being here|any of it)";
    /**
     * How the trainee says they themselves are not okay: "I" and a state with at most a few softening
     * words between ("I'm honestly not okay", "I feel like such a burden"), or a phrase about the speaker.
     */
    private static final Pattern OWN_DISTRESS = Pattern.compile("\\b(?:" + I_AM + SOFTENING + "\\s+" + STATE + "|"
            + I_CANNOT + "|" + I_WANT_OUT + "|" + ABOUT_ME + ")\\b");
    /** Words said to the client: a cue after them in the same sentence is about the client, not the speaker. */
    private static final Pattern SECOND_PERSON = Pattern.compile("\\byou(?:r|rs|'re|re|'ve|'d|'ll|rself)?\\b");
    /** Sentence ends, and the brackets an aside is written in, each start a new stretch of speech. */
    private static final Pattern SENTENCE = Pattern.compile("[^.?!…;()\\[\\]\\n]+");
    /** Words in double quotes are someone else's, most often the client's quoted back. */
    private static final Pattern QUOTED = Pattern.compile("\"[^\"]*\"|“[^”]*”");
    private static final Pattern FILLER = Pattern.compile("\\byou know\\b");

    public boolean looksLikeRealCrisis(String traineeText) {
        String t = traineeText.toLowerCase(Locale.ROOT).replace('’', '\'');
        if (FIRST_PERSON_RISK.matcher(t).find()) {
            return true;
        }
        return OUT_OF_ROLE.matcher(t).find() && saysOwnDistress(t);
    }

    private static boolean saysOwnDistress(String text) {
        String own = FILLER.matcher(QUOTED.matcher(text).replaceAll(" ")).replaceAll(" ");
        Matcher sentence = SENTENCE.matcher(own);
        while (sentence.find()) {
            Matcher cue = OWN_DISTRESS.matcher(sentence.group());
            while (cue.find()) {
                if (!SECOND_PERSON.matcher(sentence.group().substring(0, cue.start())).find()) {
                    return true;
                }
            }
        }
        return false;
    }
}
