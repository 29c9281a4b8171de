package org.practicum.core.scenario;

import java.util.Locale;

/**
 * The direct questions about risk a trainee must learn to ask, each answered honestly in role by every
 * scenario (safety-planning practice: ask, then explore how often, any plan, what keeps them going, who
 * knows, whether they are safe now).
 */
public enum RiskQuestion {
    /** "Are you having thoughts of suicide, of ending your life?" */
    IDEATION,
    /** "Have you hurt yourself, or thought about it?" */
    SELF_HARM,
    /** "How often do those thoughts come?" */
    FREQUENCY,
    /** "Have you thought about how, made a plan?" Answered without method or means, always. */
    PLAN,
    /** "What keeps you going, what stops you?" */
    REASONS,
    /** "Does anyone know how you're feeling?" */
    WHO_KNOWS,
    /** "Are you safe right now, tonight?" */
    SAFETY;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
