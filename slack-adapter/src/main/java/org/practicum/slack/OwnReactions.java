package org.practicum.slack;

import com.slack.api.methods.response.conversations.ConversationsRepliesResponse;
import com.slack.api.model.Message;
import com.slack.api.model.Reaction;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The bot's own reactions on a thread's messages, read back from Slack (conversations.replies), so
 * where the status was is known even after a restart or when another instance put it there.
 */
final class OwnReactions {

    /** A practice thread is a few dozen messages: one page holds it. */
    static final int PAGE_SIZE = 200;
    /** A guard against paging through a thread that is not a practice session. */
    private static final int MAX_PAGES = 5;

    private final SlackWebApi api;
    private final BotUser bot;

    OwnReactions(SlackWebApi api, BotUser bot) {
        this.api = api;
        this.bot = bot;
    }

    /**
     * Every message of the thread up to and including {@code latestTs} that Slack returned, mapped to the
     * reactions the bot put on it (most often none); empty when the thread could not be read at all.
     */
    Optional<Map<String, List<String>>> upTo(ThreadKey thread, String latestTs) {
        Optional<String> me = bot.id();
        if (me.isEmpty()) {
            return Optional.empty();
        }
        Map<String, List<String>> seen = new LinkedHashMap<>();
        String cursor = null;
        for (int page = 0; page < MAX_PAGES; page++) {
            String from = cursor;
            Optional<ConversationsRepliesResponse> answer = api.call("conversations.replies", m -> m
                    .conversationsReplies(r -> r.channel(thread.channel()).ts(thread.ts()).latest(latestTs)
                            .inclusive(true).limit(PAGE_SIZE).cursor(from)));
            if (answer.isEmpty()) {
                break; // what earlier pages showed still counts
            }
            for (Message message : answer.get().getMessages() == null ? List.<Message>of() : answer.get().getMessages()) {
                seen.put(message.getTs(), mine(message, me.get()));
            }
            cursor = answer.get().getResponseMetadata() == null ? null
                    : answer.get().getResponseMetadata().getNextCursor();
            if (!answer.get().isHasMore() || cursor == null || cursor.isBlank()) {
                break;
            }
        }
        return seen.isEmpty() ? Optional.empty() : Optional.of(seen);
    }

    private static List<String> mine(Message message, String me) {
        List<Reaction> reactions = message.getReactions() == null ? List.of() : message.getReactions();
        return reactions.stream().filter(r -> r.getUsers() != null && r.getUsers().contains(me))
                .map(Reaction::getName).toList();
    }
}
