package org.practicum.core.review;

/**
 * How often reviewers agreed with one kind of automatic flag: the gap between the bot's feedback and
 * expert judgement that the seed paper measures. {@code rate} is null before any verdict.
 */
public record FlagAgreement(String flagKind, int agreed, int disagreed) {

    public int verdicts() {
        return agreed + disagreed;
    }

    public Double rate() {
        return verdicts() == 0 ? null : agreed / (double) verdicts();
    }
}
