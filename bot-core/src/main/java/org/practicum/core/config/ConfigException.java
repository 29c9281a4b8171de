package org.practicum.core.config;

/**
 * A problem in a file a person edits (config or scenario), located so they can fix it:
 * {@code file:line: problem}. Line is 1-based, 0 when unknown.
 */
public final class ConfigException extends RuntimeException {

    private final String file;
    private final int line;
    private final String problem;

    public ConfigException(String file, int line, String problem) {
        super(line > 0 ? file + ":" + line + ": " + problem : file + ": " + problem);
        this.file = file;
        this.line = line;
        this.problem = problem;
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }

    public String problem() {
        return problem;
    }
}
