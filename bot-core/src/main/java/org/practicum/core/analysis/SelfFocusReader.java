package org.practicum.core.analysis;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Making it about yourself: the reply tells the trainee's own story (or their family's) and does not hand
 * the conversation back. A brief disclosure followed by a question or reflection about the client is a
 * skill, not a fault.
 */
final class SelfFocusReader {

    /** A sentence of the trainee's own story: what happened to them or theirs. */
    private static final Pattern OWN_STORY = Pattern.compile("^(oh,? |honestly,? |ugh,? |yeah,? |ha(ha)*,? |aw+,? |ah+,? |wow,? |lol,? |i hear you[,—–-]* |i know,? |[—–-] )*("
            // "When I went to uni I was so homesick", "I cried when I handed my keys back": a story of the trainee's.
            + "when i (was|went|moved|lost|had|got|left|started|did|first)\\b|i \\w+ed when i\\b|that'?s how i\\b|"
            + "same (thing )?happened to (me|us)|that reminds me of|me too|same here|tell me about it|i know exactly|"
            + "i('ve| have| had)? (had|went through|lost|got|was|used to|take|remember|did|ended up|nearly|barely|"
            + "been through|been there|found)\\b|"
            + "(we|our|my) (\\w+ )?(\\w+ )?((?!need\\b|feed\\b|speed\\b)\\w+ed|had|went|ended|lost|got|was|were|found|did|took|sold|said|"
            + "nearly|came|made|kept|felt|saw|does|says|always says)\\b|mine (was|is|did|had|used to|says|said|does)\\b|i'?m (\\w+ ){0,4}myself\\b)");
    /**
     * A matching disclosure ("Ha, me too!", "My gran was a dinner lady too!"): it claims the client's experience
     * for the trainee, so a question after it does not hand the conversation back.
     */
    private static final Pattern MATCHES_CLIENT = Pattern.compile("^(\\w+,? )?(me too|same here|snap|tell me about it)\\b|\\b(exactly|just) (the same|that|like that|how you)\\b|\\b(too|as well|"
            + "myself)[!]|\\b(ha(ha)+|lol)\\b|the same to me\\b");
    /** The trainee's story continued: "he used to stand at the window…", "she did IVF twice". */
    private static final Pattern STORY_GOES_ON = Pattern.compile("^(and |but |so )?(he|she|they|it|the last|"
            + "the first|the second) (\\w+ )?(was|were|had|did|used|went|got|ended|nearly|completely|stopped|came)\\b");

    private static final Pattern FIRST_PERSON = Pattern.compile("\\b(i|me|my|mine|i'm|i've|i'd|we|us|our)\\b");
    /** "I wonder if you're…", "I get the sense you…": the trainee's "I" offering a guess about the client. */
    private static final Pattern GUESS_ABOUT_CLIENT = Pattern.compile("^(\\w+[.,]? )?i (wonder|guess|imagine|get the "
            + "sense|sense|hear|notice|can see|can hear|can tell)\\b.*\\byou('re|'ve|'d)?\\b"
            // "I'm wondering what Evie might say", "I'm curious about sleep": the trainee's curiosity about the client's life.
            + "|^(\\w+[.,]? )?i'?m (wondering|curious)\\b");

    private SelfFocusReader() {
    }

    /** Whether a sentence tells what happened to the trainee or theirs (never advice, whatever its verbs). */
    static boolean tellsOwnStory(String sentence) {
        return OWN_STORY.matcher(Text.lower(sentence.strip())).find();
    }

    /** Whether a sentence goes on with a story the previous one began ("the last place had mould…"). */
    static boolean continuesStory(String sentence) {
        return STORY_GOES_ON.matcher(Text.lower(sentence.strip())).find();
    }

    /** Whether the reply is mostly the trainee's own story and does not turn back to the client. */
    static boolean in(List<LabelledSentence> sentences) {
        int story = 0;
        boolean inStory = false;
        boolean turnsBack = false;
        boolean matching = false;
        for (LabelledSentence s : sentences) {
            String lower = Text.lower(s.text().strip());
            // The head's self-disclosure label needs the trainee in it: "things will pick up, you'll see" is not a story.
            // "I'd never leave mine with…" is a verdict on the client, not the trainee's story.
            boolean own = !JudgingReader.judges(lower) && (tellsOwnStory(lower) || s.skill() == Skill.SELF_DISCLOSURE
                    && FIRST_PERSON.matcher(lower).find() && !GUESS_ABOUT_CLIENT.matcher(lower).find());
            boolean goesOn = inStory && continuesStory(lower);
            if (own || goesOn) {
                story++;
                matching |= own && MATCHES_CLIENT.matcher(lower).find();
                inStory = true;
                turnsBack = false;
            } else if (s.skill().isReflection() || s.skill().isQuestion()) {
                turnsBack = true;
                inStory = false;
            }
        }
        // Ending on one's own story, or telling it with no word of the client's at all, keeps the attention there.
        boolean handsBackAnywhere = sentences.stream().anyMatch(s -> s.skill().isReflection() || s.skill().isQuestion());
        return story > 0 && (matching || !turnsBack && (story * 2 >= sentences.size() || inStory || !handsBackAnywhere));
    }
}
