package org.practicum.app.cli;

import java.io.BufferedReader;
import java.io.IOException;
import org.practicum.core.report.Debriefs;
import org.practicum.core.session.PracticeEngine;
import org.practicum.core.session.PracticeException;
import org.practicum.core.session.SessionStatus;
import org.practicum.core.session.SessionUpdate;

/**
 * Reads trainee lines until the end and feeds them to the engine. {@code /retry}, {@code /hint},
 * {@code /resume} and {@code /end} are commands; end of input is a normal end with a debrief.
 */
public final class PracticeLoop {

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
                        // The client's line is shown as soon as it is spoken; the coaching follows it. A
                        // pause has no line: its update is all there is.
                        SessionUpdate update = engine.reply(sessionId, null, line, null, output::clientLine);
                        if (update.client() == null) {
                            output.update(update);
                        } else {
                            output.coaching(update);
                        }
                        debriefs.after(update).ifPresent(output::debrief);
                        current = update;
                        if (update.status() == SessionStatus.ENDED) {
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
}
