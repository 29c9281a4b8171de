package org.practicum.app.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.practicum.core.emotion.EmotionCategory;
import org.practicum.core.emotion.EmotionClassifier;
import org.practicum.core.emotion.EmotionReading;

class EvalEmotionsCommandTest {

    /** Reads anger in anything containing "angry" and neutral otherwise: predictable figures. */
    private static final EmotionClassifier KEYWORD = text -> new EmotionReading(
            text.contains("angry") ? EmotionCategory.ANGER : EmotionCategory.NEUTRAL, 1, 0, 0);

    @TempDir
    Path dir;

    private Path fixture() throws IOException {
        return Files.writeString(dir.resolve("emotions.tsv"), String.join("\n",
                "i am angry\t0\tc1",
                "so angry right now\t0\tc2",
                "the bus is at five\t4\tc3",
                "i am angry and sad\t5\tc4",
                "two labels are skipped\t0,4\tc5",
                "just a sad day\t5\tc6",
                ""));
    }

    @Test
    void the_last_line_gives_macro_f1_accuracy_and_the_number_of_single_label_rows() throws IOException {
        // given 5 single-label rows: anger 2/2 right, neutral 1/1 right, sadness 0/2 (one read as anger, one neutral)
        // anger p=2/3 r=1 f1=0.8; neutral p=1/2 r=1 f1=2/3; other five classes 0 -> macro = (0.8+0.6667)/7
        Path file = fixture();

        // when
        CommandRun run = CommandRun.of(new EvalEmotionsCommand(() -> KEYWORD), file.toString());

        // then
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("emotions macro_f1=0.2095 accuracy=0.6000 n=5", run.lastOutLine());
    }

    @Test
    void a_per_class_table_and_a_confusion_matrix_come_before_the_last_line() throws IOException {
        CommandRun run = CommandRun.of(new EvalEmotionsCommand(() -> KEYWORD), fixture().toString());

        assertTrue(run.out().startsWith("class"), run.out());
        assertTrue(run.outLines().stream().anyMatch(l -> l.matches("anger\\s+0\\.6667\\s+1\\.0000\\s+0\\.8000\\s+2")), run.out());
        assertTrue(run.outLines().stream().anyMatch(l -> l.matches("sadness\\s+1\\s+0\\s+0\\s+0\\s+1\\s+0\\s+0\\s*")), run.out());
    }

    @Test
    void a_missing_argument_is_a_usage_error_with_exit_code_2() {
        CommandRun run = CommandRun.of(new EvalEmotionsCommand(() -> KEYWORD));

        assertEquals(2, run.exitCode());
        assertEquals("", run.out());
    }

    @Test
    void an_unreadable_file_fails_with_exit_code_1_and_nothing_on_stdout() {
        CommandRun run = CommandRun.of(new EvalEmotionsCommand(() -> KEYWORD), dir.resolve("missing.tsv").toString());

        assertEquals(1, run.exitCode());
        assertEquals("", run.out());
    }

    @Test
    void a_malformed_label_names_the_file_and_line() throws IOException {
        Path file = Files.writeString(dir.resolve("bad.tsv"), "fine\t4\tc1\nbroken\t9\tc2\n");

        CommandRun run = CommandRun.of(new EvalEmotionsCommand(() -> KEYWORD), file.toString());

        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("bad.tsv:2: label id '9' is not one of 0..6"), run.err());
    }
}
