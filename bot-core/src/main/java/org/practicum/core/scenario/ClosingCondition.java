package org.practicum.core.scenario;

import java.util.Locale;
import java.util.Objects;

/**
 * When a closing line fits how the conversation went ({@code if:} in the file): the core concern was
 * heard or not, premature advice was given or not, the trainee asked directly about risk, or a layer
 * came out ({@code disclosed <layer id>}).
 */
public record ClosingCondition(Kind kind, String layerId) {

    public enum Kind { HEARD, NOT_HEARD, ADVISED, NOT_ADVISED, RISK_ASKED, DISCLOSED }

    public ClosingCondition {
        Objects.requireNonNull(kind, "kind");
        if ((kind == Kind.DISCLOSED) != (layerId != null)) {
            throw new IllegalArgumentException("'disclosed' and only 'disclosed' names a layer");
        }
    }

    /** Parses "heard", "not_advised", "disclosed the-secret"; null when it is none of them. */
    public static ClosingCondition parse(String text) {
        String[] parts = text.strip().toLowerCase(Locale.ROOT).split("\\s+");
        for (Kind kind : Kind.values()) {
            if (kind.name().toLowerCase(Locale.ROOT).equals(parts[0].replace('-', '_'))) {
                if (kind == Kind.DISCLOSED) {
                    return parts.length == 2 ? new ClosingCondition(kind, parts[1]) : null;
                }
                return parts.length == 1 ? new ClosingCondition(kind, null) : null;
            }
        }
        return null;
    }
}
