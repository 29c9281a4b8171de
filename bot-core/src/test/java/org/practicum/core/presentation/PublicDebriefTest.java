package org.practicum.core.presentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.practicum.core.config.ConfigException;
import org.practicum.core.config.Settings;
import org.practicum.core.testing.Fixtures;

class PublicDebriefTest {

    @Test
    void the_shipped_configuration_posts_the_summary_and_the_environment_can_make_it_minimal() {
        // given
        Settings shipped = Settings.load(Fixtures.CONFIG.resolve("application.yaml"), Map.of());
        Settings minimal = Settings.load(Fixtures.CONFIG.resolve("application.yaml"),
                Map.of("PRACTICUM_DEBRIEF_PUBLIC", "Minimal"));

        // when / then
        assertEquals(PublicDebrief.SUMMARY, PublicDebrief.from(shipped));
        assertEquals(PublicDebrief.MINIMAL, PublicDebrief.from(minimal));
    }

    @Test
    void another_value_is_refused_with_the_two_that_are_allowed() {
        // given
        Settings settings = Settings.load(Fixtures.CONFIG.resolve("application.yaml"),
                Map.of("PRACTICUM_DEBRIEF_PUBLIC", "everything"));

        // when
        ConfigException e = assertThrows(ConfigException.class, () -> PublicDebrief.from(settings));

        // then
        assertTrue(e.getMessage().contains("debrief.public must be 'summary' or 'minimal', was 'everything'"),
                e.getMessage());
    }
}
