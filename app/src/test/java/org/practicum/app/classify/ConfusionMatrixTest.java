package org.practicum.app.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConfusionMatrixTest {

    @Test
    void per_class_figures_and_macro_f1_come_from_the_counts() {
        // given gold a,a,a,b with predictions a,a,b,b
        ConfusionMatrix m = new ConfusionMatrix(List.of("a", "b"));
        m.add("a", "a");
        m.add("a", "a");
        m.add("a", "b");
        m.add("b", "b");

        // then a: p=1, r=2/3, f1=0.8; b: p=1/2, r=1, f1=2/3
        assertEquals(1.0, m.precision("a"), 1e-9);
        assertEquals(2.0 / 3, m.recall("a"), 1e-9);
        assertEquals(0.8, m.f1("a"), 1e-9);
        assertEquals(2.0 / 3, m.f1("b"), 1e-9);
        assertEquals((0.8 + 2.0 / 3) / 2, m.macroF1(), 1e-9);
        assertEquals(0.75, m.accuracy(), 1e-9);
        assertEquals(4, m.total());
    }

    @Test
    void a_class_never_predicted_nor_present_scores_zero_and_counts_in_the_macro_average() {
        ConfusionMatrix m = new ConfusionMatrix(List.of("a", "b", "c"));
        m.add("a", "a");
        m.add("b", "b");

        assertEquals(0.0, m.f1("c"));
        assertEquals(2.0 / 3, m.macroF1(), 1e-9);
    }

    @Test
    void an_unknown_label_is_refused() {
        ConfusionMatrix m = new ConfusionMatrix(List.of("a"));
        assertThrows(IllegalArgumentException.class, () -> m.add("a", "z"));
    }
}
