package org.practicum.app.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.practicum.core.report.Debriefs;
import org.practicum.core.session.InboxEntry;
import org.practicum.core.session.PracticeEngine;
import org.practicum.core.session.PracticeException;
import org.practicum.core.session.SessionStatus;
import org.practicum.core.session.SessionUpdate;

/**
 * Reads trainee lines until the end and feeds them to the engine. {@code /retry}, {@code /hint},
 * {@code /resume} and {@code /end} are commands; end of input is a normal end with a debrief. Each line
 * is recorded in the inbox as soon as it is read, so one that a stopped process never answered is
 * answered first when the session is resumed.
 */
public final class PracticeLoop {

    /** The inbox's name for lines typed at a terminal, and for who typed them: the session's own trainee. */
    static final String PLATFORM = "terminal";
    private static final String SPEAKER = "terminal";

    private final PracticeEngine engine;
    private final Debriefs debriefs;
    private final PracticeOutput output;

    public PracticeLoop(PracticeEngine engine, Debriefs debriefs, PracticeOutput output) {
        this.engine = engine;
        this.debriefs = debriefs;
        this.output = output;
    }

    /** Runs the session to its end; a refused message is reported and the loop goes on. */
    public void run(String sessionId, BufferedReader input, Runnable prompt) throws IOException {
        SessionUpdate current = null;
        for (InboxEntry unanswered : engine.inbox().unanswered(sessionId)) {
            try {
                Optional<SessionUpdate> update = answer(sessionId, unanswered.text(), unanswered.eventKey());
                if (update.isPresent() && shownEnded(current = update.get())) {
                    return;
                }
            } catch (PracticeException e) {
                output.error(sessionId, TerminalSteps.refusal(e));
            }
        }
        while (true) {
            prompt.run();
            String line = input.readLine();
            if (line == null) {
                break;
            }
            String command = line.strip().toLowerCase(java.util.Locale.ROOT);
            try {
                switch (command) {
                    case "/end", "/quit", "/exit" -> {
                        output.debrief(debriefs.end(sessionId));
                        return;
                    }
                    case "/retry" -> output.reshow(current = engine.retry(sessionId));
                    case "/resume" -> output.reshow(current = engine.resume(sessionId));
                    case "/hint" -> output.hint(current != null ? current : engine.resume(sessionId));
                    default -> {
                        Optional<SessionUpdate> update = answer(sessionId, line, "line-" + UUID.randomUUID());
                        if (update.isPresent() && shownEnded(current = update.get())) {
                            return;
                        }
                    }
                }
            } catch (PracticeException e) {
                output.error(sessionId, TerminalSteps.refusal(e));
            }
        }
        if (engine.find(sessionId).map(s -> s.status() != SessionStatus.ENDED).orElse(false)) {
            output.debrief(debriefs.end(sessionId));
        }
    }

    /**
     * A line through the inbox: recorded, answered, done (refused too). Empty if the inbox's test hook halted
     * it, or if its turn was stored already: the last turn is what {@code --resume} showed first.
     */
    private Optional<SessionUpdate> answer(String sessionId, String line, String eventKey) {
        AtomicReference<SessionUpdate> answered = new AtomicReference<>();
        engine.inbox().receive(PLATFORM, eventKey, sessionId, SPEAKER, line, () -> {
            try {
                // The client's line is shown as soon as it is spoken; the coaching follows it.
                SessionUpdate update = engine.reply(sessionId, null, line, eventKey, output::clientLine);
                answered.set(update.replayed() ? null : update);
            } finally {
                // Storing the turn marked it done already; a refusal or a pause for a crisis stores none.
                engine.inbox().done(sessionId, eventKey);
            }
        });
        return Optional.ofNullable(answered.get());
    }

    /** Shows an answer, and the debrief if it ended the session; whether it did. */
    private boolean shownEnded(SessionUpdate update) {
        if (update.client() == null) {
            output.update(update); // a pause has no line: its update is all there is
        } else {
            output.coaching(update);
        }
        debriefs.after(update).ifPresent(output::debrief);
        return update.status() == SessionStatus.ENDED;
    }
}
