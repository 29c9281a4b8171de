package org.practicum.core.suggestion;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A short yes or no to the trainee's closed question ("Do you exercise?" "No."): the thread the question
 * just opened is what a reply follows, not older words of theirs. The question is said back as their
 * answer where it reads as one: a "no" to something they do or tried ({@code notDone}: "you haven't
 * tried talking to someone"), a "no" about how things are ({@code notSo}: "it isn't every day"), a plain
 * "yes" about how things are ({@code so}: "it is every day").
 */
record ShortAnswer(Optional<String> notDone, Optional<String> notSo, Optional<String> so) {

    private static final int MAX_WORDS = 5;
    private static final Pattern NO = Pattern.compile("^(no|nope|nah|not really|not much|not at all|never|not yet"
            + "|not lately|no,? not really|not really,? no|no,? never|i haven't|i don't|i didn't|i'm not|it isn't|it's not)$");
    private static final Pattern PLAIN_YES = Pattern.compile("^(yes|yeah|yep|yup|definitely|i do|i have|it is|i am)$");
    private static final Pattern PARTLY = Pattern.compile("^(sometimes|sometimes,? yeah|yeah,? sometimes|a bit|a little"
            + "|kind of|sort of|i guess|i suppose|might be|maybe|mostly|most days|a lot|loads|totally|yeah,? a bit"
            + "|yeah,? i guess|pretty much|probably)$");
    /** "have you tried talking to someone?": the verb that asks and what it asks about. */
    private static final Pattern CLOSED_QUESTION = Pattern.compile("^(?:.*[.!]\\s+)?(do|did|have|can|is|are|does) (you|it)"
            + " ([\\p{L}' ]{3,40})\\?$", Pattern.CASE_INSENSITIVE);
    /** A question about the trainee's thread that says back oddly: "do you think…", "do you mean…". */
    private static final Pattern NOT_ABOUT_THEM = Pattern.compile("^(think|mean|know|want|feel|remember|mind)\\b");

    /** Their short answer to the trainee's last line, when that line was a closed question. */
    static Optional<ShortAnswer> of(String clientText, String traineeText) {
        if (traineeText == null || !traineeText.strip().endsWith("?")) {
            return Optional.empty();
        }
        String answer = clientText.toLowerCase().replace('’', '\'').replaceAll("[.…!?]+$", "").strip()
                .replaceAll("\\s+", " ");
        if (answer.isEmpty() || answer.split(" ").length > MAX_WORDS) {
            return Optional.empty();
        }
        boolean no = NO.matcher(answer).matches();
        boolean yes = PLAIN_YES.matcher(answer).matches();
        if (!no && !yes && !PARTLY.matcher(answer).matches()) {
            return Optional.empty();
        }
        Matcher m = CLOSED_QUESTION.matcher(traineeText.strip());
        if (!m.matches() || NOT_ABOUT_THEM.matcher(m.group(3).toLowerCase()).find()) {
            return Optional.of(new ShortAnswer(Optional.empty(), Optional.empty(), Optional.empty()));
        }
        String verb = m.group(1).toLowerCase() + " " + m.group(2).toLowerCase();
        String rest = m.group(3).strip();
        boolean action = m.group(2).equalsIgnoreCase("you") && !verb.equals("are you");
        return Optional.of(new ShortAnswer(no && action ? said(negated(verb), rest) : Optional.empty(),
                no && !action ? said(negated(verb), rest) : Optional.empty(),
                yes && !action ? said(affirmed(verb), rest) : Optional.empty()));
    }

    private static Optional<String> said(String verb, String rest) {
        return Optional.of(verb + " " + rest);
    }

    private static String negated(String verb) {
        return switch (verb) {
            case "do you" -> "you don't";
            case "did you" -> "you didn't";
            case "have you" -> "you haven't";
            case "can you" -> "you can't";
            case "are you" -> "you're not";
            case "does it" -> "it doesn't";
            default -> "it isn't";
        };
    }

    private static String affirmed(String verb) {
        return switch (verb) {
            case "are you" -> "you are";
            case "does it" -> "it does";
            default -> "it is";
        };
    }
}
