package org.practicum.core.analysis;

import java.util.Objects;

/** A skill label with the classifier's confidence in [0, 1]. */
public record SkillPrediction(Skill skill, double confidence) {
    public SkillPrediction {
        Objects.requireNonNull(skill, "skill");
    }
}
