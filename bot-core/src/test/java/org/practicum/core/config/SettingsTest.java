package org.practicum.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.practicum.core.testing.Fixtures;

class SettingsTest {

    private static final String YAML = """
            storage:
              data-dir: ./data
              retention-days: 90
            practice:
              max-message-chars: 4000
            """;

    @Test
    void an_environment_variable_overrides_the_setting_of_the_same_path() {
        Settings s = Settings.from(YamlNode.parse("application.yaml", YAML),
                Map.of("PRACTICUM_STORAGE_DATA_DIR", "/tmp/x"));
        assertEquals("/tmp/x", s.string("storage.data-dir"));
        assertEquals(90, s.integer("storage.retention-days"));
    }

    @Test
    void the_env_name_is_the_path_upper_case_with_dots_and_dashes_as_underscores() {
        assertEquals("PRACTICUM_STORAGE_DATA_DIR", Settings.envName("storage.data-dir"));
    }

    @Test
    void a_bad_value_names_the_file_and_line() {
        Settings s = Settings.from(YamlNode.parse("application.yaml", YAML.replace("4000", "lots")), Map.of());
        ConfigException e = assertThrows(ConfigException.class, () -> s.integer("practice.max-message-chars"));
        assertEquals("application.yaml:5: practice.max-message-chars should be a whole number, was 'lots'",
                e.getMessage());
    }

    @Test
    void a_bad_value_from_the_environment_names_the_variable() {
        Settings s = Settings.from(YamlNode.parse("application.yaml", YAML),
                Map.of("PRACTICUM_STORAGE_RETENTION_DAYS", "forever"));
        ConfigException e = assertThrows(ConfigException.class, () -> s.integer("storage.retention-days"));
        assertTrue(e.getMessage().startsWith("environment variable PRACTICUM_STORAGE_RETENTION_DAYS"), e.getMessage());
    }

    @Test
    void malformed_yaml_is_reported_with_its_line() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> YamlNode.parse("application.yaml", "storage:\n  data-dir: ./x\n   bad: [\n"));
        assertEquals("application.yaml", e.file());
        assertTrue(e.line() >= 3, e.getMessage());
    }

    @Test
    void unknown_practicum_variables_are_reported_but_secrets_are_not() {
        Settings s = Settings.from(YamlNode.parse("application.yaml", YAML), Map.of());
        List<String> unknown = s.unknownEnvironmentVariables(Map.of("PRACTICUM_STORAGE_DATADIR", "x",
                "PRACTICUM_LLM_API_KEY", "k", "PRACTICUM_STORAGE_DATA_DIR", "y"));
        assertEquals(List.of("PRACTICUM_STORAGE_DATADIR"), unknown);
    }

    @Test
    void the_variables_the_launcher_and_the_log_configuration_read_are_not_reported_as_unknown() throws Exception {
        Settings s = Settings.load(Fixtures.CONFIG.resolve("application.yaml"), Map.of());
        Map<String, String> env = new java.util.TreeMap<>();
        for (Path file : List.of(Fixtures.CONFIG.resolveSibling("practicum"), Fixtures.CONFIG.resolve("logback.xml"))) {
            Matcher m = Pattern.compile("PRACTICUM_[A-Z_]+").matcher(Files.readString(file));
            while (m.find()) {
                env.put(m.group(), "x");
            }
        }
        assertTrue(env.containsKey("PRACTICUM_JAVA_OPTS"), "the launcher passes PRACTICUM_JAVA_OPTS to java: " + env);
        assertEquals(List.of(), s.unknownEnvironmentVariables(env));
    }

    @Test
    void the_shipped_configuration_loads_and_documents_every_setting_with_a_comment() throws Exception {
        Settings s = Settings.load(Fixtures.CONFIG.resolve("application.yaml"), Map.of());
        assertTrue(s.has("storage.data-dir"));
        List<String> lines = java.nio.file.Files.readAllLines(Fixtures.CONFIG.resolve("application.yaml"));
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            boolean isLeafSetting = line.matches("\\s*[a-z-]+:\\s*\\S.*") && !line.strip().startsWith("#");
            if (isLeafSetting) {
                assertTrue(lines.get(i - 1).strip().startsWith("#"), "undocumented setting at line " + (i + 1)
                        + ": " + line);
            }
        }
    }

    @Test
    void secrets_are_read_from_the_environment_and_never_printed() {
        Secrets secrets = new Secrets(Map.of("DISCORD_TOKEN", "abc.def.ghi", "PRACTICUM_LLM_API_KEY", " "));
        assertEquals("abc.def.ghi", secrets.get(Secrets.DISCORD_TOKEN).orElseThrow());
        assertFalse(secrets.has(Secrets.LLM_API_KEY), "a blank key counts as absent");
        assertEquals("Secrets[DISCORD_TOKEN]", secrets.toString());
        assertThrows(IllegalArgumentException.class, () -> secrets.get("HOME"));
    }
}
