package org.practicum.core.classify;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import org.practicum.core.analysis.Move;

/**
 * The probability from which the move head raises each move, chosen by grouped k-fold on the
 * authored move data ({@code practicum train --heads moves}); above 1 a move is never raised.
 */
public record MoveThresholds(Map<Move, Double> byMove) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public MoveThresholds {
        byMove = Map.copyOf(new EnumMap<>(byMove));
        for (Move m : Move.values()) {
            if (!byMove.containsKey(m)) {
                throw new IllegalArgumentException("no threshold for move " + m.id());
            }
        }
    }

    public double of(Move move) {
        return byMove.get(move);
    }

    public void write(Path file) {
        Map<String, Double> json = new TreeMap<>();
        byMove.forEach((m, t) -> json.put(m.id(), t));
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            JSON.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), json);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write move thresholds " + file, e);
        }
    }

    public static MoveThresholds read(InputStream in) throws IOException {
        Map<Move, Double> byMove = new EnumMap<>(Move.class);
        JSON.readTree(in).fields().forEachRemaining(e -> byMove.put(Move.parse(e.getKey()), e.getValue().asDouble()));
        return new MoveThresholds(byMove);
    }

    public static MoveThresholds readResource(String name) {
        return HeadFiles.readResource(name, MoveThresholds::read);
    }
}
