package org.practicum.core.classify;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.practicum.core.cue.CueKind;

/**
 * Phrases that carry a distress cue, per kind (IS PATH WARM, feeling a burden, acute signs). Rules
 * come first because they are dependable for the explicit wording people actually use and cannot be
 * talked out of a match; the embedding exemplars then catch paraphrases. Deliberately broad: a
 * false alarm costs a trainee a moment, a missed cue is what experts flagged.
 */
final class CueLexicon {

    private static final Map<CueKind, Pattern> PATTERNS = new EnumMap<>(CueKind.class);

    static {
        add(CueKind.IDEATION, "kill(?:ing)? myself", "end(?:ing)? it all", "end(?:ing)? my life", "suicid\\w*",
                "(?:want|wanna|wanted) to die", "wish i (?:was|were) dead", "better off dead",
                "(?:don't|do not|dont) want to (?:be here|exist|wake up|live|be alive|be around)",
                "not (?:want|wanting) to be here", "(?:just )?disappear(?:ed)?(?: forever)?",
                "(?:not|never) (?:to )?wake up", "go to sleep and (?:not|never)", "can't go on", "cant go on",
                "take my (?:own )?life", "self[- ]?harm\\w*", "hurt(?:ing)? myself", "cut(?:ting)? myself",
                "not be around (?:much )?longer", "no point (?:in )?(?:living|being alive|going on|being here)",
                "be dead", "(?:thinking|thought|think) about death", "cease to exist", "stop existing",
                "rather not be here", "(?:rather|want to|wish i could) (?:just )?go where (?:she|he|they)(?:'s| is| are| went)",
                "if i wasn't here", "if i weren't here", "if i was gone", "when i'm gone",
                "no reason to live", "nothing to live for", "can't do this anymore", "cant do this anymore",
                "if i (?:just )?(?:wasn't|weren't) (?:here|around|in the picture)", "better place without me",
                "never coming back", "want (?:it all|everything) to stop", "reason to carry on",
                "if i didn't come back",
                // Self-harm told or hidden: the marks, and covering them up.
                "scratch(?:ing|ed)? (?:my|at my) (?:arms|legs|wrists|skin)", "burn(?:ing|ed|t)? myself",
                "hit(?:ting)? myself", "(?:wear|wearing|wore) long sleeves", "(?:cover|covering|hide|hiding) (?:up )?(?:my )?"
                + "(?:arms|wrists|scars|cuts|marks)", "(?:my|the) (?:scars|cuts) on my", "(?:nobody|no one) (?:can )?sees? my (?:arms|wrists|legs|scars|cuts)",
                // Death alluded to: where they are going, what they will not need there.
                "where i'm (?:going|headed)", "(?:jump|jumping|step|stepping|throw myself) (?:in front of|off) (?:a|the)", "(?:won't|wont|not going to|will not) (?:need|be needing) (?:it|them|any of (?:it|this|them))");
        add(CueKind.SUBSTANCE, "drink(?:ing)? (?:a (?:bit|lot|little) )?(?:more|a lot|every ?(?:day|night)|most nights|alone|to sleep|to cope)",
                "drunk", "wasted", "pills", "weed", "smok(?:e|ing) (?:more|again|a lot)", "using again",
                "get(?:ting)? high", "cocaine", "coke", "vodka", "bottle of", "hungover", "hangover",
                "blacked? ?out", "drugs?", "numb (?:it|myself)", "(?:a )?few (?:drinks|beers|glasses|cans|pints|vodkas|whiskies)", "booze",
                "sleeping tablets", "relapse\\w*", "having a drink (?:when|to|every|most)", "xanax", "valium", "painkillers");
        add(CueKind.PURPOSELESSNESS, "no reason to", "no purpose", "pointless", "what(?:'s| is) (?:even )?the point",
                "nothing (?:really |much |even )?matters", "why bother", "no point", "meaningless", "why do i (?:even )?bother",
                "going through the motions", "don't (?:even )?know why i (?:bother|try)", "what am i even for",
                "no reason to get up", "nothing to get up for", "don't see the point", "dont see the point",
                "can't see the point", "don't see much (?:reason|point)",
                "waste of time trying");
        add(CueKind.ANXIETY, "can't sleep", "cant sleep", "haven't slept", "havent slept", "not sleeping",
                "(?:awake|up) all night", "panic\\w*", "anxious", "anxiety", "on edge", "shaking",
                "heart (?:is )?(?:racing|pounding)", "can't breathe", "cant breathe", "can't switch off",
                "restless", "can't sit still", "insomnia", "lie awake", "lying awake", "wide awake", "(?:just )?lie there",
                "can't stop (?:crying|shaking)",
                "(?:two|three|2|3) hours (?:of )?sleep", "can't calm down", "freaking out", "terrified", "dread\\w*",
                "my chest (?:is )?tight", "can't stop (?:thinking|worrying)", "mind (?:is )?racing");
        add(CueKind.TRAPPED, "trapped", "no way out", "can't escape", "cant escape", "(?:so |completely )?stuck(?! (?:in (?:the middle|traffic|a queue)|between|on (?:a|the|this|one) (?:question|bit|part|level)))",
                "no escape", "nowhere to (?:go|turn)", "cornered", "can't see a way", "cant see a way",
                "no way (?:forward|through)", "walls? (?:are )?closing in", "caged", "can't get out", "cant get out",
                "no options left", "no choice left", "like a prison");
        add(CueKind.HOPELESSNESS, "hopeless", "no hope", "never (?:gets?|going to get|gonna get) better",
                "nothing (?:will|is going to|ever) change", "nothing ever changes", "won't get better",
                "wont get better", "no future",
                // Giving up hope, not giving up a thing or a habit ("i had to give up my dog").
                "(?:give|given|giving|gave) up(?! (?:my|the|a|an|his|her|our|their|smoking|drinking|alcohol|work|uni|everything (?:to|for)|so much|a lot))",
                "can't see (?:it|things) getting better", "no light", "never going to be (?:ok|okay|happy|better)",
                "always be like this", "it's over", "what's the use", "never be happy", "no chance",
                "nothing (?:good )?(?:is )?ever going to happen", "no one can help", "nobody can help",
                "beyond help", "too late for me", "wish(?:ing)? it (?:was|were) (?:all )?over", "don't see a future",
                "dont see a future", "can't see (?:a|any) future", "can't see (?:a|any) way (?:this|it) ends");
        add(CueKind.WITHDRAWAL, "don't see anyone", "dont see anyone", "stopped (?:seeing|talking to|going out|replying)",
                "cancel+(?:ing|ed)? (?:plans|on)", "stay(?:ing)? in (?:my )?(?:room|bed)",
                "(?:lie|lying|stay|staying) in bed (?:till|until|all) (?:the )?(?:afternoon|day|lunchtime|midday)", "haven't left the (?:house|flat|room)",
                "don't want to see anyone", "dont want to see anyone", "isolat\\w*", "shut(?:ting)? myself",
                "push(?:ed|ing)? (?:everyone|people) away", "ignor(?:e|ing) (?:my )?(?:messages|texts|calls|phone)",
                "no one to talk to", "nobody to talk to", "alone all the time", "keep(?:ing)? to myself",
                "avoid(?:ing)? (?:people|everyone|my friends)", "by myself all", "haven't spoken to anyone",
                "don't talk to anyone", "dont talk to anyone", "no friends", "hid(?:e|ing) (?:away|from)",
                "not answering", "turned my phone off",
                "(?:not|\\w+n't|stopped|never) (?:answer|answering|answered|picking up|picked up|replying to|replied to|returning) "
                + "(?:my |the |any |their )?(?:phone|calls|texts|messages)",
                "(?:nobody|no one) (?:\\w+ ){0,3}(?:talks|speaks|texts|rings) (?:to )?me");
        add(CueKind.ANGER, "so angry", "rage", "furious", "want to hurt (?:him|her|them|someone)", "lost my temper",
                "punch\\w*", "smash\\w*", "(?:fist|hand|foot|head) through", "threw (?:my|a|the) \\w+ (?:at|across)", "snap(?:ped|ping)? at", "losing it", "lose it", "hate (?:everyone|everything|them|him|her)",
                "scream(?:ing|ed)? at", "so mad", "pissed off", "fuming", "boiling", "want to break something",
                "broke (?:a|the|my) \\w+", "kick(?:ed)? (?:the|a) (?:wall|door)", "seeing red", "explode");
        add(CueKind.RECKLESSNESS, "don't care what happens", "dont care what happens", "drove (?:really |way too )?fast",
                "drunk driving", "drink(?:ing)? and driv\\w*", "reckless", "don't care (?:anymore )?if i (?:get hurt|die|crash)",
                "walked home alone", "unprotected", "spent all my money", "gambl\\w*", "stupid things", "taking risks",
                "crazy things", "don't care about (?:anything|myself)", "dont care about (?:anything|myself)",
                "whatever happens happens", "speeding", "no seatbelt", "with strangers", "maxed out");
        add(CueKind.MOOD_CHANGE, "not (?:feeling )?myself", "don't feel like myself", "dont feel like myself",
                "(?:suddenly|weirdly|strangely) (?:calm|fine|better|peaceful|at peace)", "at peace now",
                "mood swings", "used to love", "don't enjoy anything", "dont enjoy anything", "numb",
                "feel nothing", "don't feel anything", "dont feel anything", "not the same person",
                "(?:i've|i have) changed", "lost interest", "don't care about anything anymore",
                "everything feels grey", "feel (?:so )?empty", "everything is sorted now");
        add(CueKind.BURDEN, "burden", "better off without me", "(?:fine|happier|easier) without me",
                "(?:manage|cope) (?:fine |better |okay |ok )?without me", "all i (?:ever )?do is take", "(?:i )?(?:just )?take and take", "worth more dead", "(?:out of|from) my life insurance",
                "no ?one would (?:notice|care|miss)", "nobody would (?:notice|care|miss)", "waste of space",
                "in everyone's way", "bring(?:ing)? everyone down", "drag(?:ging)? everyone down",
                "wouldn't miss me", "wouldnt miss me", "won't miss me", "a problem for everyone",
                "(?:ruin|ruining) everything for", "too much for (?:everyone|them|people)", "only cause problems",
                "everyone would be (?:fine|better|happier|relieved)", "doing them a favour", "a disappointment to everyone",
                "(?:take|taking) up (?:your|everyone's|people's) time", "not worth (?:it|the trouble|helping)",
                "(?:anyone|anybody) would (?:really |even )?(?:notice|care|miss)", "(?:cope|manage) (?:fine )?without me",
                "dead weight", "weight around everyone's neck", "better place without me",
                "(?:cope|manage|do|get on) (?:\\w+ )?(?:better|fine|happier|easier) without me",
                // Others better off with someone else or without what was spent on the client, not the client without someone.
                "(?:they|kids|children|he|she|everyone|everybody|family|parents|\\w+s)(?: would|'d| would've| would have)(?: all)? "
                + "(?:be|been) better off (?:with|without|not|if)",
                "(?:would|'d) be better off (?:with someone else|without)");
        add(CueKind.ACUTE, "giv(?:e|ing) away my", "gave away my", "giving (?:my )?(?:stuff|things) away",
                "say(?:ing)? goodbye", "said goodbye", "goodbye to everyone", "wrote (?:a |some )?(?:letter|letters|note|notes)",
                "(?:have|got|made) a plan", "i've planned", "planned it", "(?:have|got|saved|saving) (?:up )?(?:the |my )?pills",
                "stockpil\\w*", "tried (?:to )?(?:before|last year|once|it before)", "attempt\\w*", "sorted (?:out )?my (?:affairs|will|things)",
                "made a will", "last time you'll hear", "won't be around", "wont be around", "this is goodbye",
                "after i'm gone", "thank you for everything", "look after my (?:cat|dog|kids)", "tonight's the night",
                "bought (?:a )?rope", "overdos\\w*", "know how i'd do it", "know how i would do it",
                "(?:writing|wrote|written|write) (?:some |a few )?(?:letters|notes|a letter|a note) (?:to|for) (?:my|the|everyone|each)",
                "just in case i'm not", "(?:sorted|sorting|sort) out who (?:gets|has|takes)",
                "(?:wrote|written|writing) down (?:all )?my (?:passwords|pin|bank details|wishes)");
    }

    /**
     * Anxiety an expert will not move past: days without sleep or food, a body shutting down, or panic in
     * the body right now. Anxiety on its own is not high risk; this is.
     */
    private static final Pattern SEVERE_ANXIETY = Phrases.anyOf(
            "(?:haven't|not|hardly|barely) (?:really )?(?:slept|eaten|ate)(?: (?:properly|anything|a thing|at all|much))? "
                    + "(?:since|in|for)", "can't (?:breathe|eat)", "cant breathe", "keep being sick",
            "(?:won't|can't) stop (?:shaking|being sick)", "sleeping (?:about |maybe )?(?:one|two|1|2) hours?",
            "stopped eating", "(?:can't|cannot|can barely|can hardly|could barely|couldn't|could not|can't even) "
                    + "(?:get out of bed|eat|keep food down)",
            // Fear that does not let up, a body shaking at the reminder, exhaustion that is dangerous.
            "(?:scared|terrified|frightened|afraid|panicking) (?:all the time|constantly|every day|every night)",
            "without (?:shaking|panicking|being sick|throwing up)", "(?:shaking|trembling) (?:all over|every time|whenever|constantly)",
            "shaking so (?:much|badly|hard)", "(?:hands|whole body|legs) (?:are |were |keep |start )?(?:shaking|trembling)",
            "without (?:my )?\\w+ (?:going tight|shaking|pounding|racing)",
            "nearly (?:crashed|crashing|had an accident|hit (?:a|someone|the))",
            "(?:nodded|nodding|dozed|dozing|fell|falling) (?:off|asleep) (?:at the (?:lights|wheel)|driving|while driving|behind the wheel)");
    /** Someone else's suicide ("my brother died by suicide"): a loss to explore, not the client's own ideation. */
    private static final Pattern ANOTHER_PERSONS_SUICIDE = Phrases.anyOf("(?:died|death|lost \\w+) (?:by|to) suicide",
            "(?:his|her|their) suicide", "(?:killed|kill) (?:himself|herself|themselves)", "took (?:his|her|their) (?:own )?life");

    /** Drinking or using to get through: a way of coping an expert will not move past, unlike a glass of wine. */
    private static final Pattern SEVERE_SUBSTANCE = Phrases.anyOf(
            "(?:drink|drinking|drank|using|smoking|glass(?:es)?|wine|cans?|pints?|beers?|vodkas?|gin|whisky) (?:\\w+ )?(?:to cope|to sleep|to (?:get )?(?:off )?to sleep|to (?:drop|nod) off|to forget|to numb|to get through|"
                    + "just to)", "just to (?:get to sleep|cope|get through|forget|feel normal)",
            "(?:most of |half )?a bottle (?:of \\w+ )?(?:every|a|after every) (?:night|day|shift)", "bottle of \\w+ (?:every|a|after every|each) "
                    + "(?:night|day|shift|evening)", "(?:taking|take|took) (?:\\w+ ){0,4}(?:tablets|pills) (?:to|just to) "
                    + "(?:sleep|get through|cope)");

    /** "Apparently I'm 'not myself'": someone else's view of a change, the reason they came, not a sign told. */
    private static final Pattern REPORTED_CHANGE = Phrases.anyOf("apparently i'm", "(?:says|said|reckons|thinks|keeps saying) i'm");

    static boolean reportedChange(String sentence) {
        return REPORTED_CHANGE.matcher(Phrases.normalise(sentence)).find();
    }

    /**
     * Signs that are not high risk in themselves but told as what the client does (anger acted out, drinking
     * more, not answering the phone, lying awake), which an expert will not have a reply step past with small
     * talk. A feeling named ("so angry", "terrified") is not here: a reflection takes it up naturally.
     */
    private static final Map<CueKind, Pattern> ACTS = new EnumMap<>(CueKind.class);

    static {
        ACTS.put(CueKind.ANGER, Phrases.anyOf("(?:fist|hand|foot|head) through", "threw (?:my|a|the) \\w+ (?:at|across)",
                "punch(?:ed|ing) (?:the|a|my|him|her|someone|walls?|doors?)", "smash(?:ed|ing) (?:my|the|a|up)",
                "kick(?:ed)? (?:the|a) (?:wall|door)", "broke (?:a|the|my) \\w+", "lost my temper",
                "snap(?:ped|ping)? at (?:everyone|everybody|people|the kids|my \\w+|\\w+)"));
        ACTS.put(CueKind.SUBSTANCE, Phrases.anyOf("drink(?:ing)? (?:a (?:bit|lot|little) )?more", "bottle of",
                "(?:a )?few (?:cans|pints|vodkas|drinks|beers)", "(?:smok|drink|using)\\w* (?:every|each) (?:day|night)",
                "sleeping tablets", "using again", "relapse\\w*", "get(?:ting)? (?:drunk|wasted|high)"));
        ACTS.put(CueKind.WITHDRAWAL, Phrases.anyOf("stopped (?:seeing|talking to|going out|replying)",
                "(?:not|\\w+n't|stopped|never) (?:answer|answering|answered|picking up|picked up|replying to|replied to|returning) "
                        + "(?:my |the |any |their )?(?:phone|calls|texts|messages)",
                "haven't left the (?:house|flat|room)", "(?:not|\\w+n't) been out of the (?:house|flat|room)",
                "stay(?:ing)? in (?:my )?(?:room|bed)", "cancel+(?:ing|ed)? (?:plans|on)", "turned my phone off",
                "(?:lie|lying|stay|staying) in bed (?:till|until|all) (?:the )?(?:afternoon|day|lunchtime|midday)",
                "ignor(?:e|ing) (?:my )?(?:messages|texts|calls|phone)", "(?:nobody|no one) (?:\\w+ ){0,3}(?:talks|speaks) to me",
                "can't face (?:anyone|any of them|people|seeing)"));
        ACTS.put(CueKind.RECKLESSNESS, Phrases.anyOf("(?:getting|got|get|keep getting) into (?:fights|a fight|scraps)",
                "got (?:glassed|stabbed|jumped|beaten up)", "dr(?:ove|iving|ive) (?:home )?(?:drunk|after a few)"));
        ACTS.put(CueKind.ANXIETY, Phrases.anyOf("can't sleep", "cant sleep", "haven't slept", "not sleeping",
                "(?:awake|up) all night", "lie awake", "lying awake", "(?:just )?lie there", "(?:two|three|2|3) hours (?:of )?sleep",
                "sleep (?:maybe |about )?(?:two|three|2|3) hours", "can't stop crying",
                // The body's alarm told as what happens: "sat there feeling sick", "my stomach's in knots".
                "(?:feel|feeling|felt) (?:physically |actually )?sick", "stomach(?:'s| is)? in (?:knots|bits)", "panic attacks?"));
    }

    /** Someone else as the subject before the sign ("my friend has stopped replying"): not the client's own act. */
    private static final Pattern FIRST_PERSON = Pattern.compile("\\b(i|i'm|i've|i'd|i'll|me)\\b");
    private static final Pattern THIRD_PERSON = Pattern.compile("\\b(he|she|they|he's|she's|they're|they've|friend|"
            + "husband|wife|partner|boyfriend|girlfriend|dad|mum|mom|boss|son|daughter|brother|sister)\\b|\\bmy \\w+ (has|have|"
            + "had|is|was|keeps|kept|just)\\b");

    /** The watch-out kinds the client tells as their own acts, in {@link CueKind} order. */
    static List<CueKind> actsIn(String sentence) {
        String s = Phrases.normalise(sentence);
        List<CueKind> kinds = new ArrayList<>();
        for (var e : ACTS.entrySet()) {
            Matcher m = e.getValue().matcher(s);
            if (m.find() && lastIndex(FIRST_PERSON, s, m.start()) >= lastIndex(THIRD_PERSON, s, m.start())) {
                kinds.add(e.getKey());
            }
        }
        return kinds;
    }

    private static int lastIndex(Pattern p, String s, int end) {
        Matcher m = p.matcher(s.substring(0, end));
        int last = -1;
        while (m.find()) {
            last = m.start();
        }
        return last;
    }

    static boolean severeSubstance(String sentence) {
        return SEVERE_SUBSTANCE.matcher(Phrases.normalise(sentence)).find();
    }

    static boolean severeAnxiety(String sentence) {
        return SEVERE_ANXIETY.matcher(Phrases.normalise(sentence)).find();
    }

    private static final Pattern DENIED_IDEATION = Phrases.anyOf("(?:i'm|i am|im) not (?:thinking about|thinking of|going to|"
            + "planning (?:to|on)|about to) (?:hurt|hurting|kill|killing|harm|harming|end|ending|do|doing) (?:myself|it|anything)\\w*",
            "not suicidal", "(?:never|not) (?:thought|thinking) about (?:suicide|ending it|killing myself)");

    /** Cue kinds in the sentence as a reply must take them up: another person's suicide is not the client's ideation. */
    static List<CueKind> ownKindsIn(String sentence) {
        List<CueKind> kinds = kindsIn(sentence);
        // "No, I'm not thinking about hurting myself": the thought denied is no cue to take up.
        if (DENIED_IDEATION.matcher(Phrases.normalise(sentence)).find() && kindsIn(DENIED_IDEATION.matcher(
                Phrases.normalise(sentence)).replaceAll(" ")).stream().noneMatch(k -> k == CueKind.IDEATION)) {
            kinds.remove(CueKind.IDEATION);
        }
        if (ANOTHER_PERSONS_SUICIDE.matcher(Phrases.normalise(sentence)).find()
                && kindsIn(ANOTHER_PERSONS_SUICIDE.matcher(Phrases.normalise(sentence)).replaceAll(" ")).stream()
                .noneMatch(k -> k == CueKind.IDEATION)) {
            kinds.remove(CueKind.IDEATION);
        }
        return kinds;
    }

    private static void add(CueKind kind, String... phrases) {
        PATTERNS.put(kind, Phrases.anyOf(phrases));
    }

    private CueLexicon() {}

    /** Cue kinds whose phrases occur in the sentence, in {@link CueKind} order. */
    static List<CueKind> kindsIn(String sentence) {
        String s = Phrases.normalise(sentence);
        List<CueKind> kinds = new ArrayList<>();
        for (var e : PATTERNS.entrySet()) {
            if (e.getValue().matcher(s).find()) {
                kinds.add(e.getKey());
            }
        }
        return kinds;
    }
}
