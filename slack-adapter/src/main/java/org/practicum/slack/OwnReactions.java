package org.practicum.slack;

import com.slack.api.methods.request.conversations.ConversationsRepliesRequest.ConversationsRepliesRequestBuilder;
import com.slack.api.methods.response.conversations.ConversationsRepliesResponse;
import com.slack.api.model.Message;
import com.slack.api.model.Reaction;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The bot's own reactions on a thread's messages, and which of them are client lines (by their
 * {@link ClientLine} metadata), read back from Slack (conversations.replies), so where the status was
 * and which message holds a turn are known even after a restart or when another instance posted them.
 */
final class OwnReactions {

    /** One message as the thread showed it: the reactions the bot has on it (most often none). */
    record Seen(String ts, List<String> mine, Optional<ClientLine> line) {
        Seen {
            mine = List.copyOf(mine);
        }
    }

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
     * Every message of the thread up to and including {@code latestTs} that Slack returned, oldest first;
     * empty when the thread could not be read at all.
     */
    Optional<List<Seen>> upTo(ThreadKey thread, String latestTs) {
        return read(thread, r -> r.latest(latestTs).inclusive(true));
    }

    /** Every message of the thread from {@code oldestTs} on, that one included. */
    Optional<List<Seen>> from(ThreadKey thread, String oldestTs) {
        return read(thread, r -> r.oldest(oldestTs).inclusive(true));
    }

    /** The whole thread. */
    Optional<List<Seen>> all(ThreadKey thread) {
        return read(thread, r -> r);
    }

    private Optional<List<Seen>> read(ThreadKey thread, UnaryOperator<ConversationsRepliesRequestBuilder> bounds) {
        Optional<String> me = bot.id();
        if (me.isEmpty()) {
            return Optional.empty();
        }
        List<Seen> seen = new ArrayList<>();
        String cursor = null;
        for (int page = 0; page < MAX_PAGES; page++) {
            String from = cursor;
            Optional<ConversationsRepliesResponse> answer = api.call("conversations.replies", m -> m
                    .conversationsReplies(r -> bounds.apply(r.channel(thread.channel()).ts(thread.ts()))
                            .includeAllMetadata(true).limit(PAGE_SIZE).cursor(from)));
            if (answer.isEmpty()) {
                break; // what earlier pages showed still counts
            }
            for (Message message : answer.get().getMessages() == null ? List.<Message>of() : answer.get().getMessages()) {
                seen.add(new Seen(message.getTs(), mine(message, me.get()), ClientLine.of(message.getMetadata())));
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
