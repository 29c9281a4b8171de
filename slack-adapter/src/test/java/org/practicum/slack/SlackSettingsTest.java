package org.practicum.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.practicum.core.config.ConfigException;
import org.practicum.core.config.Settings;

class SlackSettingsTest {

    @Test
    void the_shipped_configuration_runs_socket_mode_against_slack_with_no_alert_channel() {
        SlackSettings s = SlackSettings.from(Settings.load(TestEngine.CONFIG.resolve("application.yaml"), Map.of()));

        assertEquals(SlackSettings.Mode.SOCKET, s.mode());
        assertEquals(SlackSettings.DEFAULT_API_URL, s.apiUrl());
        assertEquals(Optional.empty(), s.facilitatorChannel());
        assertEquals(List.of(), s.facilitators());
        assertTrue(s.adminsFacilitate());
    }

    @Test
    void environment_variables_override_the_mode_port_api_url_and_facilitators() {
        SlackSettings s = SlackSettings.from(Settings.load(TestEngine.CONFIG.resolve("application.yaml"), Map.of(
                "PRACTICUM_SLACK_MODE", "http", "PRACTICUM_SLACK_PORT", "8080",
                "PRACTICUM_SLACK_API_URL", "https://slack-gov.com/api",
                "PRACTICUM_SLACK_FACILITATORS_USERS", "U1, U2", "PRACTICUM_SLACK_FACILITATOR_CHANNEL", "CFAC")));

        assertEquals(SlackSettings.Mode.HTTP, s.mode());
        assertEquals(8080, s.port());
        assertEquals("https://slack-gov.com/api/", s.apiUrl());
        assertEquals(List.of("U1", "U2"), s.facilitators());
        assertEquals(Optional.of("CFAC"), s.facilitatorChannel());
    }

    @Test
    void an_unknown_mode_fails_naming_the_setting() {
        var e = assertThrows(ConfigException.class, () -> SlackSettings.from(Settings.load(
                TestEngine.CONFIG.resolve("application.yaml"), Map.of("PRACTICUM_SLACK_MODE", "webhook"))));
        assertTrue(e.getMessage().contains("slack.mode"), e.getMessage());
    }

    @Test
    void credentials_never_show_in_their_string_form() {
        String shown = new SlackCredentials("xoxb-TOKEN1", "xapp-TOKEN2", "TOKEN3").toString();
        assertTrue(!shown.contains("TOKEN"), shown);
    }
}
