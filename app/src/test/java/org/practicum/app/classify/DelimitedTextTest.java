package org.practicum.app.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class DelimitedTextTest {

    private static List<List<String>> csv(String text) throws IOException {
        return DelimitedText.parse(new BufferedReader(new StringReader(text)), ',', true);
    }

    @Test
    void quoted_fields_keep_their_commas_quotes_and_line_breaks() throws IOException {
        List<List<String>> records = csv("id,text\r\n1,\"Well, he said \"\"no\"\"\nand left\"\n2,plain\n");

        assertEquals(List.of(List.of("id", "text"), List.of("1", "Well, he said \"no\"\nand left"), List.of("2", "plain")),
                records);
    }

    @Test
    void empty_fields_are_kept() throws IOException {
        assertEquals(List.of(List.of("a", "", "c")), csv("a,,c"));
    }

    @Test
    void a_file_ending_inside_quotes_is_an_error() {
        assertThrows(IOException.class, () -> csv("a,\"unfinished"));
    }
}
