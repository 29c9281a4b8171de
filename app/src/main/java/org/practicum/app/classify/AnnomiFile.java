package org.practicum.app.classify;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Therapist rows of an AnnoMI CSV, each with the last client utterance before it in the same
 * transcript as context. The label is {@code main_therapist_behaviour}; advice is marked separately.
 */
final class AnnomiFile {

    static final List<String> BEHAVIOURS = List.of("reflection", "question", "therapist_input", "other");

    /** One therapist utterance; {@code advice} is true when {@code therapist_input_subtype == advice}. */
    record Utterance(String transcriptId, LabelledText text, boolean advice) {}

    private AnnomiFile() {}

    static List<Utterance> readTherapistRows(Path file) throws IOException {
        List<List<String>> records;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            records = DelimitedText.parse(in, ',', true);
        }
        if (records.isEmpty()) {
            throw new IOException(file + ": empty file");
        }
        List<String> header = records.get(0);
        int transcript = column(header, "transcript_id", file);
        int utteranceId = column(header, "utterance_id", file);
        int speaker = column(header, "interlocutor", file);
        int text = column(header, "utterance_text", file);
        int behaviour = column(header, "main_therapist_behaviour", file);
        int subtype = column(header, "therapist_input_subtype", file);

        // Rows are ordered by transcript and utterance; sort anyway so context is right for any order.
        Map<String, Map<Integer, List<List<String>>>> byTranscript = new TreeMap<>();
        for (int r = 1; r < records.size(); r++) {
            List<String> row = records.get(r);
            if (row.size() < header.size()) {
                throw new IOException(file + ": record " + r + " has " + row.size() + " fields, expected " + header.size());
            }
            int id;
            try {
                id = Integer.parseInt(row.get(utteranceId).strip());
            } catch (NumberFormatException e) {
                throw new IOException(file + ": record " + r + ": utterance_id is not a number");
            }
            byTranscript.computeIfAbsent(row.get(transcript), k -> new TreeMap<>())
                    .computeIfAbsent(id, k -> new ArrayList<>()).add(row);
        }
        List<Utterance> out = new ArrayList<>();
        for (var transcriptRows : byTranscript.entrySet()) {
            String lastClient = "";
            for (List<List<String>> sameUtterance : transcriptRows.getValue().values()) {
                for (List<String> row : sameUtterance) {
                    String who = row.get(speaker).strip();
                    if (who.equals("client")) {
                        lastClient = row.get(text);
                    } else if (who.equals("therapist")) {
                        String label = row.get(behaviour).strip();
                        if (!BEHAVIOURS.contains(label)) {
                            throw new IOException(file + ": therapist behaviour '" + label + "' is not one of " + BEHAVIOURS);
                        }
                        out.add(new Utterance(transcriptRows.getKey(), new LabelledText(label, row.get(text), lastClient),
                                row.get(subtype).strip().equals("advice")));
                    }
                }
            }
        }
        return out;
    }

    private static int column(List<String> header, String name, Path file) throws IOException {
        int i = header.stream().map(String::strip).toList().indexOf(name);
        if (i < 0) {
            throw new IOException(file + ": no column '" + name + "' in the header");
        }
        return i;
    }
}
