package org.practicum.discord;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import org.practicum.core.analysis.Flag;
import org.practicum.core.presentation.Coaching;
import org.practicum.core.presentation.DebriefSummary;
import org.practicum.core.presentation.MemberFeedback;
import org.practicum.core.report.Debrief;
import org.practicum.core.session.Participant;
import org.practicum.core.session.PracticeException;
import org.practicum.core.session.Session;
import org.practicum.core.session.SessionStatus;
import org.practicum.core.session.TurnRecord;

/**
 * The buttons, answered ephemerally to the person who clicked: suggestions and feedback only for the
 * session's own people, "this is X's session" for anyone else. The session comes from the button's id
 * through the engine, so buttons from before a restart still work.
 */
final class Buttons {

    private final Practice practice;

    Buttons(Practice practice) {
        this.practice = practice;
    }

    void handle(ButtonInteractionEvent event, ComponentId id) {
        // Answered within Discord's 3 s even while a slow model turn holds the session.
        Optional<Session> found = practice.engine().committed(id.sessionId());
        if (found.isEmpty()) {
            event.reply("This practice session no longer exists.").setEphemeral(true).queue();
            return;
        }
        Session session = found.get();
        switch (id.action()) {
            case SUGGESTIONS -> suggestions(event, session, id.turn());
            case FEEDBACK -> feedback(event, session);
            case JOIN -> join(event, session);
        }
    }

    private void suggestions(ButtonInteractionEvent event, Session session, int turn) {
        if (!Access.isOwnPeople(session, event.getUser().getId())) {
            event.reply(Access.notYours(session)).setEphemeral(true).queue();
            return;
        }
        // The active attempt of that turn, or the newest one if it was taken back with /practice retry.
        Optional<TurnRecord> record = session.turns().stream().filter(t -> t.turn() == turn)
                .max(Comparator.comparing((TurnRecord t) -> !t.superseded()).thenComparing(TurnRecord::attempt));
        if (record.isEmpty() || record.get().client() == null) {
            event.reply("There is nothing to suggest for this message.").setEphemeral(true).queue();
            return;
        }
        TurnRecord t = record.get();
        List<Flag> flags = t.analysis() == null ? List.of() : t.analysis().flags();
        String panel = Texts.suggestionsPanel(Coaching.of(practice.clientName(session), t.client(), flags,
                t.suggestions()));
        if (t.superseded()) {
            panel = "-# You took this reply back with /practice retry.\n" + panel;
        }
        SessionCommands.replyEphemeral(event, panel);
    }

    private void feedback(ButtonInteractionEvent event, Session session) {
        if (!Access.isOwnPeople(session, event.getUser().getId())) {
            event.reply(Access.notYours(session)).setEphemeral(true).queue();
            return;
        }
        if (session.status() != SessionStatus.ENDED) {
            // Ending it here would surprise someone who reopened it with /practice retry.
            event.reply("This session was reopened. End it with `/practice end` for a fresh debrief.")
                    .setEphemeral(true).queue();
            return;
        }
        event.deferReply(true).queue();
        Debrief debrief = practice.debriefs().end(session.id());
        if (practice.poster().figuresPrivate()) {
            event.getHook().sendMessage(practice.poster().summary(debrief, DebriefSummary.of(debrief).hint()).build())
                    .setEphemeral(true).queue();
        }
        // Each member reads the flags on their own replies first.
        String panel = Texts.feedbackPanel(MemberFeedback.of(debrief.forMember(event.getUser().getId())));
        for (String piece : MessageSplitter.split(panel)) {
            event.getHook().sendMessage(piece).setEphemeral(true).queue();
        }
    }

    private void join(ButtonInteractionEvent event, Session session) {
        Participant who = Access.participant(event.getUser(), event.getMember());
        // Enrolling waits for a turn in progress, which may outlast the click's 3 s.
        event.deferReply(true).queue();
        try {
            List<Participant> roster = practice.engine().enrol(session.id(), who);
            event.getHook().sendMessage("You joined. Reply to " + practice.clientName(session) + " in this thread; "
                    + "take turns with the " + (roster.size() - 1) + " other(s) who joined.").setEphemeral(true).queue();
            event.getChannel().sendMessage(Texts.notice(who.displayName() + " joined the group session.")).queue();
        } catch (PracticeException e) {
            event.getHook().sendMessage(Texts.refusal(e)).setEphemeral(true).queue();
        }
    }
}
