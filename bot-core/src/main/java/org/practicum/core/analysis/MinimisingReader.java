package org.practicum.core.analysis;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Minimising and false reassurance, read with the client's last message: promising it will be fine,
 * normalising it away, a bright side, telling the client how (not) to feel, cheerleading, and arguing
 * with what the client just said about themselves ("you're not a burden!" after "I feel like a burden").
 * Sentences that mirror the client are never read: "it sounds like you're told it's no big deal" is theirs.
 */
final class MinimisingReader {

    /** The families an expert calls minimising; each is a shape, not one story's wording. */
    private static final Pattern BRUSH_OFF = Pattern.compile("\\b("
            // It will be fine: predictions and certainty the trainee cannot have.
            + "i'?m (sure|certain) (it'?ll|it will|things will|everything will|you'?ll|you will|you did|he|she|they|"
            + "nobody|no one|it'?s nothing|that'?s not)|i bet (nobody|no one|they didn'?t|it'?ll|it will|it'?s (fine|nothing|not))|"
            + "(it'?ll|it will|things will|everything will|it'?s going to|things are going to)"
            + "( all)? (be (fine|ok(ay)?|alright|all right|better)|work out|sort (itself|themselves) out|blow over|"
            + "look (a lot )?brighter|feel (a lot )?better|get better|turn out)|you'?ll be (fine|ok(ay)?|alright)|"
            + "you'?ll (look back|laugh about|get through (it|this))|"
            // "You'll find your feet", "you'll get a new lanyard soon": a new start promised.
            + "you'?ll (soon )?(find your feet|land on your feet|be right as rain|bounce back|find (something|someone|another|a new)|"
            + "get (a new|another|something)|meet (people|someone|loads))|right as rain|"
            // Approving the client's own brave face: "that's the spirit!", "getting by is good!".
            + "that'?s the spirit|(that'?s|it'?s) (good|great) (that )?you'?re (fine|ok(ay)?|alright|coping|managing)|"
            + "^(\\w+ )?(\\w+ )?(is|'s) (good|great)[!]|^(yeah,? )?exactly,? (early days|it'?s early)|"
            + "you'?ll (smash|ace|nail|walk|breeze|fly through|sail through|be brilliant|be great|do (great|brilliant|"
            + "amazing|fine))|you always do[!.]*$|it (passes|gets easier)\\b|(quicker|sooner|faster|easier) than you (think|expect)|"
            + "(will|'ll) (be proud of|love|understand|forgive) you (whatever|no matter|regardless|anyway)|"
            + "(parents|mums|dads|people|they|kids) always (are|do)[!.]*$|"
            + "(next \\w+|it|things|that|this|tomorrow) (will|'ll) (be|get) (so much |a lot |much )?(easier|better)\\b|"
            + "(so much|everything|lots|plenty) to live for|"
            // Explaining the other person's act away: "she was probably just nervous".
            + "(probably|maybe|perhaps|i'?m sure) (he|she|they)('s|'re| was| were| is| are)? (just|only)\\b|"
            + "^(maybe|perhaps) (he|she|they) (was|were|is|are|'s|'re) (just|only|probably)\\b|"
            + "(you'?re|you are) stronger than you think|"
            + "(he|she|they)'?ll (come (crawling )?back|change (his|her|their) mind|realise|regret|be over it|get over it|bounce back)|"
            + "(kids|children|people|teenagers|we) are (so |really |very )?resilient|"
            // "It'll all come good in the end, you'll see."
            + "(it'?ll|it will|things will|everything will) (all )?(come good|come right|fall into place|turn out fine)|you'?ll see[!.]*$|"
            + "(they|he|she|people)('ll| will) (get used to|come round|come around|adjust|forget|get over|settle)|"
            + "(it )?(just )?(can )?takes? (people |them |him |her )?(a while|time|some time) to|"
            + "(?<!would be |'d be |could be |would all be |'d all be )better off without (him|her|them)|tomorrow'?s a new day|time heals|(fourth|third|second|next) time lucky|"
            // Normalising the event away (not validating a feeling: "it's normal to feel…" is not here).
            + "(everyone|everybody|we all|lots of (people|us)|loads of \\w+|most people|so many people|plenty of people|"
            + "couples) (goes|go|gets|get|has|have|feel|feels|takes|take|argue|fall out|lose) "
            + "(through (this|that|it)|like that|days like|ages|it|this|debt|nervous|friends)|"
            + "(we all|everyone|everybody) (needs?|has|have|gets?) (one of those|days like|a \\w+ (day|phase|week|patch|spell))|"
            + "(lots|loads|plenty|tons|so many) of (\\w+ ){0,3}people (have|had|got|get|go through|went through|do it|did it|live|feel|manage|end up)\\b|"
            + "(just )?a phase\\b|\\b(can|do|does|will|always) (all )?(be|get|act) like that\\b|(would|'d|will|'ll) (do that|get) to anyone|anyone would (be|feel|get)|in the same boat|"
            + "(is|'s|are|'re) (\\w+ )?(tight|steep|hard|tough|difficult|expensive|pricey|bad|awful|brutal|rough|the same|normal|scary|stressful|a struggle|"
            + "mad|crazy|a nightmare|grim|rubbish|happening) (for|to) (everyone|everybody|all of us|loads of people|lots of "
            + "people|most people)"
            + "( at the moment| these days| right now| just now)?\\b|"
            + "(a lot of|lots of|loads of|many|most|plenty of|so many) people (never|couldn'?t|can'?t|don'?t even|would "
            + "(love|give anything|kill))\\b|(nobody|no one) can afford|"
            + "happens (to everyone|to the best of us|in every \\w+|all the time)|(it|these things) happens?[!.]*$|just what happens|"
            + "(totally|completely|perfectly|really|so) (normal|common)(?! (thing )?to (feel|be|want|find|struggle))|rite of passage|part of life|"
            + "some people are just|(it|that) comes from (love|a good place)|(he|she|they) didn'?t mean (it|anything)|"
            + "\\w+ (fight|argue|row|fall out|have rows|get like that) sometimes|every \\w+'?s (different|the same|like that)|(doesn'?t|does not) mean anything|"
            + "nobody (even )?noticed|no one (even )?noticed|(isn'?t|aren'?t|is not|are not) everything|"
            // A bright side tacked on: "lie-ins are the best though!".
            + "^[\\w' -]{2,30} (is|are|'s) (the best|great|lovely|nice|amazing) though[!.]*$|"
            // A bright side.
            + "^(aw|oh|ah|well)?,? ?but (you'?ll|you will|you can|you get to|you still|think of)\\b|"
            + "^(a |an |it'?s |that'?s )?[\\w:' ]{0,20} (is|'s) still (a|an) \\w+[!.]|"
            + "at least|(bright|plus|positive) side|silver lining|the good news is|everything happens for a reason|"
            + "you can always (get|find|have|try)|plenty more|(you'?ve|you have) (more than |really |definitely )?earned (a|it)|"
            + "think of it as|look on the bright|(it'?s|that'?s) (so |really )?(lovely|nice|great|good|wonderful|a blessing) "
            + "that you (get|have|can|still)|(at peace|in a better place|not in pain any ?more|no longer suffering)( now)?[!.]*$|"
            + "(had|did have|lived) a (good|long|full|great) (long )?(life|innings|run)|(something|lots|plenty|so much) to be (grateful|thankful) for|"
            // It is nothing: shrinking the event or the feeling.
            + "\\w+'s nothing[,!.]|numbers game|(it'?s|that'?s|this is) (probably |honestly )?(nothing|not (that|so|too) bad|no big deal|not a big deal|"
            + "not the end of the world|only|just a)|could be worse|others have it worse|worse things|"
            + "(doesn'?t|does not) sound (too|that|so) bad|\\w+('s| is| are|'re) not (too|that|so) bad\\b|probably (just|only|nothing)|i wouldn'?t (worry|read into|"
            + "think about|stress)|nothing to worry about|no need to (worry|be upset|cry)|"
            // Telling the client how (not) to feel.
            + "don'?t (feel|be) (so )?(lost|sad|bad|guilty|down|upset|low|embarrassed|ashamed|like that)\\b|"
            // "so you don't worry them" tells what the client does; only the imperative reassures
            + "(?<!you |they |i |we )don'?t (worry(?! (them|him|her|me|us|anyone|anybody|your \\w+))|stress|dwell|take it personally|be (so |too )?hard on yourself|be (silly|daft|ridiculous)|"
            + "let (it|them|him|her|that|one \\w+) (get to you|ruin|bother)|blame yourself|think like that|say that)|"
            + "(?<!you |i |we )try not to (dwell|worry|panic|stress|get upset|be upset|cry|let|think about it|take it)|not worth (it|getting upset|worrying|your tears)|"
            + "(you'?re|you are) (being )?(way |far |much )?too hard on yourself|get over it|(^|just |need to |have to |got to |time to )move on\\b|cheer up|chin up|"
            + "(you'?ve |you have )?(just )?(got|have|need) to (take it one day at a time|keep going|push through|get on with it|"
            + "keep your chin up|look forward|stay positive)|one day at a time|"
            + "you seem (to be )?(totally |really |completely |absolutely |so )?(fine|ok(ay)?|alright|good|coping|"
            + "to be coping|doing (really |so )?well|on top of|handling (it|this|things|everything))|(you'?re|you are) (clearly |obviously )?(coping|doing|handling "
            + "(it|this|things)) (really |so |very )?well|"
            + "stay (strong|positive)|(try to |just )?(stay|be|think|keep|remain) (hopeful|positive|upbeat|calm)|keep smiling|you'?ve got this|good vibes|overthinking|"
            + "(you'?re|you are) (an amazing|a great|a brilliant|such a good|a wonderful|a fantastic) \\w+|"
            + "(you'?re|you are) (a |such a |an absolute |a real )?(superwoman|superman|superhero|hero|star|legend|saint|machine|rock)\\b|"
            + "lucky to have you|"
            // Talking guilt away before it is heard.
            + "(none of this|this|it) (is|was)(n'?t| not) (on you|your fault)|none of this is on you|not your fault|nothing you could have done|"
            + "did everything you could|can'?t save everyone|coping (really |so )?well considering)");
    /** Arguing with the client's view of themselves: "of course you're not…", "that's not true". */
    private static final Pattern CONTRADICTS = Pattern.compile("^(oh,? |no,? |aw,? |honestly,? |hey,? )*"
            + "(of course )?(you'?re|you are|you aren'?t) (not|never|definitely not|hardly|so not|anything but)\\b|"
            + "^(that'?s|it'?s) not true\\b|^(oh,? |no,? |aw,? )*of course (not|(they|he|she|it|you|that) (wouldn'?t|won'?t|"
            + "don'?t|didn'?t|aren'?t|isn'?t|weren'?t|wasn'?t|do|are|would|will|did))\\b|"
            // "You know they'd never be better off without you, right?": the contradiction as what the client must know.
            + "^(oh,? |no,? |aw,? |but,? |hey,? )*(you (do )?know|surely you know) (that )?(they|he|she|you|it|we|everyone)"
            + "('d|'ll|'re| would| will| are| do)? (never|not|n'?t|so|really)\\b|"
            // What the client gives, argued against "all I do is take": "you give them loads!".
            + "\\byou (do|give|help|mean|bring|contribute|offer) (them |him |her |everyone |us )?(so much|loads|plenty|a lot|everything)\\b|"
            // What they would be without the client: "they'd be lost without you".
            + "\\b(they|he|she|everyone|we|the \\w+)('d| would) (be (lost|nothing|devastated|heartbroken)|fall apart|never (cope|manage))"
            + " without you\\b");
    /** "You don't mess everything up" after "I mess everything up": the client's own words, negated back. */
    private static final Pattern NEGATES = Pattern.compile("^(oh,? |no,? |aw,? |honestly,? |hey,? )*(you|they|he|she)"
            + "(?:'?re|'?s)? (?:really |just )?(don'?t|do not|never|aren'?t|are not|not|haven'?t|didn'?t|wouldn'?t|won'?t|"
            + "would not|isn'?t) (?!have to|need|deserve|owe|know|want|mind|worry|have anything)(?:a |an |the )?(\\w+)");
    /** "Don't worry, there's no wrong thing to say": reassurance about the conversation itself, not the problem. */
    private static final Pattern ABOUT_THE_TALK = Pattern.compile("^(oh,? |hey,? |no,? )?(please )?don'?t worry,? "
            + "(?=.*\\b(say|saying|talk|talking|share|sharing|rush|hurry|wrong thing|right thing|pace|explain\\w*|anything "
            + "special|make sense|no right|no wrong|go through|start|begin)\\b)");

    /** The client saying what they are or feel they are, which a contradiction argues with. */
    private static final Pattern SELF_STATEMENT = Pattern.compile("\\b(i'?m|i am|i feel|i think|i know i'?m|"
            + "i must be|i'?ve been|i (just |always |keep |never )\\w+)\\b");

    private MinimisingReader() {
    }

    /**
     * Approval of what the client just told as a warning sign ("That's a lovely thing to do" after "I've
     * started writing letters to my children. Just in case."): it treats the sign as a good thing.
     */
    private static final Pattern APPROVES = Pattern.compile("^(oh,? |aw,? |ah,? |well,? )?(that'?s|that is|it'?s|what)"
            + " (a |such a )?(really |very |so )?(lovely|nice|great|good|wonderful|healthy|sensible|beautiful|sweet|"
            + "thoughtful|brilliant|organised|organized|practical|mature|responsible|smart|generous)( thing| idea| way| plan| to do| of you)?\\b|^good for you\\b|^(good|great|smart|sensible) (idea|move|thinking|plan)\\b|^(that )?sounds (lovely|nice|"
            + "great|good|wonderful|healthy|sensible|like a (good|great|nice) idea)\\b");

    /** Whether the sentence shrinks the problem or tells the client how (not) to feel, whatever came before. */
    static boolean brushesOff(String sentence) {
        String lower = Text.lower(sentence.strip());
        if (DISOWNS.matcher(lower).find()) {
            return false;
        }
        Matcher talk = ABOUT_THE_TALK.matcher(lower);
        Matcher m = BRUSH_OFF.matcher(talk.lookingAt() ? lower.substring(talk.end()) : lower);
        while (m.find()) {
            // "Are you eating properly at least?" asks about what holds them up; "At least you've got a job" shrinks it.
            if (!(m.group().equals("at least") && ASKS_AT_LEAST.matcher(lower).find())) {
                return true;
            }
        }
        return false;
    }

    /** "I'm not saying it could be worse", "I don't think it's nothing": the trainee disowning a minimising reading. */
    private static final Pattern DISOWNS = Pattern.compile("\\b(not saying|wasn'?t saying|not trying to (say|make)"
            + "|don'?t think (it'?s|that'?s|you'?re)|didn'?t mean to (make|sound|say))\\b");
    /** A yes/no question with "at least" in it: "are you at least getting some time…?", "…eating properly at least?". */
    private static final Pattern ASKS_AT_LEAST = Pattern.compile("^(\\w+[,!.]? )?(are|is|do|does|did|have|has|can|could|will|were|was)"
            + " (you|they|he|she|there|it)\\b.*\\?$|\\bat least\\?$");

    /**
     * Whether the sentence argues with what the client said of themselves: a contradiction, or their own words
     * negated back. Saying back a negation they made themselves ("you're not going anywhere" after "I'm not
     * going anywhere") agrees with them.
     */
    private static boolean argues(String lower, String clientLower) {
        // "No you're not!" to "maybe I'm making too much of it" takes the problem seriously: it argues with the doubt.
        if (VALIDATES_REACTION.matcher(lower).find() || DOUBTS_OWN_REACTION.matcher(clientLower).find()) {
            return false;
        }
        Matcher negates = NEGATES.matcher(lower);
        if (negates.find() && Pattern.compile("\\b" + Pattern.quote(negates.group(4)) + "\\b").matcher(clientLower).find()) {
            return !saysBackTheirNegation(lower, clientLower);
        }
        return CONTRADICTS.matcher(lower).find() && !saysBackTheirNegation(lower, clientLower);
    }

    /** The client doubting their own reaction, which a "no you're not" contradicts on their side. */
    private static final Pattern DOUBTS_OWN_REACTION = Pattern.compile("\\b(making (too much|a (big )?fuss|a big deal) (of|about)"
            + "|overreacting|being (silly|dramatic|daft|stupid|pathetic|precious)|making a mountain)\\b");

    /** "You're not overreacting": denying the client's doubt about their own reaction validates it. */
    private static final Pattern VALIDATES_REACTION = Pattern.compile("\\b(not|n'?t|never) (\\w+ )?(overreacting|being "
            + "(silly|dramatic|stupid|paranoid|daft|unreasonable|precious)|mad|crazy|paranoid|imagining (it|things))\\b");

    private static boolean saysBackTheirNegation(String lower, String clientLower) {
        Matcher after = Pattern.compile("\\b(?:not|n'?t|never) (\\w+)").matcher(lower);
        return after.find() && Pattern.compile("\\b(?:not|n'?t|never) " + Pattern.quote(after.group(1)) + "\\b")
                .matcher(clientLower).find();
    }

    /**
     * The first sentence that minimises, if any.
     *
     * @param warningSign whether the client's message carries a high-risk cue, which approval brushes away
     */
    static Optional<String> in(List<LabelledSentence> sentences, String clientText, boolean warningSign) {
        String clientLower = Text.lower(clientText);
        boolean selfStatement = SELF_STATEMENT.matcher(clientLower).find();
        for (LabelledSentence s : sentences) {
            String lower = Text.lower(s.text());
            if (RuleSkillClassifier.mirrors(s.text())) {
                continue;
            }
            if (brushesOff(s.text())) {
                return Optional.of(s.text());
            }
            if (selfStatement && argues(lower, clientLower) || warningSign && APPROVES.matcher(lower).find()) {
                return Optional.of(s.text());
            }
        }
        return Optional.empty();
    }
}
