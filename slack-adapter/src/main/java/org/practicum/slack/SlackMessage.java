package org.practicum.slack;

import com.slack.api.model.block.LayoutBlock;
import java.util.List;

/** A message to post: Block Kit blocks and the plain text Slack shows in notifications. */
record SlackMessage(String text, List<LayoutBlock> blocks) {
    SlackMessage {
        blocks = List.copyOf(blocks);
    }
}
