package org.practicum.core.cue;

import java.util.Locale;

/** Distress cues after the IS PATH WARM mnemonic, plus feeling a burden and acute warning signs. */
public enum CueKind {
    IDEATION("talk of death or not wanting to be here"),
    SUBSTANCE("substance use"),
    PURPOSELESSNESS("no sense of purpose"),
    ANXIETY("anxiety, agitation or not sleeping"),
    TRAPPED("feeling trapped"),
    HOPELESSNESS("hopelessness"),
    WITHDRAWAL("withdrawing from people"),
    ANGER("rage or anger"),
    RECKLESSNESS("recklessness"),
    MOOD_CHANGE("a sudden change of mood"),
    BURDEN("feeling a burden to others"),
    ACUTE("an acute warning sign (goodbyes, giving things away, a plan)");

    private final String description;

    CueKind(String description) {
        this.description = description;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String description() {
        return description;
    }

    /**
     * Cues that must not go unanswered: the missed-cue flag fires for these whenever they are found,
     * and for any cue a scenario places deliberately. Anxiety, anger and the like still earn a
     * "watch out" hint, but a reply that moves past them is not flagged.
     */
    public boolean isHighRisk() {
        return switch (this) {
            case IDEATION, BURDEN, HOPELESSNESS, TRAPPED, PURPOSELESSNESS, ACUTE, MOOD_CHANGE -> true;
            default -> false;
        };
    }

    public static CueKind parse(String id) {
        String n = id.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        for (CueKind k : values()) {
            if (k.name().equals(n)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown cue kind '" + id + "' (expected one of "
                + java.util.Arrays.stream(values()).map(CueKind::id).toList() + ")");
    }
}
