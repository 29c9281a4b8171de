package org.practicum.app;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.practicum.core.config.ConfigException;

/** practice.late-after-minutes, read when the bots start taking up unanswered messages. */
class InboxSettingTest {

    @TempDir
    Path data;

    @Test
    void a_late_limit_under_one_minute_stops_the_start_with_the_settings_name() {
        Cli cli = new Cli(data).with("PRACTICUM_PRACTICE_LATE_AFTER_MINUTES", "0");
        try (Practicum practicum = Practicum.open(Cli.CONFIG, cli.env())) {
            ConfigException e = assertThrows(ConfigException.class, practicum::inboxRecovery);
            assertTrue(e.getMessage().contains("practice.late-after-minutes") && e.getMessage().contains("at least 1"),
                    e.getMessage());
        }
    }

    @Test
    void the_shipped_limit_of_ten_minutes_is_read() {
        Cli cli = new Cli(data);
        try (Practicum practicum = Practicum.open(Cli.CONFIG, cli.env())) {
            assertTrue(practicum.settings().integer("practice.late-after-minutes") == 10);
            practicum.inboxRecovery().close();
        }
    }
}
