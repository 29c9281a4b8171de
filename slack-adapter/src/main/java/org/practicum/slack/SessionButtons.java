package org.practicum.slack;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import org.practicum.core.session.SessionMode;

/** Practicum's buttons and the scenario menu; each is acknowledged at once and handled after. */
final class SessionButtons {

    private final SlackPractice practice;

    SessionButtons(SlackPractice practice) {
        this.practice = practice;
    }

    /** Retry, end, join or resume: the session's work is done after the ack. */
    Response press(BlockActionRequest request, ActionContext ctx) {
        BlockActionPayload p = request.getPayload();
        String messageTs = p.getContainer() != null ? p.getContainer().getMessageTs() : null;
        if (p.getChannel() != null && messageTs != null) {
            BlockActionPayload.Action action = p.getActions().get(0);
            practice.press(new ButtonPress(p.getUser().getId(), p.getChannel().getId(), messageTs, action.getValue(),
                    action.getActionId(), "click/" + action.getActionTs() + "/" + p.getUser().getId()));
        }
        return ctx.ack();
    }

    /** A scenario chosen in the picker that {@code /practice start} showed: a private session. */
    Response pickScenario(BlockActionRequest request, ActionContext ctx) {
        BlockActionPayload p = request.getPayload();
        var selected = p.getActions().get(0).getSelectedOption();
        if (selected != null && p.getChannel() != null) {
            practice.start(p.getTeam().getId(), p.getChannel().getId(), p.getUser().getId(), selected.getValue(),
                    SessionMode.PRIVATE, text -> { });
        }
        return ctx.ack();
    }
}
