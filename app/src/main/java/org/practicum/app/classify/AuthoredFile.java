package org.practicum.app.classify;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The project's own training data: {@code training/skills.tsv} (label, client context, trainee
 * sentence), {@code training/moves.tsv} (the same shape, with moves) and {@code training/cues.tsv} (cue kind or "none", client line). Both have a header row.
 */
final class AuthoredFile {

    private AuthoredFile() {}

    static List<LabelledText> readSkills(Path file) throws IOException {
        List<LabelledText> rows = new ArrayList<>();
        for (String[] cols : rows(file, "label\tclient_context\ttrainee_sentence", 3)) {
            rows.add(new LabelledText(cols[0], cols[2], cols[1]));
        }
        return rows;
    }

    /** {@code training/moves.tsv}: move or "fine", the client's message, the trainee sentence answering it. */
    static List<LabelledText> readMoves(Path file) throws IOException {
        List<LabelledText> rows = new ArrayList<>();
        for (String[] cols : rows(file, "label\tclient_message\ttrainee_sentence", 3)) {
            rows.add(new LabelledText(cols[0], cols[2], cols[1]));
        }
        return rows;
    }

    static List<LabelledText> readCues(Path file) throws IOException {
        List<LabelledText> rows = new ArrayList<>();
        for (String[] cols : rows(file, "kind\tclient_line", 2)) {
            rows.add(new LabelledText(cols[0], cols[1], ""));
        }
        return rows;
    }

    private static List<String[]> rows(Path file, String header, int columns) throws IOException {
        List<String[]> out = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String first = in.readLine();
            if (first == null || !first.strip().equals(header)) {
                throw new IOException(file + ":1: expected the header " + header.replace("\t", "<TAB>"));
            }
            String line;
            int number = 1;
            while ((line = in.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t", -1);
                if (cols.length != columns || cols[0].isBlank() || cols[columns - 1].isBlank()) {
                    throw new IOException(file + ":" + number + ": expected " + columns + " tab-separated columns");
                }
                out.add(cols);
            }
        }
        return out;
    }
}
