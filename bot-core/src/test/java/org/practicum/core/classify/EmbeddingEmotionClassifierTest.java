package org.practicum.core.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.practicum.core.emotion.EmotionCategory;
import org.practicum.core.emotion.EmotionReading;

class EmbeddingEmotionClassifierTest {

    private final EmbeddingEmotionClassifier classifier = ShippedClassifiers.get().emotions();

    @ParameterizedTest(name = "\"{1}\" reads as {0}")
    @CsvSource(delimiter = '|', value = {
        "anger     | I'm so angry with him, how dare he treat me like that",
        "anger     | This makes me furious, I'm sick of being lied to",
        "disgust   | That is disgusting, it makes me want to throw up",
        "disgust   | Ew, gross. That's revolting",
        "fear      | I'm terrified something bad is going to happen",
        "fear      | I'm so scared to go back there, I'm really afraid",
        "happiness | I'm so happy, I got the job! Thank you so much",
        "happiness | This is wonderful news, I love it",
        "neutral   | The appointment is on Tuesday at three",
        "neutral   | I live in a flat with two other people",
        "sadness   | I miss her so much, I've been crying all day",
        "sadness   | I feel so sad and lonely since he died",
        "surprise  | Wow, I did not expect that at all!",
        "surprise  | Wait, really? I'm shocked, I had no idea",
    })
    void a_clear_line_reads_as_its_emotion(String expected, String text) {
        EmotionReading reading = classifier.classify(text);

        assertEquals(EmotionCategory.parse(expected), reading.category(), () -> "distribution " + classifier.distribution(text));
    }

    @Test
    void valence_and_arousal_follow_the_categories_read() {
        EmotionReading sad = classifier.classify("I feel so sad and lonely since he died");
        EmotionReading happy = classifier.classify("I'm so happy, I got the job! Thank you so much");
        EmotionReading angry = classifier.classify("I'm so angry with him, how dare he treat me like that");

        assertTrue(sad.valence() < -0.3, "sad valence " + sad.valence());
        assertTrue(happy.valence() > 0.3, "happy valence " + happy.valence());
        assertTrue(angry.arousal() > sad.arousal(), "anger is more aroused than sadness");
    }

    @Test
    void the_distribution_sums_to_one_and_its_peak_is_the_reading() {
        String text = "I'm terrified something bad is going to happen";

        Map<EmotionCategory, Double> p = classifier.distribution(text);
        EmotionReading reading = classifier.classify(text);

        assertEquals(1.0, p.values().stream().mapToDouble(Double::doubleValue).sum(), 1e-6);
        assertEquals(p.get(reading.category()), reading.confidence(), 1e-9);
    }

    @Test
    void empty_text_reads_as_certainly_neutral() {
        EmotionReading reading = classifier.classify("  ");

        assertEquals(EmotionCategory.NEUTRAL, reading.category());
        assertEquals(1.0, reading.confidence());
    }
}
