package org.practicum.slack;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.event.MessageEvent;

/**
 * Messages in threads: a trainee's reply goes to the engine. Messages from bots (Practicum's own
 * included), edits and other subtypes, messages outside threads and events Slack delivers again are
 * ignored; Bolt routes edits and deletions to their own subtypes, which are acknowledged unhandled.
 */
final class ThreadReplies {

    private final SlackPractice practice;
    private final SeenEvents seen;

    ThreadReplies(SlackPractice practice, SeenEvents seen) {
        this.practice = practice;
        this.seen = seen;
    }

    Response handle(EventsApiPayload<MessageEvent> payload, EventContext ctx) {
        MessageEvent e = payload.getEvent();
        boolean fromPerson = e.getBotId() == null && e.getUser() != null && e.getSubtype() == null
                && e.getEdited() == null;
        boolean inThread = e.getThreadTs() != null && !e.getThreadTs().equals(e.getTs());
        if (fromPerson && inThread && seen.firstTime(payload.getEventId())) {
            practice.reply(new ThreadKey(e.getChannel(), e.getThreadTs()), e.getUser(), Mrkdwn.plain(e.getText()),
                    e.getTs());
        }
        return ctx.ack();
    }
}
