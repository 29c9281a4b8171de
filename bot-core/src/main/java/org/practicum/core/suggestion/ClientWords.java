package org.practicum.core.suggestion;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.practicum.core.text.Clauses;
import org.practicum.core.text.Sentences;

/**
 * The client's own words, ready for a suggestion: the clause of their message that carries the most,
 * said back in the second person ("i can't focus on any of it" becomes "you can't focus on any of it"),
 * and as a short quote. Only what they said: nothing is added.
 */
final class ClientWords {

    private static final Pattern FILLER = Pattern.compile("^(?:(?:yeah|yep|yes|no|nah|um+|uh+|idk|tbh|honestly|i mean"
            + "|like(?! (?:i|i'd|i'm|i've|i was|we|it was|it's|everyone|nobody|someone)\\b)|so|well|anyway|then|sorry|oh|ok|okay|mm+|hmm+|right|just|and|but|i guess|i suppose|to be honest"
            + "|i'll be honest|i'll be straight with you|honest to god|truth is|to tell the truth"
            + "|i should (?:probably )?(?:say|mention|admit)(?: that)?|can i be honest\\??"
            // a time said first ("two weeks back I put my fist through…"): the clause is what follows
            + "|(?:a|one|two|three|four|a couple of|a few) (?:days?|weeks?|months?|years?|nights?) (?:back|ago)"
            + "|last (?:night|week|month|year)|yesterday|lately|recently|these days)"
            + "[,.…]*\\s+)+", Pattern.CASE_INSENSITIVE);
    private static final Pattern STARTS_AS_CLAUSE = Pattern.compile("^(i|i'm|im|i've|ive|i'd|i'll|my|it|it's|its"
            + "|everything|everyone|nothing|nobody|no one|someone|people|there's|there|things|we|they|he|she|he's|she's"
            + "|they're|we're|that's|the)\\b");
    /** How often or how much, said before the subject: "sometimes i wish i could just skip to september". */
    private static final Pattern HOW_OFTEN = Pattern.compile("^(sometimes|suddenly|mostly|often|usually|now|still|some days"
            + "|(?:some|most) (?:days|nights|mornings|evenings|weeks)|at night|at the moment"
            // a day said first ("every Monday stand-up he reads out…", "Sunday evenings I start feeling sick")
            + "|(?:every|on|by) (?:single )?(?:day|night|morning|evening|week|weekend)"
            + "|(?:every |on |by )?(?:mon|tues|wednes|thurs|fri|satur|sun)days?(?: (?:mornings?|evenings?|nights?"
            + "|afternoons?|stand-ups?))?)\\s+");
    /** "it sounds awful when you hear it": said back after "it sounds like" it would double. */
    private static final Pattern SOUNDS = Pattern.compile("^(it|that) (sounds|sounded)\\b");
    /** A noun subject then its verb within a few words: "Sunday nights get really heavy", "worst bit's the mornings". */
    private static final Pattern SUBJECT_THEN_VERB = Pattern.compile("^(?!(?:feels?|felt|seems?|looks?|sounds?|makes?"
            + "|made|had|has|have|get|got|gets|being|doing|going|getting|more|less|still|never|always|not|probably|kind|sort"
            + "|wants?|needs?|keeps?|kept|used|what|how|why|where|who|in|on|at|for|from|with|to|of|about|like|than"
            + "|let's|can|could|would|should|will|shall|do|does|did|is|are|am|was|were|may|might)\\b)"
            + "(?:[\\p{L}']+\\s){0,3}?(?:[\\p{L}]+'s|is|are|was|were|get|gets|got|feel|feels|felt|keep|keeps|make|makes"
            + "|seem|seems|go|goes|went|come|comes|came|can't|won't|don't|doesn't|didn't|isn't|aren't|wasn't|has|had"
            + "|say|says|said|knows?|asked|rang|called|wonders)\\b");
    /**
     * A gerund phrase or a "what" clause as the subject: "going home after is the hard part", "what comes
     * every day is dread about Monday".
     */
    private static final Pattern GERUND_SUBJECT = Pattern.compile("^(?:[\\p{L}]+ing|what (?!if\\b)[\\p{L}']+)(?:\\s[\\p{L}']+){0,3}"
            + "\\s(?:is|was|'s)\\b");
    /**
     * A clause cut off before its meaning ("I've taken up", "every twinge in my arm I think", "you're not
     * like"): quoted or said back it reads as broken English.
     */
    private static final Pattern DANGLING = Pattern.compile("\\b((?<!\\b(?:look|looks|looked|looking) )like|the|a|an|to|of|and|but|or|so|that"
            + "|(?<!\\b(?:thinking|worried|worry|talk|talking|care|going on) )about|with"
            + "|for|(?<!\\b(?:pick|picked|give|gave|given|wake|woke|shut|end|ended|turn|turned|show|showed|keep|kept"
            + "|cheer|mess|messed|grow|grew|grown|fed|make|making|made|split|splitting|broke|break|breaking|crept|sit|sat|stay|stayed)\\s)up|just|really|is|was|it's|because|if|when|(?<!\\b(?:goes|go|went|going|sink|sinks|sank|come|comes|came|give|gave) )in|on|at|my|your|i think|i mean|i guess|i suppose"
            + "|i don't know|or something|kind of|sort of"
            // an ellipsis of what was said before ("i just didn't"): the clause before carries the meaning
            + "|didn't|don't|can't|won't|couldn't|wouldn't|haven't|hadn't|did|do)$");
    /**
     * Words a clause does not start with: "maybe I'm making too much of it", "every time…", a concession
     * ("i know people lose people") are not its point.
     */
    private static final Pattern PART_START = Pattern.compile("^(maybe|i know|every ?time|because|if|when|which|who|then|also|even"
            + "|though|although|after|before|until|while|as|or|cos|cause|unless|apart)\\b");
    /** A shrug said last ("i'm not going anywhere, honestly", "barely slept tbh"): not part of what is said back. */
    private static final Pattern TRAILING_FILLER = Pattern.compile("(,\\s*(honestly|tbh|to be honest|to be fair|i think"
            + "|i guess|i suppose|if i'm honest|really|though|love|duck|mate|pal|well|obviously|basically|anyway|yes|yeah|exactly)|\\s+(tbh|tbf|lol|haha+|though))$", Pattern.CASE_INSENSITIVE);
    /** A sentence with its "I've" left off: "Just been made redundant after fourteen years". */
    private static final Pattern ELLIPTICAL_BEEN = Pattern.compile("(^|[.!?]\\s+)(?i:just )?(?i:been) ");
    /** A doubt about themselves said as a maybe, at a sentence's start: "Maybe I am useless". */
    private static final Pattern MAYBE_I = Pattern.compile("(^|[.!?]\\s+)(?i:maybe) ((?i:i|i'm|i've|im)\\b)");
    /** A part that stands on its own though no subject is found: "that sounds so dramatic" comments, it does not go on. */
    private static final Pattern NOT_JOINED = Pattern.compile("^(that|this|it|which|who|sorry)\\b");
    /** Someone else's idea that they came: "the wife said I had to", "I was told to talk to someone". */
    private static final Pattern SENT = Pattern.compile("\\b(made (me|you)|said (i|you) had to|told to|told (me|you) to"
            + "|ganged up|(i|you)'ve got to talk|(i|you) have to talk|wanted (me|you) to)\\b");
    /** Change talk or a question about what to do: the client's own move toward a next step. */
    private static final Pattern LOOKS_AHEAD = Pattern.compile("\\b(what (do|should|can) i do|what to do|where to start"
            + "|has to change|needs? to change|want (it|this|things) to (stop|change|be different)|can't go on like this"
            + "|i (could|might|should|want to|need to|'d like to) (try|talk|tell|go|ask|start|stop|look|get|see|do)"
            + "|thinking (about|of) (telling|talking|going|asking|leaving|looking|applying|seeing)"
            + "|maybe i (should|could)|any ideas|what would you do|next step)\\b");
    /** {sent} when their words of being sent do not read as a clause to say back. */
    static final String NOT_THEIR_IDEA = "coming here was someone else's idea";
    /** Words that address the trainee or question them: said back, they would turn the meaning around. */
    private static final Pattern ADDRESSES_TRAINEE = Pattern.compile("\\b(you|your|you're|yours|yourself)\\b|\\?");
    private static final Map<String, String> SECOND_PERSON = Map.ofEntries(Map.entry("i", "you"),
            Map.entry("i'm", "you're"), Map.entry("im", "you're"), Map.entry("i've", "you've"), Map.entry("ive", "you've"),
            Map.entry("i'd", "you'd"), Map.entry("i'll", "you'll"), Map.entry("me", "you"), Map.entry("my", "your"),
            Map.entry("mine", "yours"), Map.entry("myself", "yourself"), Map.entry("we", "you"),
            Map.entry("us", "you"), Map.entry("our", "your"), Map.entry("ours", "yours"), Map.entry("we're", "you're"),
            Map.entry("we've", "you've"), Map.entry("ourselves", "yourselves"));
    /** The verb after "i" or "we", for "you": "i was" is "you were". */
    private static final Map<String, String> AFTER_I = Map.of("am", "are", "was", "were", "wasn't", "weren't",
            "wasnt", "weren't");
    /**
     * A clause in which the client plays it down or blames themselves: said back as the trainee's own
     * words it would agree with that ("it makes sense, when it's just a thing"), so only a quote of it is used.
     */
    private static final Pattern PLAYS_IT_DOWN = Pattern.compile("\\b(just a|only a|only been|not a big deal|no big deal"
            + "|could be worse|overreacting|being silly|being stupid|being daft|should have|shouldn't have"
            + "|my own fault|(other|some) people have it worse|others have it worse|don't worry|[\\w']+(?:'s| is) fine|i'm fine|rough patch|part of the job|came out wrong|ignore me|forget i said"
            // sorry for taking the time: said back, it would agree they have been a bother
            + "|taken up (so much|too much|all your|your) time|been going on|rambling|wittering"
            // their own reassurance: said back, it would agree that it will all be fine
            + "|sort itself out|sorts? (itself|themselves) out|it'?ll (be fine|pass|be ok|be okay|blow over)|it is what it is)\\b");
    private static final Pattern DIFFICULTY = Pattern.compile("\\b(feel|scared|afraid|tired|exhausted|alone|lonely|hard"
            + "|worst|miss|hate|sad|angry|stuck|burden|guilty|ashamed|point|lost|empty|awful|heavy|worried|panic|cry"
            + "|crying|hurt|low|flat|numb|can't|cant|struggl|cope|coping|sleep|useless|infuriat|making it up|believe me|believed|failing|fail|wrong|afraid"
            + "|dread|nervous|anxious|overwhelm|pointless|in the way|stress|died|dead|redundan|broke up|harder|regret"
            + "|guilt|blame|shame|humiliat|frighten|terrif|lost|lose|losing|grief|griev|sick|ill|illness|pain|forget"
            + "|forgot|gone|worse|heart|miserable|scare|lonel|wreck|furious|fed up|embarrass|nothing left"
            + "|none of it|doing to|last thing|anymore|on my own|doesn't even know|all this for|can't get past"
            + "|not getting easier|winded|tight|on edge|doubting|second-guess|wish|stopped|all over the place|any more|argu|row|fight|no time|knots|mistake|never got to|didn't get to|say bye|say goodbye|useless|in front of everyone|downhill|wore me down|worn down)\\w*\\b");
    /** A limit the client sets ("I'd rather not go into that bit"): quoted back with "tell me more" it pushes past it. */
    private static final Pattern SETS_LIMIT = Pattern.compile("\\b(rather not|rather leave|'d rather|would rather|don't want to (talk|go|get|say)|not going there"
            + "|leave it|drop it|can we not|don't ask|not ready to)\\b");
    /** Words denying a risk, or setting words aside ("it's not that"): not the hard part of a message. */
    private static final Pattern SETS_ASIDE = Pattern.compile("\\b(ending (my|it all)|my life|kill myself|suicid|hurt myself"
            + "|not that|not like that|nothing like that|(aren't|not|no) thoughts like that"
            + "|hard to (explain|describe|say|put into words))\\b|^(it's|its|it is) not (really |just |about )?(the|a|that|about|those|like)\\b");
    /** "i'll regret that forever": what "that" points back to is the clause before, said with it. */
    private static final Pattern POINTS_BACK = Pattern.compile("\\b(regret|hate|forgive|get past|live with|stop thinking"
            + " about|think about|cope with|deal with)\\s+(that|it|this)\\b");
    /** Doubt about reaching out at all, which an opening reply answers before the concern. */
    private static final Pattern UNSURE = Pattern.compile("\\b(not (?:really |totally |quite )?sure|don't (?:really )?know"
            + " (?:why|what|how|if)|hope (?:this|that|i'm)|right place|people like me|nothing (?:urgent|serious)"
            + "|meant to say|how this works)");
    /** The words saying a clause back puts in it (which the client did not say themselves). */
    static final String SAID_BACK = "you you're you've you'd you'll your yours yourself yourselves are were weren't";
    /** How a clause and the one it points back to are joined: said back as one sentence, quoted as they were said. */
    private static final String SAID_WITH = ", and ";
    private static final Pattern NEGATED = Pattern.compile("\\b(isn't|not|wasn't|aren't)\\b");
    private static final String QUOTED_WITH = ". ";
    /**
     * Going along with a suggestion ("I'll give it a go", "I'll think about it"): said back in a repair it
     * reads as holding them to it, and it is not what they feel.
     */
    private static final Pattern GOES_ALONG = Pattern.compile("^i'll (think about it|give it a go|try (that|it)|do that"
            + "|have a look|look into it)\\b");
    /**
     * Said to the trainee or about their own words, not what the client feels: agreeing with a suggestion
     * ("that's a good idea, I'm sure"), a protest ("i'm not stupid"), what they told someone else ("i said just revising").
     */
    private static final Pattern NOT_THEIR_POINT = Pattern.compile("^(that's|that is|it's|sounds) (a )?(good|great|nice|fair|lovely)"
            + " (idea|point|thought)|^(you're|you are) (probably )?right\\b|^i'm sure\\b|^i('m| am) not (stupid|an idiot|daft|thick"
            + "|lazy|mad|crazy|dramatic|dumb)\\b|^i (said|told (him|her|them|everyone)) (just|nothing|fine|i'm fine|it's nothing)\\b");
    /** A verb, or what passes for one in chat: "my son liam and the baby" has none and is a list, not a clause. */
    private static final Pattern VERB = Pattern.compile("\\b(\\p{L}+'s|\\p{L}+'re|\\p{L}+'ve|\\p{L}+'ll|\\p{L}+'d|\\p{L}+n't|is|was|are|were|am"
            + "|has|have|had|do|does|did|can|could|will|would|should|might|must|keeps?|says?|said|thinks?|wants?|needs?"
            + "|feels?|felt|gets?|got|goes|went|makes?|made|knows?|knew|\\p{L}{3,}ed)\\b");
    /** The same person as subject and object, said back: "feel like me" is "feel like yourself". */
    private static final Pattern SELF_AS_OBJECT = Pattern.compile("\\b(being|be|feel|feeling|feels|felt) (like )?you( any ?more| again| at all)?$");
    private static final Pattern OTHER_SUBJECT = Pattern.compile("\\b(he|she|they|people|everyone|everybody|nobody|someone"
            + "|we|him|her|them|\\p{Lu}\\p{L}+)\\b");
    /** A short clause whose meaning is in what it points to ("this is it", "that's about right"): a fragment alone. */
    private static final Pattern POINTS_ONLY = Pattern.compile("^(?:this|that|it)(?:'s| is| was)?(?:\\s+[\\p{L}']+){0,2}$");
    private static final int MIN_WORDS = 3;
    private static final int MAX_WORDS = 16;
    private static final int MAX_QUOTE_WORDS = 10;

    private ClientWords() {
    }

    /** The clause said back in the second person, when one reads as a clause of its own. */
    static Optional<String> reflection(String message) {
        return best(wondering(message), ClientWords::saysBack, SAID_WITH).map(ClientWords::secondPerson);
    }

    /**
     * "Maybe I am useless…" said back as what part of them wonders, not as a fact, nor dropped as a
     * clause that is not the point: a reflection of the doubt under the words. A left-off "I've" is put back.
     */
    private static String wondering(String message) {
        String said = ELLIPTICAL_BEEN.matcher(message).replaceAll("$1I've been ");
        return MAYBE_I.matcher(said).replaceAll("$1part of me wonders if $2");
    }

    /**
     * The clause said back, only when it tells of something hard (a feeling, a difficulty, something
     * missing): what a validation can answer. "You keep a diary of everything you do" is not.
     */
    static Optional<String> hardPart(String message) {
        return best(wondering(message), c -> saysBack(c) && tellsOfDifficulty(c), SAID_WITH)
                .map(ClientWords::secondPerson);
    }

    private static boolean saysBack(String clause) {
        String c = clause.toLowerCase().replace('’', '\'');
        if (POINTS_ONLY.matcher(c).matches() || GOES_ALONG.matcher(c).find() || NOT_THEIR_POINT.matcher(c).find()
                || c.startsWith("my ") && !VERB.matcher(c).find()) {
            return false;
        }
        // A set-aside ("it's not those sort of thoughts") said back tells them only what it is not.
        return hasSubject(c) && !PLAYS_IT_DOWN.matcher(c).find() && !SOUNDS.matcher(c).find()
                && !SETS_ASIDE.matcher(c).find();
    }

    /** It has its own subject: "more being tired", "feels like a year ago" are cut from their sentence. */
    private static boolean hasSubject(String lowerClause) {
        // A day said first may be the subject itself: "Sunday nights get really heavy".
        return startsWithSubject(HOW_OFTEN.matcher(lowerClause).replaceFirst("")) || startsWithSubject(lowerClause);
    }

    private static boolean startsWithSubject(String c) {
        // "trying to keep my head straight" has a verb but no subject: a gerund leads only as the subject itself.
        boolean gerundFirst = c.matches("^\\p{L}+ing\\b.*") && !c.matches("^\\p{L}*thing\\b.*");
        return GERUND_SUBJECT.matcher(c).find() || !gerundFirst && (STARTS_AS_CLAUSE.matcher(c).find()
                || SUBJECT_THEN_VERB.matcher(c).find());
    }

    private static boolean tellsOfDifficulty(String clause) {
        String c = clause.toLowerCase().replace('’', '\'');
        return DIFFICULTY.matcher(c).find() && !SETS_ASIDE.matcher(c).find();
    }

    /** Their clause of doubt about reaching out ("not sure if this is really for people like me"), word for word. */
    static Optional<String> unsure(String message) {
        return clauses(message).stream().filter(c -> UNSURE.matcher(c.toLowerCase().replace('’', '\'')).find())
                .findFirst();
    }

    /**
     * A short phrase of theirs, word for word (without fillers and the last full stop), only when it is a
     * whole clause of its own: a fragment cut short would put words in their mouth.
     */
    static Optional<String> quote(String message) {
        return best(message, c -> hasSubject(c.toLowerCase().replace('’', '\''))
                && !SETS_ASIDE.matcher(c.toLowerCase().replace('’', '\'')).find(), QUOTED_WITH)
                .filter(c -> c.split("\\s+").length <= MAX_QUOTE_WORDS);
    }

    /** Their quote, only when it tells of something hard: what "that sounds painful" can answer. */
    static Optional<String> hardQuote(String message) {
        return best(message, c -> hasSubject(c.toLowerCase().replace('’', '\'')) && tellsOfDifficulty(c), QUOTED_WITH)
                .filter(c -> c.split("\\s+").length <= MAX_QUOTE_WORDS);
    }

    /**
     * Their words playing it down ("work stuff. it's nights. it's fine"): the whole message when short,
     * else the clause that plays it down. Empty when nothing is played down.
     */
    static Optional<String> guarded(String message) {
        String lower = message.toLowerCase().replace('’', '\'');
        if (!PLAYS_IT_DOWN.matcher(lower).find() || DIFFICULTY.matcher(lower.replaceAll(PLAYS_IT_DOWN.pattern(), ""))
                .find()) {
            return Optional.empty();
        }
        String whole = message.strip().replaceAll("[.!…,;:]+$", "");
        return whole.split("\\s+").length <= MAX_QUOTE_WORDS ? Optional.of(whole)
                : clauses(message).stream().filter(c -> PLAYS_IT_DOWN.matcher(c.toLowerCase().replace('’', '\'')).find())
                .findFirst();
    }

    /** True when they set a limit ("I'd rather leave that for now"): a gentle open line fits, not "tell me more". */
    static boolean setsLimit(String message) {
        return SETS_LIMIT.matcher(message.toLowerCase().replace('’', '\'')).find();
    }

    /** True when they look ahead themselves ("i don't know what to do", "something has to change"): planning can follow. */
    static boolean looksAhead(String message) {
        return LOOKS_AHEAD.matcher(message.toLowerCase().replace('’', '\'')).find();
    }

    /** True when they say coming here was someone else's idea: "it took something to reach out" would miss them. */
    static boolean sentBySomeoneElse(String message) {
        return SENT.matcher(message.toLowerCase().replace('’', '\'')).find();
    }

    /** A clause of its own: it does not start as part of another ("maybe", "because") nor stop mid-phrase. */
    private static boolean readsWhole(String clause) {
        String c = clause.toLowerCase().replace('’', '\'');
        return !PART_START.matcher(c).find() && !DANGLING.matcher(c).find();
    }

    /**
     * The whole clause that carries the most among those {@code fits}: first person, feeling or difficulty
     * words, a readable length. One that points back ("i'll regret that forever") comes with the clause it
     * points to ("i didn't pick up, and i'll regret that forever").
     */
    private static Optional<String> best(String message, Predicate<String> fits, String joiner) {
        List<String> clauses = clauses(message).stream().filter(ClientWords::readsWhole).toList();
        List<String> telling = clauses.stream().filter(c -> !UNSURE.matcher(c.toLowerCase().replace('’', '\'')).find())
                .toList();
        List<String> pool = telling.isEmpty() ? clauses : telling;
        // On a tie the later clause: chat tends to end on the point ("...and i haven't eaten anything").
        Optional<String> best = pool.stream().filter(fits)
                .reduce((a, b) -> weight(b, pool) >= weight(a, pool) ? b : a);
        return best.map(c -> withWhatItPointsTo(c, pool, fits, joiner));
    }

    private static String withWhatItPointsTo(String clause, List<String> pool, Predicate<String> fits, String joiner) {
        int at = pool.indexOf(clause);
        if (at < 1 || !POINTS_BACK.matcher(clause.toLowerCase().replace('’', '\'')).find()) {
            return clause;
        }
        String before = pool.get(at - 1);
        boolean fitsTogether = hasSubject(before.toLowerCase().replace('’', '\''))
                && (before + " " + clause).split("\\s+").length <= MAX_QUOTE_WORDS;
        return fitsTogether && fits.test(before + joiner + clause) ? before + joiner + clause : clause;
    }

    /** The clauses of readable length that do not address the trainee, fillers taken off. */
    private static List<String> clauses(String message) {
        List<String> clauses = new ArrayList<>();
        for (String sentence : Sentences.split(message)) {
            for (String part : withTheirSubjects(sentence)) {
                String c = TRAILING_FILLER.matcher(FILLER.matcher(part.strip()).replaceFirst("")
                        .replaceAll("[.!…,;:]+$", "").strip()).replaceFirst("");
                int words = c.isEmpty() ? 0 : c.split("\\s+").length;
                String lower = c.toLowerCase().replace('’', '\'');
                // A clause that is all filler ("I'll be honest") says nothing to say back.
                boolean allFiller = FILLER.matcher(c + " ").replaceFirst("").isBlank();
                if (!allFiller && words >= MIN_WORDS && words <= MAX_WORDS && !ADDRESSES_TRAINEE.matcher(lower).find()
                        && !SETS_LIMIT.matcher(lower).find()) {
                    clauses.add(c);
                }
            }
        }
        return clauses;
    }

    /**
     * The clauses of a sentence, a part with no subject of its own joined, as said, to the clause before:
     * "i get home at 8, get into bed at 9, and lie there", "i keep forgetting and then remembering" are
     * one clause, not a mundane one and fragments.
     */
    private static List<String> withTheirSubjects(String sentence) {
        List<String> out = new ArrayList<>();
        int lastStart = 0;
        int cursor = 0;
        for (String part : Clauses.of(sentence)) {
            int at = sentence.indexOf(part, cursor);
            if (at < 0) { // not found as written: kept on its own, nothing joined to it
                out.add(part);
                lastStart = -1;
                continue;
            }
            int end = at + part.length();
            String lower = FILLER.matcher(part).replaceFirst("").toLowerCase().replace('’', '\'');
            String joined = lastStart < 0 || out.isEmpty() ? "" : sentence.substring(lastStart, end);
            // It goes on the clause before: no subject of its own, two words ("the stew", "until now"), or the
            // part before was too short to stand ("i'm" | "wound up i can't even read", cut at "so").
            String joinedBy = sentence.substring(cursor, at).toLowerCase();
            int words = lower.split("\\s+").length;
            // ...or a "so" that is a degree ("going so fast i'm scared"), a short "and" ("sit there and nothing goes in")
            boolean goesOn = !joined.isEmpty() && (!hasSubject(lower) && !PART_START.matcher(lower).find()
                    || words <= 2 || out.get(out.size() - 1).split("\\s+").length < MIN_WORDS
                    || joinedBy.equals(" so ") && !STARTS_AS_CLAUSE.matcher(lower).find()
                    || joinedBy.equals(" and ") && words <= 3);
            if (goesOn && !lower.isBlank() && !NOT_JOINED.matcher(lower).find()
                    && joined.split("\\s+").length <= MAX_WORDS) {
                out.set(out.size() - 1, joined);
            } else {
                out.add(part);
                lastStart = at;
            }
            cursor = end;
        }
        return out;
    }

    /** A clause's weight among its message's: one that corrects the clause before ("It's not being me any more") gains. */
    private static int weight(String clause, List<String> pool) {
        int at = pool.indexOf(clause);
        boolean corrects = at > 0 && NEGATED.matcher(pool.get(at - 1).toLowerCase().replace('’', '\'')).find()
                && clause.toLowerCase().replace('’', '\'').matches("^(it's|its|it is|that's)\\b.*");
        return weight(clause) + (corrects ? 4 : 0);
    }

    private static int weight(String clause) {
        String c = clause.toLowerCase();
        int w = 0;
        w += c.matches("^(i|i'm|im|i've|ive|my)\\b.*") ? 3 : 0;
        w += c.matches(".*\\b(can't|cant|don't|dont|won't|never|nothing|nobody|no one|not|didn't|couldn't|haven't"
                + "|hasn't|isn't|wasn't|doesn't|wouldn't)\\b.*") ? 2 : 0;
        w += tellsOfDifficulty(clause) ? 4 : 0;
        w -= SETS_ASIDE.matcher(c.replace('’', '\'')).find() ? 4 : 0;
        int words = c.split("\\s+").length;
        return w + (words >= 5 && words <= 12 ? 2 : 0);
    }

    private static String secondPerson(String clause) {
        String[] words = clause.split("\\s+");
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            String word = words[i];
            String bare = word.toLowerCase().replace('’', '\'');
            String trailing = bare.replaceAll("^[\\p{L}']+", "");
            String core = bare.substring(0, bare.length() - trailing.length());
            String swapped = SECOND_PERSON.get(core);
            String previous = i == 0 ? "" : words[i - 1].toLowerCase();
            if (swapped == null && AFTER_I.containsKey(core) && (previous.equals("i") || previous.equals("we"))) {
                swapped = AFTER_I.get(core);
            }
            boolean timeFirst = i == 0 && HOW_OFTEN.matcher(clause.toLowerCase()).find()
                    && !core.matches("(mon|tues|wednes|thurs|fri|satur|sun)days?");
            out.append(i == 0 ? "" : " ").append(swapped == null ? (i == 0 ? (timeFirst ? word.toLowerCase()
                    : lowerFirst(word)) : word)
                    : swapped + trailing);
        }
        // "kind to me i'll fall apart" said back would run two "you"s together.
        return ownGrammar(out.toString().replaceAll("\\byou you\\b", "you, you"));
    }

    /**
     * What the swap leaves unidiomatic: "it's like you're…" after "It sounds like" ("it feels like"), the client as
     * their own object ("not being yourself", "an impression of yourself"), a superlative whose "the" chat left off.
     */
    private static String ownGrammar(String said) {
        String out = said.replaceFirst("^it's like you", "it feels like you")
                .replaceFirst("^(worst|hardest|best|only|main) (bit|part|thing)\\b", "the $1 $2");
        out = SELF_AS_OBJECT.matcher(out).replaceAll("$1 $2yourself$3");
        boolean theirOwnSubject = out.matches("^(it feels like )?you('re| are| were| keep| can't| do| did)?\\b.*");
        if (theirOwnSubject && !OTHER_SUBJECT.matcher(out.replaceFirst("^(it feels like )?you", "")).find()) {
            out = out.replaceFirst("\\b(of|at|with|on) you$", "$1 yourself");
        }
        return out;
    }

    private static String lowerFirst(String word) {
        // Only a pronoun-like first word is lowered; a name keeps its capital.
        String bare = word.toLowerCase().replace('’', '\'').replaceAll("'s$", "");
        if (bare.matches("(mon|tues|wednes|thurs|fri|satur|sun)days?")) {
            return word;
        }
        return STARTS_AS_CLAUSE.matcher(bare).matches() || bare.equals("what") || HOW_OFTEN.matcher(bare + " ").find() ? word.toLowerCase()
                : word;
    }
}
