package org.practicum.core.classify;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.practicum.core.cue.CueKind;

/**
 * Authored client lines with and without a distress cue ({@code training/cues.tsv}), shipped with
 * their embeddings so start-up does not embed hundreds of lines. A new line is compared with them:
 * close to a cue line and not closer to an ordinary one means it probably carries that cue.
 *
 * @param similarityThreshold the cosine a cue exemplar must reach (chosen by cross-validation on the
 *     exemplars for recall, see training/README.md)
 * @param margin how far a cue exemplar may trail the nearest ordinary line and still count; positive
 *     because missing a cue is worse than a false alarm
 */
public record CueExemplars(String source, double similarityThreshold, double margin, List<Exemplar> exemplars) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One authored line; {@code kind} is null for an ordinary line with no cue. */
    public record Exemplar(CueKind kind, String text, float[] vector) {
        public Exemplar {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(vector, "vector");
        }
    }

    public CueExemplars {
        Objects.requireNonNull(source, "source");
        exemplars = List.copyOf(exemplars);
        if (exemplars.stream().noneMatch(e -> e.kind() != null) || exemplars.stream().noneMatch(e -> e.kind() == null)) {
            throw new IllegalArgumentException("need exemplars both with and without a cue");
        }
    }

    public CueExemplars withTuning(double newThreshold, double newMargin) {
        return new CueExemplars(source, newThreshold, newMargin, exemplars);
    }

    public void write(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            JSON.writeValue(file.toFile(), this);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    public static CueExemplars read(InputStream in) throws IOException {
        return JSON.readValue(in, CueExemplars.class);
    }

    public static CueExemplars readResource(String name) {
        return HeadFiles.readResource(name, CueExemplars::read);
    }
}
