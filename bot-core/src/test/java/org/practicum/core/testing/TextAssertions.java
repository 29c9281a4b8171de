package org.practicum.core.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Assertions on text as a person reads it. */
public final class TextAssertions {

    private TextAssertions() {
    }

    /** Each part occurs in {@code text}, each after the one before it. */
    public static void assertInOrder(String text, String... parts) {
        int at = -1;
        for (String part : parts) {
            int next = text.indexOf(part, at + 1);
            assertTrue(next > at, "\"" + part + "\" after the previous part in:\n" + text);
            at = next;
        }
    }
}
