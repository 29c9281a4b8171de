package org.practicum.app;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Runs the real command line in-process with the shipped config and a private data directory. */
final class Cli {

    static final Path CONFIG = Path.of("..", "config").toAbsolutePath().normalize();

    record Result(int exitCode, String out, String err) {
        List<String> lines() {
            return out.isEmpty() ? List.of() : Arrays.asList(out.split("\n"));
        }

        String lastLine() {
            List<String> lines = lines();
            return lines.get(lines.size() - 1);
        }
    }

    private final Map<String, String> env = new HashMap<>();

    Cli(Path dataDir) {
        env.put("PRACTICUM_CONFIG_DIR", CONFIG.toString());
        env.put("PRACTICUM_STORAGE_DATA_DIR", dataDir.toString());
        env.put("PRACTICUM_ANALYSIS_EMBEDDINGS", "false");
    }

    Cli with(String name, String value) {
        env.put(name, value);
        return this;
    }

    Map<String, String> env() {
        return env;
    }

    Result run(String stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, env, false, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
