package org.practicum.app.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the shipped classifiers on tiny files of clear cases written here (not the shared data). */
class EvalStrategiesCommandTest {

    private static final String HEADER = "transcript_id,mi_quality,topic,utterance_id,interlocutor,utterance_text,"
            + "annotator_id,main_therapist_behaviour,therapist_input_subtype,reflection_subtype,question_subtype,client_talk_type";

    @TempDir
    Path dir;

    private Path annomi() throws IOException {
        return Files.writeString(dir.resolve("annomi.csv"), String.join("\n", HEADER,
                "2,high,smoking,0,therapist,What brings you in today?,1,question,n/a,n/a,open,n/a",
                "2,high,smoking,1,client,\"My doctor says I have to quit, but smoking is how I cope.\",1,n/a,n/a,n/a,n/a,sustain",
                "2,high,smoking,2,therapist,\"It sounds like smoking helps you cope, and you're worried about giving that up.\",1,reflection,n/a,complex,n/a,n/a",
                "2,high,smoking,3,client,Yeah.,1,n/a,n/a,n/a,n/a,neutral",
                "2,high,smoking,4,therapist,You should try nicotine patches.,1,therapist_input,advice,n/a,n/a,n/a",
                "2,high,smoking,5,therapist,Mm-hmm.,1,other,n/a,n/a,n/a,n/a",
                ""));
    }

    @Test
    void annomi_ends_with_macro_f1_advice_precision_recall_and_the_number_of_therapist_rows() throws IOException {
        CommandRun run = CommandRun.of(new EvalStrategiesCommand(), "--annomi", annomi().toString());

        assertEquals(0, run.exitCode(), run.err());
        assertEquals("annomi macro_f1=1.0000 advice_precision=1.0000 advice_recall=1.0000 advice_fpr=0.0000 n=4", run.lastOutLine());
        assertTrue(run.out().contains("confusion matrix"), run.out());
        assertTrue(run.outLines().stream().anyMatch(l -> l.startsWith("therapist_input")), run.out());
    }

    @Test
    void esconv_ends_with_accuracy_macro_f1_and_the_number_of_turns() throws IOException {
        Path file = Files.writeString(dir.resolve("esconv.tsv"), String.join("\n",
                "strategy\tresponse\tprevious_seeker_message",
                "Questions\tHow long have you been feeling this way?\tI've been so down lately.",
                "Providing Suggestions\tYou should talk to your manager about the workload.\tMy job is crushing me.",
                "Self-disclosure\tI went through a breakup last year and I felt exactly the same.\tShe left me last week.",
                ""));

        CommandRun run = CommandRun.of(new EvalStrategiesCommand(), "--esconv", file.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.lastOutLine().matches("esconv accuracy=1\\.0000 macro_f1=0\\.\\d{4} n=3"), run.lastOutLine());
        assertTrue(run.outLines().stream().anyMatch(l -> l.startsWith("Reflection of feelings")), run.out());
    }

    @Test
    void naming_no_source_is_a_usage_error() {
        CommandRun run = CommandRun.of(new EvalStrategiesCommand());

        assertEquals(2, run.exitCode());
        assertEquals("", run.out());
    }

    @Test
    void naming_both_sources_is_a_usage_error() {
        CommandRun run = CommandRun.of(new EvalStrategiesCommand(), "--annomi", "a.csv", "--esconv", "b.tsv");

        assertEquals(2, run.exitCode());
        assertEquals("", run.out());
    }

    @Test
    void an_esconv_file_without_its_header_fails_with_exit_code_1() throws IOException {
        Path file = Files.writeString(dir.resolve("bad.tsv"), "Questions\tHow are you?\thi\n");

        CommandRun run = CommandRun.of(new EvalStrategiesCommand(), "--esconv", file.toString());

        assertEquals(1, run.exitCode());
        assertEquals("", run.out());
    }
}
