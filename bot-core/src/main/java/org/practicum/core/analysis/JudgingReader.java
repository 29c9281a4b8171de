package org.practicum.core.analysis;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Judging and blaming: a verdict on what the client did, hindsight ("you should have…"), blame posed as
 * a question ("why on earth did you…?"), or a lecture on what everyone knows. Sentences that mirror the
 * client are not read ("you feel you should have…" is theirs), nor a verdict the trainee negates ("that's
 * not stupid at all").
 */
final class JudgingReader {

    private static final Pattern BLAME = Pattern.compile("\\b("
            // Hindsight and fault.
            + "you (really |probably |definitely )?should(n'?t)? have|you (kind of |must have |surely )?knew|"
            + "(that'?s|it'?s|this is) (all )?on you|your (own )?fault|you brought (this|it)|what did you expect|"
            + "(was|were) (always )?going to be risky|asking for trouble|(is|was)(n'?t)? (ever |never )?a good idea|"
            + "you'?ve got to be (so |more |really )?careful|there for a reason|has to come first|"
            + "you (kind of |really )?(have|need) to keep on top|"
            // Blame posed as a question.
            // "Why did you stop working?" asks; "why didn't you…", "why would you…", "why did you let…" blame.
            + "why (on earth |the hell )?(didn'?t|wouldn'?t|would) you|why (on earth|the hell) did you|why did you (just |even |ever )?"
            + "(do that|let|say that|go back|put up with|agree|believe|think|bother|leave it|wait)\\b|what (made you think|were you thinking)|"
            + "how did (you|the \\w+) (manage to |come to )?(let|leave|forget|miss|lose)\\b.*\\?|how did the \\w+ get\\b.*\\?|"
            + "what made you think|(what|why|how) on earth|what possessed you|"
            // Doubt posed as a question: "did you actually revise for it?", "had you even tried?".
            + "^(well,? |but,? |so,? |and,? )?(did|had|have|do) you (actually|even|ever|really) (\\w+ed|try|tried|revise|do|go|ask|"
            + "check|read|look|think|tell|listen|bother|make|put|save|plan|prepare|study)\\b.*\\?|"
            + "(did|do|have) you not (think|consider|realise|realize|see|try|know|get|notice|check)|did(n'?t| not) you (think|consider|realise|realize)|"
            // Consequences the client has coming.
            + "come back (and|to) bite you|(only )?(have|got|'ve got|'ve) yourself to blame|that'?s what happens (if|when) you|"
            + "^(well,? )?that'?s why\\b|(going to|gonna|will|'ll) cost you|"
            + "serves you right|you'?ll (learn|regret)|"
            + "(could|might|will|'ll|can) get (in|into) (real |serious |big |a lot of )?trouble|"
            // A verdict on the client's act or the client.
            + "(that'?s|that was|that is|it was|sounds|you were|you'?re being|you are being|was a bit|pretty|quite|bit) "
            + "(a bit |pretty |quite |really |very |so |kind of |rather )?(irresponsible|rash|careless|reckless|selfish|"
            + "foolish|stupid|naive|lazy|immature|dramatic|ridiculous|silly|wrong of you|overreacting|antisocial|rude|"
            + "childish|petty|unfair|mean|harsh|excessive|over the top|unhealthy)\\b|"
            // "That's really not a healthy way…", "Lying to your manager isn't great": a verdict on what they did.
            + "((that|this|it|which)('s| is)( really| just)? not|(that|this|it) (isn'?t|is not)|\\w+ing\\b[\\w' ]{0,30}? "
            + "(isn'?t|is not)) (a |very |really |that |exactly ){0,2}(great|healthy|good|smart|sensible|wise|clever)"
            + "( (way|idea|thing|choice|look|move|habit))?\\b(?! (to feel|to hear|to go through))|"
            + "is a lot of money|"
            + "(a |an )?(pretty |really |quite )?(big |awful |terrible )?betrayal|(such |a |an )(pretty |really |very |quite )?"
            + "(awful|terrible|dangerous|stupid|silly|selfish|reckless|careless|risky|irresponsible|horrible) thing to do|"
            + "for nothing|must have (done|said) something|there'?s (usually|always) a reason|"
            + "(quite |pretty )?a (lot|long time|while) to (let slide|miss|forget|ignore|leave it|put off)|that'?s not great|"
            + "you can see why (she|he|they)|i'?m not surprised (she|he|they)|"
            // A verdict posed as a tag question: "that wasn't really fair on them, was it?".
            + "\\bthough,? (isn'?t|wasn'?t|aren'?t|don'?t|doesn'?t|didn'?t) (it|that|they|you|he|she)\\?|"
            + "(isn'?t|wasn'?t|aren'?t|won'?t) (really |exactly |very |that )?(going to |gonna )?(be )?(?!easy|fun|simple|"
            + "surprising|your fault|on you)\\w+\\b[^?]*, (is|was|are|were|will) (it|they|you|he|she)\\?|"
            + "(not|isn'?t|wasn'?t|aren'?t|is not) (really |very |exactly |that )?fair (on|to)|(she|he|they|your \\w+) (deserves?|ought) (to know|the truth|better|to be told)|"
            // "You can't shout at her though": a rule laid down over what the client just told.
            + "^(but,? |well,? )?you can'?t (just )?(?!help|control|change|blame|know|be)\\w+\\b[^.!?]*\\bthough\\b|"
            // Hindsight as a condition: "if you'd kept on top of it in the first place…".
            + "\\bif you'?d [^.!?]*\\bin the first place\\b|(got|was|were|went|been) (a bit |quite |rather |pretty |very )?(neglected|let go|let slide)\\b|"
            // Moralising what the client feels or does, and siding with the other party.
            + "you (really |honestly |just )?(shouldn'?t|should not|mustn'?t) (get|be|say|do|keep|go|let|act|lie|shout|snap|"
            + "take)\\b(?! to)|(you'?re|you are) (basically |just |kind of )?(lying(?! (there|here|awake|in|on|down|around|still|flat|low|back))|deceiving|cheating|sneaking)|"
            + "(has|have|might have|may have|'s got|has got) a point|(she|he|they)('s| is|'re| are) not wrong|"
            + "(you'?ll|you will) (just )?(have|need) to (let (it |this |her |him )?go|accept|get over|get used to|deal with)|"
            + "(it'?s|it is) (his|her|their) (\\w+ )?too\\b|(they'?re|he'?s|she'?s|are|is) only trying (their|to)|"
            + "(does|do|can) (drive|push|put) (people|them|him|her|anyone) (away|off)|"
            // Hindsight and the trainee's own standard: "surely you could have…", "I'd never leave mine…".
            + "^surely (you|that|it)\\b|you could (have|'ve) just\\b|if you'?d (just |only )?(looked|listened|asked|checked|"
            + "noticed|paid|thought|been)\\b|\\bi('d| would) never (\\w+ ){0,2}(leave|let|do|say|go|lend|give|tell|put)\\b|"
            + "(you'?re|you are) (overreacting|too sensitive|oversensitive)|"
            // Doubt about the client's reaction as a question: "were you maybe a bit oversensitive though?".
            + "(were|are) you (maybe |perhaps |not )?(being )?(a bit|a little|slightly|too) (over\\w+|too \\w+|sensitive|touchy|"
            + "dramatic|much)\\b[^?]*\\?|man up|toughen up|grow up|"
            + "to be fair,? .*(you|your)|a whole (day|week|month|year|hour)\\b[^.!]*\\?)");
    private static final Pattern NEGATED = Pattern.compile("\\b(not|n'?t|never)\\s+(\\w+\\s+)?(stupid|silly|selfish|"
            + "wrong|irresponsible|lazy|dramatic|your fault|on you)|none of (this|it|that) (is|was) on you");

    /** "That's not okay": a verdict on the client's act, but the client's side when someone else acted. */
    private static final Pattern NOT_OKAY = Pattern.compile("^(\\w+,? )?(that|this|it)('s| is|'s really| is really) not "
            + "(ok(ay)?|alright)\\b");
    private static final Pattern ANOTHERS_ACT = Pattern.compile("^(\\w+,? )?(he|she|they|my \\w+|his|her|their)\\b");

    private JudgingReader() {
    }

    /** The first sentence that judges the client, if any, read with the client's last message. */
    static Optional<String> in(List<LabelledSentence> sentences, String clientText) {
        boolean ownAct = !ANOTHERS_ACT.matcher(Text.lower(clientText.strip())).find();
        return sentences.stream().map(LabelledSentence::text)
                .filter(s -> judges(s) || ownAct && !RuleSkillClassifier.mirrors(s) && NOT_OKAY.matcher(Text.lower(s)).find())
                .findFirst();
    }

    /** Whether the sentence passes a verdict on the client (a verdict is not also advice). */
    static boolean judges(String sentence) {
        String lower = Text.lower(sentence);
        return !RuleSkillClassifier.mirrors(sentence) && BLAME.matcher(lower).find() && !NEGATED.matcher(lower).find();
    }
}
