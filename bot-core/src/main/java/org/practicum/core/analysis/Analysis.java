package org.practicum.core.analysis;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What a trainee reply did: a skill per sentence, the flags it earned, and whether it acknowledged a
 * distress cue in the client's previous message.
 *
 * @param rationale     a one-sentence explanation where the analyser gives one (LLM), else empty
 * @param understanding what the message asks or says and about what ({@link MessageReader}), which the
 *                      client answers
 */
public record Analysis(List<LabelledSentence> sentences, List<Flag> flags, boolean acknowledgesCue,
                       boolean asksAboutRisk, String rationale, Understanding understanding) {

    public Analysis {
        sentences = List.copyOf(sentences);
        flags = List.copyOf(flags);
        rationale = rationale == null ? "" : rationale;
        understanding = understanding == null ? Understanding.NOTHING : understanding;
    }

    /** An analysis not yet read for what it asks. */
    public Analysis(List<LabelledSentence> sentences, List<Flag> flags, boolean acknowledgesCue, boolean asksAboutRisk,
                    String rationale) {
        this(sentences, flags, acknowledgesCue, asksAboutRisk, rationale, Understanding.NOTHING);
    }

    public Analysis withUnderstanding(Understanding reading) {
        return new Analysis(sentences, flags, acknowledgesCue, asksAboutRisk, rationale, reading);
    }

    public Analysis withFlags(List<Flag> replaced) {
        return new Analysis(sentences, replaced, acknowledgesCue, asksAboutRisk, rationale, understanding);
    }

    public Set<Skill> skills() {
        Set<Skill> skills = EnumSet.noneOf(Skill.class);
        sentences.forEach(s -> skills.add(s.skill()));
        return skills;
    }

    public boolean has(Skill skill) {
        return sentences.stream().anyMatch(s -> s.skill() == skill);
    }

    public boolean has(FlagKind kind) {
        return flags.stream().anyMatch(f -> f.kind() == kind);
    }

    public boolean reflects() {
        return sentences.stream().anyMatch(s -> s.skill().isReflection());
    }

    /** Only closed questions, nothing else that invites the client to open up. */
    public boolean onlyClosedQuestions() {
        return !sentences.isEmpty() && sentences.stream()
                .allMatch(s -> s.skill() == Skill.CLOSED_QUESTION || s.skill() == Skill.OTHER)
                && has(Skill.CLOSED_QUESTION);
    }

    /**
     * The yes/no questions asked in a row once this reply is in, {@code before} of them earlier: a reply
     * that invites opening up ends the run, one without questions leaves it as it was. Praise before more
     * yes/no questions ("You're a superwoman! Do you get any help?") does not end it.
     */
    public int closedRunAfter(int before) {
        long asked = yesNoQuestions(sentences);
        boolean opens = reflects() || has(Skill.OPEN_QUESTION) || asksAboutRisk || has(Skill.AFFIRMATION) && asked == 0;
        return opens ? 0 : before + (int) asked;
    }

    /** Yes/no questions, counted as a supervisor counts them: "Have you tried a running club?" is one too. */
    static long yesNoQuestions(List<LabelledSentence> sentences) {
        return sentences.stream().filter(s -> s.skill() == Skill.CLOSED_QUESTION
                || s.skill().isAdvice() && s.text().strip().endsWith("?")).count();
    }

    /** A move that invites the client to say more: a reflection, an open question or an affirmation. */
    public boolean invitesOpening() {
        return reflects() || has(Skill.OPEN_QUESTION) || has(Skill.AFFIRMATION) || asksAboutRisk;
    }
}
