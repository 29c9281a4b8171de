package org.practicum.discord;

import net.dv8tion.jda.api.utils.ConcurrentSessionController;

/** JDA's usual session controller, connecting to the configured gateway (Discord's by default). */
final class GatewaySessionController extends ConcurrentSessionController {

    private final String gatewayUrl;

    GatewaySessionController(String gatewayUrl) {
        this.gatewayUrl = gatewayUrl;
    }

    @Override
    public String getGateway() {
        return gatewayUrl;
    }
}
