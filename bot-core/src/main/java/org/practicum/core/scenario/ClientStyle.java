package org.practicum.core.scenario;

import java.util.Locale;

/** The six conversational styles of PATIENT-Psi (Wang et al. 2024). */
public enum ClientStyle {
    PLAIN(1.0), UPSET(0.85), VERBOSE(1.0), RESERVED(0.8), TANGENT(0.95), PLEASING(1.1);

    private final double trustGain;

    ClientStyle(double trustGain) {
        this.trustGain = trustGain;
    }

    /** How readily trust grows: reserved and upset clients warm up more slowly. */
    public double trustGain() {
        return trustGain;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
