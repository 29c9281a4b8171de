package org.practicum.slack;

import com.slack.api.methods.response.auth.AuthTestResponse;
import java.util.Optional;

/**
 * The bot's own Slack user id, which marks its reactions among everyone's. Asked of auth.test once and
 * kept; asked again only while Slack has not answered. (Bolt asks auth.test too, but keeps the answer to
 * its request contexts, and the reactions are updated after the request was acknowledged.)
 */
final class BotUser {

    private final SlackWebApi api;
    private volatile String id;

    BotUser(SlackWebApi api) {
        this.api = api;
    }

    Optional<String> id() {
        String known = id;
        if (known == null) {
            known = api.call("auth.test", m -> m.authTest(r -> r)).map(AuthTestResponse::getUserId).orElse(null);
            id = known;
        }
        return Optional.ofNullable(known);
    }
}
