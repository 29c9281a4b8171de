package org.practicum.app.eval;

import java.util.List;
import java.util.regex.Pattern;

/**
 * One probe of the simulated client: a fresh session of {@code scenario}, the warm-up lines, then the
 * probe; the client's next line should match {@code expect}.
 *
 * @param line the probe's line in its file
 */
record Probe(String scenario, List<String> warmup, String probe, Pattern expect, long seed, int line) {
    Probe {
        warmup = List.copyOf(warmup);
    }
}
