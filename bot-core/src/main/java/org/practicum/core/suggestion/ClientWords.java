package org.practicum.core.suggestion;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
            + "|like|so|well|anyway|sorry|oh|ok|okay|mm+|hmm+|right|just|and|but|i guess|i suppose|to be honest"
            + "|i should (?:probably )?(?:say|mention|admit)(?: that)?|can i be honest\\??"
            // a time said first ("two weeks back I put my fist through…"): the clause is what follows
            + "|(?:a|one|two|three|four|a couple of|a few) (?:days?|weeks?|months?|years?|nights?) (?:back|ago)"
            + "|last (?:night|week|month|year)|yesterday|lately|recently|these days)"
            + "[,.…]*\\s+)+", Pattern.CASE_INSENSITIVE);
    private static final Pattern STARTS_AS_CLAUSE = Pattern.compile("^(i|i'm|im|i've|ive|i'd|i'll|my|it|it's|its"
            + "|everything|everyone|nothing|nobody|no one|someone|people|there's|there|things|we|they|he|she|he's|she's"
            + "|they're|we're|that's|the)\\b");
    /**
     * A clause cut off before its meaning ("I've taken up", "every twinge in my arm I think", "you're not
     * like"): quoted or said back it reads as broken English.
     */
    private static final Pattern DANGLING = Pattern.compile("\\b(like|the|a|an|to|of|and|but|or|so|that|about|with"
            + "|for|up|just|really|is|was|it's|because|if|when|in|on|at|my|your|i think|i mean|i guess|i suppose"
            + "|i don't know|or something|kind of|sort of)$");
    /** Words a clause does not start with: "maybe I'm making too much of it", "every time…" are not its point. */
    private static final Pattern PART_START = Pattern.compile("^(maybe|every|because|if|when|which|who|then|also|even"
            + "|though|although|after|before|until|while|as|or|cos|cause|unless|apart)\\b");
    /** Someone else's idea that they came: "the wife said I had to", "I was told to talk to someone". */
    private static final Pattern SENT = Pattern.compile("\\b(made (me|you)|said (i|you) had to|told to|told (me|you) to"
            + "|ganged up|(i|you)'ve got to talk|(i|you) have to talk|wanted (me|you) to)\\b");
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
    private static final Pattern PLAYS_IT_DOWN = Pattern.compile("\\b(just a|only a|not a big deal|no big deal"
            + "|could be worse|overreacting|being silly|being stupid|being daft|should have|shouldn't have"
            + "|my own fault|don't worry|it's fine|i'm fine|rough patch)\\b");
    private static final Pattern DIFFICULTY = Pattern.compile("\\b(feel|scared|afraid|tired|exhausted|alone|lonely|hard"
            + "|worst|miss|hate|sad|angry|stuck|burden|guilty|ashamed|point|lost|empty|awful|heavy|worried|panic|cry"
            + "|crying|hurt|low|flat|numb|can't|cant|struggl|cope|coping|sleep|useless|failing|fail|wrong|afraid"
            + "|dread|nervous|anxious|overwhelm|pointless|in the way|stress|died|dead|redundan|broke up|harder)\\w*\\b");
    /** Doubt about reaching out at all, which an opening reply answers before the concern. */
    private static final Pattern UNSURE = Pattern.compile("\\b(not (?:really |totally |quite )?sure|don't (?:really )?know"
            + " (?:why|what|how|if)|hope (?:this|that|i'm)|right place|people like me|nothing (?:urgent|serious)"
            + "|meant to say|how this works)");
    /** The words saying a clause back puts in it (which the client did not say themselves). */
    static final String SAID_BACK = "you you're you've you'd you'll your yours yourself yourselves are were weren't";
    private static final int MIN_WORDS = 3;
    private static final int MAX_WORDS = 16;
    private static final int MAX_QUOTE_WORDS = 10;

    private ClientWords() {
    }

    /** The clause said back in the second person, when one reads as a clause of its own. */
    static Optional<String> reflection(String message) {
        return best(message).filter(c -> STARTS_AS_CLAUSE.matcher(c.toLowerCase()).find())
                .filter(c -> !PLAYS_IT_DOWN.matcher(c.toLowerCase().replace('’', '\'')).find())
                .map(ClientWords::secondPerson);
    }

    /**
     * The clause said back, only when it tells of something hard (a feeling, a difficulty, something
     * missing): what a validation can answer. "You keep a diary of everything you do" is not.
     */
    static Optional<String> hardPart(String message) {
        return reflection(message).filter(ClientWords::tellsOfDifficulty);
    }

    private static boolean tellsOfDifficulty(String clause) {
        return DIFFICULTY.matcher(clause.toLowerCase()).find();
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
        return best(message).filter(c -> c.split("\\s+").length <= MAX_QUOTE_WORDS);
    }

    /** Their quote, only when it tells of something hard: what "that sounds painful" can answer. */
    static Optional<String> hardQuote(String message) {
        return quote(message).filter(ClientWords::tellsOfDifficulty);
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

    /** The whole clause that carries the most: first person, feeling or difficulty words, a readable length. */
    private static Optional<String> best(String message) {
        List<String> clauses = clauses(message).stream().filter(ClientWords::readsWhole).toList();
        List<String> telling = clauses.stream().filter(c -> !UNSURE.matcher(c.toLowerCase().replace('’', '\'')).find())
                .toList();
        return (telling.isEmpty() ? clauses : telling).stream().max(Comparator.comparingInt(ClientWords::weight));
    }

    /** The clauses of readable length that do not address the trainee, fillers taken off. */
    private static List<String> clauses(String message) {
        List<String> clauses = new ArrayList<>();
        for (String sentence : Sentences.split(message)) {
            for (String part : Clauses.of(sentence)) {
                String c = FILLER.matcher(part.strip()).replaceFirst("").replaceAll("[.!…,;:]+$", "").strip();
                int words = c.isEmpty() ? 0 : c.split("\\s+").length;
                if (words >= MIN_WORDS && words <= MAX_WORDS && !ADDRESSES_TRAINEE.matcher(c.toLowerCase()).find()) {
                    clauses.add(c);
                }
            }
        }
        return clauses;
    }

    private static int weight(String clause) {
        String c = clause.toLowerCase();
        int w = 0;
        w += c.matches("^(i|i'm|im|i've|ive|my)\\b.*") ? 3 : 0;
        w += c.matches(".*\\b(can't|cant|don't|dont|won't|never|nothing|nobody|no one|not)\\b.*") ? 2 : 0;
        w += DIFFICULTY.matcher(c).find() ? 3 : 0;
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
            out.append(i == 0 ? "" : " ").append(swapped == null ? (i == 0 ? lowerFirst(word) : word)
                    : swapped + trailing);
        }
        // "kind to me i'll fall apart" said back would run two "you"s together.
        return out.toString().replaceAll("\\byou you\\b", "you, you");
    }

    private static String lowerFirst(String word) {
        // Only a pronoun-like first word is lowered; a name keeps its capital.
        String bare = word.toLowerCase().replace('’', '\'').replaceAll("'s$", "");
        return STARTS_AS_CLAUSE.matcher(bare).matches() ? word.toLowerCase() : word;
    }
}
