package org.practicum.app.classify;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** ESConv supporter turns: header {@code strategy<TAB>response<TAB>previous_seeker_message}. */
final class EsconvFile {

    static final List<String> STRATEGIES = List.of("Questions", "Restatement or Paraphrasing", "Reflection of feelings",
            "Self-disclosure", "Affirmation and Reassurance", "Providing Suggestions", "Information", "Other");

    private EsconvFile() {}

    static List<LabelledText> read(Path file) throws IOException {
        List<LabelledText> rows = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String header = in.readLine();
            if (header == null || !header.strip().startsWith("strategy\tresponse")) {
                throw new IOException(file + ": expected the header strategy<TAB>response<TAB>previous_seeker_message");
            }
            String line;
            int number = 1;
            while ((line = in.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                String[] cols = line.split("\t", -1);
                if (cols.length < 2 || !STRATEGIES.contains(cols[0].strip())) {
                    throw new IOException(file + ":" + number + ": expected one of " + STRATEGIES + " then the response");
                }
                rows.add(new LabelledText(cols[0].strip(), cols[1], cols.length > 2 ? cols[2] : ""));
            }
        }
        return rows;
    }
}
