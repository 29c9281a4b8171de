package org.practicum.core.analysis;

import java.util.Locale;

/**
 * Helping-skill labels for one sentence of a trainee reply: MI behaviour codes (MITI/AnnoMI) with
 * ESConv strategies mapped onto them.
 */
public enum Skill {
    OPEN_QUESTION("Questions"),
    CLOSED_QUESTION("Questions"),
    SIMPLE_REFLECTION("Restatement or Paraphrasing"),
    COMPLEX_REFLECTION("Reflection of feelings"),
    AFFIRMATION("Affirmation and Reassurance"),
    ADVICE_WITH_PERMISSION("Providing Suggestions"),
    ADVICE_WITHOUT_PERMISSION("Providing Suggestions"),
    INFORMATION("Information"),
    SELF_DISCLOSURE("Self-disclosure"),
    OTHER("Other");

    private final String esconvStrategy;

    Skill(String esconvStrategy) {
        this.esconvStrategy = esconvStrategy;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The nearest ESConv strategy name (Liu et al. 2021). */
    public String esconvStrategy() {
        return esconvStrategy;
    }

    public boolean isQuestion() {
        return this == OPEN_QUESTION || this == CLOSED_QUESTION;
    }

    public boolean isReflection() {
        return this == SIMPLE_REFLECTION || this == COMPLEX_REFLECTION;
    }

    public boolean isAdvice() {
        return this == ADVICE_WITH_PERMISSION || this == ADVICE_WITHOUT_PERMISSION;
    }

    public static Skill parse(String id) {
        return valueOf(id.trim().toUpperCase(Locale.ROOT));
    }
}
