package org.practicum.core.config;

import java.util.Map;
import java.util.Optional;

/**
 * Credentials, read only from the environment and never from files. {@link #toString()} names
 * which are present without revealing any, so a Secrets can be logged safely.
 */
public final class Secrets {

    public static final String DISCORD_TOKEN = "DISCORD_TOKEN";
    public static final String SLACK_BOT_TOKEN = "SLACK_BOT_TOKEN";
    public static final String SLACK_APP_TOKEN = "SLACK_APP_TOKEN";
    public static final String SLACK_SIGNING_SECRET = "SLACK_SIGNING_SECRET";
    public static final String LLM_API_KEY = "PRACTICUM_LLM_API_KEY";
    /** The shared PostgreSQL store's password (storage.url). */
    public static final String STORAGE_PASSWORD = "PRACTICUM_STORAGE_PASSWORD";

    private static final java.util.List<String> NAMES =
            java.util.List.of(DISCORD_TOKEN, SLACK_BOT_TOKEN, SLACK_APP_TOKEN, SLACK_SIGNING_SECRET, LLM_API_KEY,
                    STORAGE_PASSWORD);

    private final Map<String, String> env;

    public Secrets(Map<String, String> env) {
        this.env = Map.copyOf(env);
    }

    public Optional<String> get(String name) {
        if (!NAMES.contains(name)) {
            throw new IllegalArgumentException("not a secret: " + name);
        }
        String value = env.get(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }

    public boolean has(String name) {
        return get(name).isPresent();
    }

    @Override
    public String toString() {
        return "Secrets" + NAMES.stream().filter(this::has).toList();
    }
}
