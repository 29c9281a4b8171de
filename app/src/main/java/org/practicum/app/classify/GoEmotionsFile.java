package org.practicum.app.classify;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.practicum.core.emotion.EmotionCategory;

/**
 * GoEmotions with the Ekman grouping: {@code text<TAB>ids<TAB>comment id}, no header. Only rows with
 * exactly one label are kept (the judged convention); labels come back as {@link EmotionCategory} ids.
 */
final class GoEmotionsFile {

    /** Ekman ids 0..6 in the order of goemotions-ekman-labels.txt (joy is the seed's happiness). */
    static final List<String> LABELS = List.of(
            EmotionCategory.ANGER.id(), EmotionCategory.DISGUST.id(), EmotionCategory.FEAR.id(),
            EmotionCategory.HAPPINESS.id(), EmotionCategory.NEUTRAL.id(), EmotionCategory.SADNESS.id(),
            EmotionCategory.SURPRISE.id());

    private GoEmotionsFile() {}

    static List<LabelledText> readSingleLabel(Path file) throws IOException {
        List<LabelledText> rows = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int number = 0;
            while ((line = in.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                String[] cols = line.split("\t", -1);
                if (cols.length < 2) {
                    throw new IOException(file + ":" + number + ": expected text<TAB>label ids");
                }
                String ids = cols[1].strip();
                if (ids.contains(",")) {
                    continue;
                }
                rows.add(new LabelledText(label(ids, file, number), cols[0], ""));
            }
        }
        return rows;
    }

    private static String label(String id, Path file, int number) throws IOException {
        try {
            return LABELS.get(Integer.parseInt(id));
        } catch (NumberFormatException | IndexOutOfBoundsException e) {
            throw new IOException(file + ":" + number + ": label id '" + id + "' is not one of 0..6");
        }
    }
}
