package org.practicum.core.classify;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SoftmaxTrainerTest {

    private static final List<String> LABELS = List.of("left", "middle", "right");

    /** Three blobs along x, with a y feature on a much larger scale that carries no signal. */
    private static List<float[]> blobs(Random random, int perClass, List<Integer> targets) {
        List<float[]> x = new ArrayList<>();
        for (int c = 0; c < 3; c++) {
            for (int i = 0; i < perClass; i++) {
                x.add(new float[] {(float) (c * 3 + random.nextGaussian() * 0.5), (float) (random.nextGaussian() * 1000)});
                targets.add(c);
            }
        }
        return x;
    }

    private static int argmax(double[] p) {
        int best = 0;
        for (int i = 1; i < p.length; i++) {
            if (p[i] > p[best]) {
                best = i;
            }
        }
        return best;
    }

    @Test
    void a_trained_head_separates_classes_it_has_never_seen_examples_of_before() {
        // given
        List<Integer> trainTargets = new ArrayList<>();
        List<float[]> train = blobs(new Random(1), 100, trainTargets);
        List<Integer> testTargets = new ArrayList<>();
        List<float[]> test = blobs(new Random(2), 50, testTargets);

        // when
        LinearHead head = new SoftmaxTrainer(TrainingSettings.defaults().withEpochs(300))
                .train(train, trainTargets.stream().mapToInt(i -> i).toArray(), LABELS, "blobs");

        // then
        int correct = 0;
        for (int i = 0; i < test.size(); i++) {
            correct += argmax(head.probabilities(test.get(i))) == testTargets.get(i) ? 1 : 0;
        }
        assertTrue(correct >= 0.97 * test.size(), "accuracy was " + correct + "/" + test.size());
        assertEquals(LABELS, head.labels());
        assertEquals("blobs", head.source());
    }

    @Test
    void training_twice_with_the_same_seed_gives_the_same_weights() {
        List<Integer> targets = new ArrayList<>();
        List<float[]> x = blobs(new Random(3), 30, targets);
        int[] y = targets.stream().mapToInt(i -> i).toArray();

        LinearHead first = new SoftmaxTrainer(TrainingSettings.defaults()).train(x, y, LABELS, "s");
        LinearHead second = new SoftmaxTrainer(TrainingSettings.defaults()).train(x, y, LABELS, "s");

        for (int c = 0; c < LABELS.size(); c++) {
            assertArrayEquals(first.weights()[c], second.weights()[c]);
        }
        assertArrayEquals(first.bias(), second.bias());
    }

    @Test
    void balancing_classes_lets_a_rare_class_be_predicted() {
        // given 200 "common" examples and 8 "rare" ones that overlap them a little
        Random random = new Random(4);
        List<float[]> x = new ArrayList<>();
        List<Integer> y = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            x.add(new float[] {(float) random.nextGaussian()});
            y.add(0);
        }
        for (int i = 0; i < 8; i++) {
            x.add(new float[] {(float) (1.5 + random.nextGaussian() * 0.3)});
            y.add(1);
        }
        int[] targets = y.stream().mapToInt(i -> i).toArray();
        TrainingSettings plain = TrainingSettings.defaults().withEpochs(200).withClassWeightPower(0);
        TrainingSettings balanced = TrainingSettings.defaults().withEpochs(200).withClassWeightPower(1);

        // when
        LinearHead unweighted = new SoftmaxTrainer(plain).train(x, targets, List.of("common", "rare"), "s");
        LinearHead weighted = new SoftmaxTrainer(balanced).train(x, targets, List.of("common", "rare"), "s");

        // then a typical rare example is called rare only by the balanced head
        float[] typicalRare = {1.5f};
        assertTrue(unweighted.probabilities(typicalRare)[1] < weighted.probabilities(typicalRare)[1]);
        assertEquals(1, argmax(weighted.probabilities(typicalRare)));
    }

    @Test
    void a_target_outside_the_labels_is_refused() {
        List<float[]> x = List.of(new float[] {1}, new float[] {2});
        assertThrows(IllegalArgumentException.class, () -> new SoftmaxTrainer(TrainingSettings.defaults())
                .train(x, new int[] {0, 2}, List.of("a", "b"), "s"));
    }
}
