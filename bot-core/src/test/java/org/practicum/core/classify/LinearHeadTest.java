package org.practicum.core.classify;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinearHeadTest {

    private final LinearHead head = new LinearHead("test", List.of("a", "b"),
            new float[][] {{1, 0}, {0, 1}}, new float[] {0, 0});

    @Test
    void probabilities_follow_the_scores_and_sum_to_one() {
        double[] p = head.probabilities(new float[] {2, 0});

        assertEquals(1.0, p[0] + p[1], 1e-9);
        assertEquals(Math.exp(2) / (Math.exp(2) + 1), p[0], 1e-9);
    }

    @Test
    void a_feature_vector_of_the_wrong_length_is_refused() {
        assertThrows(IllegalArgumentException.class, () -> head.probabilities(new float[] {1, 2, 3}));
    }

    @Test
    void a_head_written_to_a_file_reads_back_the_same(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("models/head.json");

        HeadFiles.write(head, file);
        LinearHead back = HeadFiles.read(new ByteArrayInputStream(Files.readAllBytes(file)));

        assertEquals(head.labels(), back.labels());
        assertEquals("test", back.source());
        assertArrayEquals(head.weights()[1], back.weights()[1]);
        assertArrayEquals(head.bias(), back.bias());
    }

    @Test
    void a_missing_model_file_says_how_to_rebuild_it() {
        var e = assertThrows(IllegalStateException.class, () -> HeadFiles.readResource("models/nope.json"));
        assertEquals("model file models/nope.json is missing from the classpath; run `practicum train`", e.getMessage());
    }
}
