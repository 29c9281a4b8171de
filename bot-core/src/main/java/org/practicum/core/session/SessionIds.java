package org.practicum.core.session;

import java.util.random.RandomGenerator;

/** Session ids: "s-" and ten characters that cannot be misread for one another (no 0/o, 1/l/i). */
final class SessionIds {

    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

    private SessionIds() {
    }

    static String next(RandomGenerator random) {
        StringBuilder sb = new StringBuilder("s-");
        for (int i = 0; i < 10; i++) {
            sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }
}
