package org.practicum.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class MessageSplitterTest {

    @Test
    void a_short_message_stays_whole() {
        assertEquals(List.of("hello there"), MessageSplitter.split("hello there"));
    }

    @Test
    void a_long_message_is_cut_at_paragraphs_within_the_limit_and_loses_nothing() {
        // given
        String text = IntStream.range(0, 30).mapToObj(i -> "Paragraph " + i + " " + "word ".repeat(20).strip())
                .collect(Collectors.joining("\n\n"));

        // when
        List<String> pieces = MessageSplitter.split(text, 500);

        // then
        assertTrue(pieces.size() > 1);
        pieces.forEach(p -> assertTrue(p.length() <= 500, p.length() + " characters"));
        pieces.forEach(p -> assertTrue(p.startsWith("Paragraph"), "starts at a paragraph: " + p));
        assertEquals(text, String.join("\n\n", pieces));
    }

    @Test
    void text_without_breaks_is_cut_between_words() {
        // given
        String text = "word ".repeat(1000).strip();

        // when
        List<String> pieces = MessageSplitter.split(text);

        // then
        pieces.forEach(p -> assertTrue(p.length() <= 2000 && p.startsWith("word") && p.endsWith("word")));
        assertEquals(text, String.join(" ", pieces));
    }

    @Test
    void a_single_overlong_word_is_cut_without_tearing_an_emoji() {
        // given
        String text = "a".repeat(1999) + "😢" + "b".repeat(10);

        // when
        List<String> pieces = MessageSplitter.split(text);

        // then
        assertEquals("a".repeat(1999), pieces.get(0));
        assertEquals("😢" + "b".repeat(10), pieces.get(1));
    }
}
