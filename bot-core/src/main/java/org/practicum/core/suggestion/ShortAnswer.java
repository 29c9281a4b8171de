package org.practicum.core.suggestion;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A short yes or no to the trainee's closed question ("Do you exercise?" "No."): the thread the question
 * just opened is what a reply follows, not older words of theirs. When the question asked about
 * something they do or tried, the answer is said back with it ("you haven't tried talking to someone").
 */
record ShortAnswer(boolean yes, Optional<String> saidBack) {

    private static final int MAX_WORDS = 5;
    private static final Pattern NO = Pattern.compile("^(no|nope|nah|not really|not much|not at all|never|not yet"
            + "|not lately|no,? not really|not really,? no|no,? never|i haven't|i don't|i didn't|haven't|don't|didn't)$");
    private static final Pattern YES = Pattern.compile("^(yes|yeah|yep|yeah!|sometimes|sometimes,? yeah|a bit|a little"
            + "|kind of|sort of|i guess|i suppose|might be|maybe|mostly|most days|a lot|loads|totally|definitely|i do|i have"
            + "|yeah,? sometimes|yeah,? a bit|yeah,? i guess|pretty much|probably)$");
    /** "do you exercise", "have you tried talking to someone", "did you eat today": something they do or tried. */
    private static final Pattern ACTION_QUESTION = Pattern.compile("^(?:.*[.!]\\s+)?(do|did|have|can) you ([\\p{L}' ]{3,40})\\?$",
            Pattern.CASE_INSENSITIVE);
    /** A question about the trainee's thread that says back oddly: "do you think…", "do you mean…". */
    private static final Pattern NOT_ABOUT_THEM = Pattern.compile("^(think|mean|know|want|feel|remember)\\b");

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
        if (!no && !YES.matcher(answer).matches()) {
            return Optional.empty();
        }
        return Optional.of(new ShortAnswer(!no, no ? notDone(traineeText.strip()) : Optional.empty()));
    }

    /** "Have you tried talking to someone?" answered no: "you haven't tried talking to someone". */
    private static Optional<String> notDone(String question) {
        Matcher m = ACTION_QUESTION.matcher(question);
        if (!m.matches() || NOT_ABOUT_THEM.matcher(m.group(2).toLowerCase()).find()) {
            return Optional.empty();
        }
        String negated = switch (m.group(1).toLowerCase()) {
            case "do" -> "you don't ";
            case "did" -> "you didn't ";
            case "have" -> "you haven't ";
            default -> "you can't ";
        };
        return Optional.of(negated + m.group(2).strip());
    }
}
