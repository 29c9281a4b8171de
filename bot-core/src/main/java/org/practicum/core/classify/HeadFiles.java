package org.practicum.core.classify;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Reads and writes heads as JSON: readable in a diff, and a few hundred KB at most. */
public final class HeadFiles {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The on-disk shape; kept apart from {@link LinearHead} so the file format can evolve on its own. */
    record HeadJson(int format, String source, List<String> labels, float[] bias, float[][] weights) {}

    private HeadFiles() {}

    public static void write(LinearHead head, Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            JSON.writeValue(file.toFile(), new HeadJson(1, head.source(), head.labels(), head.bias(), head.weights()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write head " + file, e);
        }
    }

    public static LinearHead read(InputStream in) throws IOException {
        HeadJson json = JSON.readValue(in, HeadJson.class);
        if (json.format() != 1) {
            throw new IOException("unsupported head format " + json.format());
        }
        return new LinearHead(json.source(), json.labels(), json.weights(), json.bias());
    }

    /** Loads a head shipped on the classpath, e.g. {@code models/emotion-head.json}. */
    public static LinearHead readResource(String name) {
        return readResource(name, HeadFiles::read);
    }

    /** How a shipped model file is parsed. */
    interface ModelReader<T> {
        T read(InputStream in) throws IOException;
    }

    /** Loads any model file shipped on the classpath, naming the command that rebuilds a missing one. */
    static <T> T readResource(String name, ModelReader<T> reader) {
        try (InputStream in = HeadFiles.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("model file " + name + " is missing from the classpath; run `practicum train`");
            }
            return reader.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read model file " + name, e);
        }
    }
}
