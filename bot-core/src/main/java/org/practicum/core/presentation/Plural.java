package org.practicum.core.presentation;

/** A count with its noun: "1 reply", "3 replies". */
final class Plural {

    private Plural() {
    }

    static String of(int count, String one, String many) {
        return count + " " + (count == 1 ? one : many);
    }
}
