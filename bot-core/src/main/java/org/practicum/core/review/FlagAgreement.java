package org.practicum.core.review;

/**
 * How reviewers judged one kind of automatic flag across a cohort: the gap between the bot's feedback
 * and expert judgement that the seed paper measures. {@code added} counts the flags of this kind
 * reviewers said the tool missed.
 */
public record FlagAgreement(String flagKind, int agreed, int disagreed, int unsure, int added) {

    /** Agreed or disagreed: the verdicts that decide whether a raised flag was right. */
    public int decided() {
        return agreed + disagreed;
    }

    /** Of the raised flags reviewers decided on, the share they agreed with; null before any. */
    public Double agreement() {
        return decided() == 0 ? null : agreed / (double) decided();
    }

    /**
     * Recall as reviewers judged it: of the flags they say belong on the replies (the ones they agreed
     * with and the ones they added), the share the tool raised; null before any.
     */
    public Double recall() {
        return agreed + added == 0 ? null : agreed / (double) (agreed + added);
    }

    public FlagAgreement plus(FlagAgreement other) {
        return new FlagAgreement(flagKind, agreed + other.agreed, disagreed + other.disagreed, unsure + other.unsure,
                added + other.added);
    }
}
