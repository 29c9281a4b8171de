package org.practicum.core.safety;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.practicum.core.config.YamlNode;

/**
 * The out-of-role message with crisis resources, from {@code config/crisis-resources.yaml}: a default
 * and optional overrides per community (Discord guild id or Slack team id).
 */
public final class CrisisResources {

    private final String defaultText;
    private final Map<String, String> byCommunity;

    public CrisisResources(String defaultText, Map<String, String> byCommunity) {
        this.defaultText = defaultText;
        this.byCommunity = Map.copyOf(byCommunity);
    }

    public static CrisisResources load(Path file) {
        YamlNode root = YamlNode.parse(file);
        Map<String, String> communities = new LinkedHashMap<>();
        root.optional("communities").ifPresent(node -> node.entries()
                .forEach((id, value) -> communities.put(id, value.required("message").nonBlankString())));
        return new CrisisResources(root.required("default").required("message").nonBlankString(), communities);
    }

    public String messageFor(String community) {
        return byCommunity.getOrDefault(community == null ? "" : community, defaultText);
    }
}
