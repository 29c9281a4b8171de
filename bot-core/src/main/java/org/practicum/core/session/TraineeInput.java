package org.practicum.core.session;

/** Cleans a trainee message and refuses what the client could not answer. */
final class TraineeInput {

    private TraineeInput() {
    }

    static String clean(String raw, int maxChars) {
        if (raw == null) {
            throw new PracticeException(PracticeException.Reason.INVALID_INPUT, "Your message is empty.");
        }
        // Control characters (other than line breaks and tabs) carry nothing a person typed.
        String text = raw.replaceAll("[\\p{Cc}&&[^\\n\\t]]", "").replaceAll("[\\p{Cf}&&[^\\u200d]]", "").strip();
        if (text.isEmpty()) {
            throw new PracticeException(PracticeException.Reason.INVALID_INPUT, "Your message is empty.",
                    NextStep.REPLY, NextStep.END);
        }
        if (text.length() > maxChars) {
            throw new PracticeException(PracticeException.Reason.INVALID_INPUT, "Your message is " + text.length()
                    + " characters; keep a reply under " + maxChars + " so the client can follow. Nothing was sent.");
        }
        return text;
    }
}
