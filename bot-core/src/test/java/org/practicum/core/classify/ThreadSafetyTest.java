package org.practicum.core.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class ThreadSafetyTest {

    private static final List<String> TEXTS = List.of(
            "i'm so scared about the exams", "What happened next?", "You should get some sleep.",
            "everyone would be better off without me", "It sounds like you're exhausted.", "i got the job!",
            "Have you told anyone?", "i feel trapped and alone");

    private static String describe(Classifiers c, String text) {
        return c.emotions().classify(text).category() + "/" + c.skills().classify(text, "").skill() + "/"
                + c.advice().isAdvice(text) + "/" + c.cues().detect(text).stream().map(d -> d.kind().id()).toList();
    }

    @Test
    void many_threads_classifying_at_once_get_the_same_answers_as_one_thread() throws Exception {
        // given the answers of a single thread
        Classifiers classifiers = ShippedClassifiers.get();
        List<String> expected = TEXTS.stream().map(t -> describe(classifiers, t)).toList();

        // when eight threads classify the same texts, interleaved, many times
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<List<String>>> results = new ArrayList<>();
        for (int thread = 0; thread < 8; thread++) {
            int offset = thread;
            results.add(pool.submit(() -> {
                List<String> seen = new ArrayList<>();
                for (int round = 0; round < 10; round++) {
                    for (int i = 0; i < TEXTS.size(); i++) {
                        seen.add(describe(classifiers, TEXTS.get((i + offset) % TEXTS.size())));
                    }
                }
                return seen;
            }));
        }

        // then every thread saw exactly the single-threaded answers
        for (int thread = 0; thread < 8; thread++) {
            List<String> seen = results.get(thread).get();
            for (int k = 0; k < seen.size(); k++) {
                assertEquals(expected.get((k % TEXTS.size() + thread) % TEXTS.size()), seen.get(k));
            }
        }
        pool.shutdown();
    }
}
