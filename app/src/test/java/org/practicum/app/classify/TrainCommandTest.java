package org.practicum.app.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.practicum.core.analysis.Move;
import org.practicum.core.classify.CueExemplars;
import org.practicum.core.classify.HeadFiles;
import org.practicum.core.classify.LinearHead;
import org.practicum.core.classify.MoveThresholds;
import org.practicum.core.text.Embedder;

class TrainCommandTest {

    /** A tiny deterministic embedder: letters counted into 8 buckets, scaled to unit length. */
    private static final Embedder LETTERS = text -> {
        float[] v = new float[8];
        for (char c : text.toLowerCase().toCharArray()) {
            if (Character.isLetter(c)) {
                v[c % 8]++;
            }
        }
        double norm = 0;
        for (float f : v) {
            norm += f * f;
        }
        for (int i = 0; i < v.length; i++) {
            v[i] = (float) (norm == 0 ? 0 : v[i] / Math.sqrt(norm));
        }
        return v;
    };

    @TempDir
    Path dir;

    @Test
    void train_writes_all_four_heads_from_their_sources() throws Exception {
        // given small sources
        Path goEmotions = Files.writeString(dir.resolve("ge.tsv"),
                "i am so angry\t0\ta\nyuck gross\t1\tb\nso scared\t2\tc\nyay happy\t3\td\nthe bus\t4\te\n"
                        + "i miss her\t5\tf\nwow really\t6\tg\nboth\t3,4\th\n");
        StringBuilder skills = new StringBuilder("label\tclient_context\ttrainee_sentence\n");
        for (String label : TrainCommand.skillLabels()) {
            skills.append(label).append("\tsome context\tan example of ").append(label).append('\n');
        }
        Path skillsFile = Files.writeString(dir.resolve("skills.tsv"), skills);
        Path cues = Files.writeString(dir.resolve("cues.tsv"),
                "kind\tclient_line\nburden\teveryone is better off without me\nnone\ti got the job\n");
        Path moves = Files.writeString(dir.resolve("moves.tsv"), movesSource());
        Path out = dir.resolve("models");

        // when
        CommandRun run = CommandRun.of(new TrainCommand(() -> LETTERS), "--goemotions", goEmotions.toString(),
                "--skills", skillsFile.toString(), "--cues", cues.toString(), "--moves", moves.toString(),
                "--out", out.toString());

        // then
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(5, run.outLines().size(), run.out());
        LinearHead emotion = HeadFiles.read(Files.newInputStream(out.resolve("emotion-head.json")));
        assertEquals(7, emotion.labels().size());
        assertTrue(emotion.source().startsWith("GoEmotions train"));
        LinearHead skill = HeadFiles.read(Files.newInputStream(out.resolve("skill-head.json")));
        assertEquals(TrainCommand.skillLabels(), skill.labels());
        CueExemplars exemplars = CueExemplars.read(Files.newInputStream(out.resolve("cue-exemplars.json")));
        assertEquals(2, exemplars.exemplars().size());
        LinearHead move = HeadFiles.read(Files.newInputStream(out.resolve("move-head.json")));
        assertEquals(List.of("fine", "minimising", "judging", "self_focus", "brushes_off_cue"), move.labels());
        MoveThresholds thresholds = MoveThresholds.read(Files.newInputStream(out.resolve("move-thresholds.json")));
        for (Move m : Move.values()) {
            assertTrue(thresholds.of(m) >= 0.3, m + " threshold " + thresholds.of(m));
        }
        assertTrue(run.err().contains("moves: minimising"), run.err());
    }

    /** Six client messages (so every fold holds out whole messages), each answered once per move. */
    private static String movesSource() {
        StringBuilder rows = new StringBuilder("label\tclient_message\ttrainee_sentence\n");
        String[] clients = {"i failed again", "nobody calls me", "my dad shouts", "i lost my job", "she left me",
                "what's the point"};
        for (String client : clients) {
            rows.append("fine\t").append(client).append("\tWhat was that like for you?\n")
                    .append("minimising\t").append(client).append("\tEveryone goes through that, cheer up!\n")
                    .append("judging\t").append(client).append("\tThat's your own fault really.\n")
                    .append("self_focus\t").append(client).append("\tMy brother had exactly the same thing last year.\n")
                    .append("brushes_off_cue\t").append(client).append("\tAnyway, how about the weather?\n");
        }
        return rows.toString();
    }

    @Test
    void an_unknown_move_label_names_the_labels_it_expects() throws Exception {
        Path moves = Files.writeString(dir.resolve("moves.tsv"),
                "label\tclient_message\ttrainee_sentence\nrude\ti failed\tWhatever.\n");

        CommandRun run = CommandRun.of(new TrainCommand(() -> LETTERS), "--heads", "moves", "--moves", moves.toString(),
                "--out", dir.toString());

        assertTrue(run.exitCode() != 0);
        assertTrue(run.err().contains("unknown move 'rude'"), run.err());
    }

    @Test
    void the_emotion_head_without_its_source_is_a_usage_error() {
        CommandRun run = CommandRun.of(new TrainCommand(() -> LETTERS), "--out", dir.toString());

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("Missing --goemotions FILE"), run.err());
    }

    @Test
    void an_unknown_head_is_a_usage_error() {
        CommandRun run = CommandRun.of(new TrainCommand(() -> LETTERS), "--heads", "feelings");

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("Unknown head 'feelings'"), run.err());
    }
}
