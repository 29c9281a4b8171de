package org.practicum.slack;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.practicum.core.config.Settings;
import org.practicum.core.presentation.PublicDebrief;

/**
 * The {@code slack:} section of application.yaml.
 *
 * @param apiUrl              the Web API base URL, ending in a slash
 * @param facilitatorChannel  where crisis alerts go (a channel id), empty for none
 * @param facilitators        user ids who may run group sessions
 * @param facilitatorGroup    a user group id whose members may run group sessions, empty for none
 * @param adminsFacilitate    whether workspace admins and owners may run group sessions
 * @param publicDebrief       what the thread is shown when a session ends (the top-level debrief.public)
 */
public record SlackSettings(Mode mode, int port, String apiUrl, Optional<String> facilitatorChannel,
                            List<String> facilitators, Optional<String> facilitatorGroup, boolean adminsFacilitate,
                            PublicDebrief publicDebrief) {

    /** Socket Mode needs no public URL; HTTP serves Slack's requests on a port. */
    public enum Mode { SOCKET, HTTP }

    public static final String DEFAULT_API_URL = "https://slack.com/api/";

    public SlackSettings {
        apiUrl = apiUrl.endsWith("/") ? apiUrl : apiUrl + "/";
        facilitators = List.copyOf(facilitators);
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be between 0 and 65535, was " + port);
        }
    }

    public static SlackSettings from(Settings settings) {
        Mode mode = switch (settings.string("slack.mode").strip().toLowerCase(Locale.ROOT)) {
            case "socket" -> Mode.SOCKET;
            case "http" -> Mode.HTTP;
            default -> throw settings.invalid("slack.mode", "must be 'socket' or 'http'");
        };
        int port = settings.integer("slack.port");
        if (port < 1 || port > 65535) {
            throw settings.invalid("slack.port", "must be between 1 and 65535");
        }
        String apiUrl = settings.optionalString("slack.api-url").orElse(DEFAULT_API_URL);
        if (!apiUrl.startsWith("https://") && !apiUrl.startsWith("http://")) {
            throw settings.invalid("slack.api-url", "must be an http(s) URL such as " + DEFAULT_API_URL);
        }
        return new SlackSettings(mode, port, apiUrl, settings.optionalString("slack.facilitator-channel"),
                settings.strings("slack.facilitators.users"), settings.optionalString("slack.facilitators.user-group"),
                settings.bool("slack.facilitators.workspace-admins"), PublicDebrief.from(settings));
    }
}
