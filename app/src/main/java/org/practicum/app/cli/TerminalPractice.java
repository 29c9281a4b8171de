package org.practicum.app.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.practicum.app.Practicum;
import org.practicum.core.scenario.Scenario;
import org.practicum.core.session.Participant;
import org.practicum.core.session.SessionOrigin;
import org.practicum.core.session.SessionUpdate;

/** {@code practicum} at a terminal: pick a scenario, then chat with the client. */
public final class TerminalPractice {

    private final Practicum practicum;
    private final PrintWriter out;
    private final BufferedReader in;

    public TerminalPractice(Practicum practicum, PrintWriter out) {
        this(practicum, out, new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)));
    }

    TerminalPractice(Practicum practicum, PrintWriter out, BufferedReader in) {
        this.practicum = practicum;
        this.out = out;
        this.in = in;
    }

    public int run() throws IOException {
        List<Scenario> scenarios = practicum.scenarios().all();
        out.println("Practicum: practise supportive conversations with a simulated person.");
        out.println("Pick a scenario:");
        for (int i = 0; i < scenarios.size(); i++) {
            Scenario s = scenarios.get(i);
            out.printf("  %2d. %-13s %s%n", i + 1, s.difficulty().id(), s.title());
        }
        Scenario chosen = null;
        while (chosen == null) {
            out.print("number (or q to quit)> ");
            out.flush();
            String line = in.readLine();
            if (line == null || line.strip().equalsIgnoreCase("q")) {
                return 0;
            }
            try {
                int n = Integer.parseInt(line.strip());
                if (n >= 1 && n <= scenarios.size()) {
                    chosen = scenarios.get(n - 1);
                }
            } catch (NumberFormatException e) {
                chosen = practicum.scenarios().find(line.strip()).orElse(null);
            }
            if (chosen == null) {
                out.println("Type a number from 1 to " + scenarios.size() + ".");
            }
        }
        TextOutput output = new TextOutput(out, practicum.emoji());
        SessionUpdate first = practicum.engine().start(chosen.id(),
                new Participant("terminal", System.getProperty("user.name")), SessionOrigin.terminal(), null);
        output.introduce(chosen, first.sessionId());
        output.update(first);
        new PracticeLoop(practicum.engine(), practicum.debriefs(), output).run(first.sessionId(), in, () -> {
            out.print("you> ");
            out.flush();
        });
        return 0;
    }
}
