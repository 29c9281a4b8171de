package org.practicum.core.analysis;

import java.util.regex.Pattern;

/**
 * Whether a sentence has the shape of a suggestion: an imperative, "you should / could / might want to",
 * "have you tried / thought about", "why don't you", "what if you", "it might help to", "I'd recommend".
 * An offer asking permission ("can I suggest something?") counts too. Advice needs one of these; a sentence without one ("Nights can really scramble your sense of time")
 * tells or reflects, whatever a model makes of its words.
 */
public final class DirectiveForm {

    /** Words a speaker puts before the suggestion itself ("so maybe just try…"). */
    private static final String LEAD = "^((and|so|but|well|ok|okay|maybe|perhaps|just|honestly|i think|i guess|"
            + "personally|then|also|first|firstly|next|and then|for now|right|hmm|um|uh|oh|if you can|if it helps|"
            + "if you want|if you'd like|if you're open to it|in the meantime|tonight|today|tomorrow),?\\s+)*";
    /** Verbs that start an instruction; "tell me", "let me", "do you", "don't worry" are not instructions. */
    private static final Pattern IMPERATIVE = Pattern.compile(LEAD + "(try|go|get|take|talk|tell(?! me\\b)|call|ring|ask|"
            + "see (a|an|your|if|whether|someone)|reach out|stop|start|keep|make|put|write|set|cut|delete|block|report|book|"
            + "join|find|look (into|at|for|up)|speak|text|message|apply|contact|sign up|download|focus|give|"
            + "let (yourself|them|him|her|someone)|remember|think about|avoid|use|check|read|eat|drink|sleep|exercise|"
            + "walk|breathe|plan|list|treat yourself|spend|allow yourself|do (it|that|this|something|some|whatever|a|an|more|less|what)|don'?t(?! worry\\b)(?! be sorry)|"
            + "be (kind|gentle|honest|careful|patient|open|clear|firm)|consider|pick|choose|switch|"
            + "swap|cancel|leave|move|quit|email|visit|buy|save|sort|bring|limit|cut down|practise|practice|"
            + "schedule|note|jot|journal|hang|hold|push|stick|lean|remind|turn off|screenshot|register|"
            + "phone|google|search|tidy|pack|unplug|mute|unfollow|pop|grab|have a (go|think|look|word|chat)|"
            + "reach|aim|challenge|give yourself|make sure|please (try|call|go|talk|speak|get|see|reach))\\b");
    /** Suggestion phrases anywhere in the sentence. */
    private static final Pattern PROPOSES = Pattern.compile("\\b(you (really |probably |definitely |just |maybe |"
            + "honestly )?(should(?!n'?t have)(?! be proud)(?! feel proud)|ought to|need to|have to|must(?! have| be)|"
            + "could (try|always|just|also|ask|talk|speak|call|ring|go|get|look|start|think about|consider|write|use|"
            + "book|join|see|set|make|take|tell|find|check|apply|contact|sign|put)|might (want|like|try|consider|find it)|"
            + "may (want|wish|like) to|can (always |also |just )?(try|get|ask|call|ring|contact|go to|talk to|speak to|"
            + "use|book|join|look into|apply|sign up|find|check|write|take))|"
            + "have you (tried|thought about|thought of|considered|looked into|spoken to|talked to|asked)|"
            + "why (don'?t you|not)|what if you|how about|what about (\\w+ing|a|an|some|getting|asking)\\b|"
            + "(it|that|this) (might|may|could|would|will|can|often) (help|be (worth|good|helpful|useful|nice|"
            + "a good idea|an idea|worthwhile))|(it'?s|it is|might be|could be|would be) worth|"
            + "i('d| would)? (suggest|recommend|advise|encourage)|my (advice|suggestion|tip)|if i were you|"
            + "one (thing|option|idea|approach) (is|would be|might be|could be|that (could|might|can|may|helps|often))|"
            + "(some|many|lots of|a lot of|other) people find|the (best|main|most important|key|first) thing (is|would be|to do|you can do)|the best thing|let'?s (try|think|look|plan|make)|"
            + "make sure|don'?t forget|remember to|would you (consider|be willing to try|"
            + "think about trying)|could you (try|ask|talk|speak|call)|can you (try|ask|talk|speak|call)|"
            + "would it help (to|if you)|is there (any way|a way) you could|shouldn'?t you|(are|were) you aware of|"
            + "there (are|is) (some |a few )?(good |great |free |local )?(apps?|groups?|services?|charities|helplines?|"
            + "websites?|books?|courses?|communities)|you can (get|ask|call|ring|contact|apply|book|try|use|go to|"
            + "look into|sign up|join|download|speak to)|you('d| would| could| might| may| will|'ll)? (really |definitely |"
            + "probably |also |just |certainly |maybe )?(want to|need to|have to|got to|try|consider|think about)|"
            + "you could (?!have|be|feel|see|say|hear|tell|not|do with)\\w+|(i'?d|i would|i) (like|want) you to|"
            + "i hope you|(another|one more|other) (idea|thing (you|to|that))|(might|may|would|could|can)( not)?( be)? "
            + "(a )?(bad |good |great )?idea|(can|could|might|would|will) (really |certainly |definitely |also )?help|"
            + "instead of|(it'?s|it is) (really |very |so )?important (that you|to|for you)|(we|you|they)( will| do| really| "
            + "also)? need to|(you|we) (do not|don'?t) need (to|a|an|any)|(good|best|one|another|other) option|"
            + "i wish you would|what would happen if you|if you (would|were to|could) \\w+|(we|i) can (get|refer|give|offer|"
            + "set you up|arrange|hook|put)|(what|something)('s| has| that'?s)? (worked|helped) for (a lot of|many|other|"
            + "some|most)|(i'?d|i would) hate (to see you|for you)|you('re)? (just )?(gotta|gonna (need|have) to|got to)|"
            + "they (have|run|do) (a lot of |some |lots of )?(activities|groups|programs|programmes|classes|services|sessions))\\b");
    /** Spoken fillers and stutters ("um,", "you know,", "w-whatever") that would hide a suggestion's shape. */
    private static final Pattern FILLER = Pattern.compile("\\b(um+|uh+|erm|er|you know|i mean)\\b,?\\s*|\\b(\\w+)-(?=\\2)");

    private DirectiveForm() {
    }

    public static boolean in(String sentence) {
        String s = FILLER.matcher(Text.lower(sentence.strip())).replaceAll("").replaceAll("\\s+", " ");
        if (RuleSkillClassifier.mirrors(s)) {
            return false;
        }
        return IMPERATIVE.matcher(s).find() || PROPOSES.matcher(s).find() || RuleSkillClassifier.PERMISSION.matcher(s).find();
    }
}
