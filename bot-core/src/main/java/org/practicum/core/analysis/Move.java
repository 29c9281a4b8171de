package org.practicum.core.analysis;

/** A fault a trainee sentence can make, read with the client's last message by a trained head. */
public enum Move {
    MINIMISING("minimising"),
    JUDGING("judging"),
    SELF_FOCUS("self_focus"),
    BRUSHES_OFF_CUE("brushes_off_cue");

    /** The label a sentence with no fault carries in the training data. */
    public static final String FINE = "fine";

    private final String id;

    Move(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** The move with this label, or null for {@link #FINE}. */
    public static Move parse(String id) {
        if (FINE.equals(id)) {
            return null;
        }
        for (Move m : values()) {
            if (m.id.equals(id)) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown move '" + id + "'");
    }
}
