package org.practicum.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.BufferedReader;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.practicum.core.llm.OfflineRoles;
import org.practicum.core.report.Debrief;
import org.practicum.core.scenario.Scenario;
import org.practicum.core.session.Participant;
import org.practicum.core.session.PracticeEngine;
import org.practicum.core.session.SessionOrigin;
import org.practicum.core.session.SessionUpdate;
import org.practicum.core.storage.Database;
import org.practicum.core.testing.Fixtures;
import org.practicum.core.testing.HeldSuggestions;

/** At the terminal the client's line is printed while the coaching on the reply is still being made. */
class PracticeLoopLineFirstTest {

    @TempDir
    Path data;

    @Test
    void the_clients_line_is_printed_before_the_suggestions_exist_and_the_coaching_after_it() throws Exception {
        // given an engine whose suggestions wait until the client's line has been printed
        OfflineRoles offline = Fixtures.offlineRoles();
        HeldSuggestions suggestions = new HeldSuggestions(offline.suggestions());
        try (Database database = Database.embedded(data)) {
            PracticeEngine engine = Fixtures.offline(Fixtures.store(database))
                    .roles(offline.analyzer(), offline.client(), suggestions).build();
            String id = engine.start("exam-stress", new Participant("t1", "Trainee"), SessionOrigin.terminal(), 7L)
                    .sessionId();
            List<String> shown = new ArrayList<>();
            PracticeOutput output = new Recording(shown, suggestions);

            // when the trainee writes one reply, with some advice in it, and then the input ends
            new PracticeLoop(engine, Fixtures.debriefs(engine, data), output)
                    .run(id, new BufferedReader(new StringReader("you should make a study timetable.\n")), () -> { });

            // then the line came first, before the suggestions were made, and the coaching after it
            assertFalse(suggestions.gaveUp(), "the suggestions waited for a line that was never printed");
            assertEquals(List.of("line 1", "coaching 1 with suggestions", "debrief"), shown);
        }
    }

    /** What was printed, in order; printing the line lets the held suggestions go. */
    private record Recording(List<String> shown, HeldSuggestions suggestions) implements PracticeOutput {
        @Override
        public void introduce(Scenario scenario, String sessionId) {
        }

        @Override
        public void clientLine(SessionUpdate update) {
            shown.add("line " + update.turn());
            suggestions.release();
        }

        @Override
        public void coaching(SessionUpdate update) {
            shown.add("coaching " + update.turn() + (update.suggestions().items().isEmpty() ? "" : " with suggestions"));
        }

        @Override
        public void reshow(SessionUpdate update) {
            shown.add("reshow");
        }

        @Override
        public void hint(SessionUpdate update) {
            shown.add("hint");
        }

        @Override
        public void debrief(Debrief debrief) {
            shown.add("debrief");
        }

        @Override
        public void error(String sessionId, String message) {
            shown.add("error " + message);
        }
    }
}
