package org.practicum.core.analysis;

/** One sentence of a trainee reply with its skill label. */
public record LabelledSentence(String text, Skill skill, double confidence) {
}
