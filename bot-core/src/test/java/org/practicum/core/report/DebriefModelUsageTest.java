package org.practicum.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.practicum.core.session.Participant;
import org.practicum.core.session.PracticeEngine;
import org.practicum.core.session.SessionOrigin;
import org.practicum.core.testing.Fixtures;

class DebriefModelUsageTest {

    @TempDir
    Path data;

    @Test
    void the_debrief_shows_the_model_usage_its_source_reports_for_that_session() {
        // given debriefs whose usage source knows one session
        ModelUsage usage = new ModelUsage(7, 5200, 640, 850, 2100, 1);
        String[] started = new String[1];
        ModelUsageSource source = id -> id.equals(started[0]) ? usage : null;
        PracticeEngine engine = Fixtures.engine(data.resolve("a"), Fixtures.ruleAnalyzer(), Fixtures.scriptedVoice(),
                Fixtures.templateSuggestions());
        Debriefs debriefs = Fixtures.debriefs(engine, data.resolve("a"), source);
        started[0] = engine.start("exam-stress", new Participant("t1", "Trainee"), SessionOrigin.terminal(), 1L)
                .sessionId();
        engine.reply(started[0], "That sounds like a lot to carry.");

        // when the session ends
        Debrief debrief = debriefs.end(started[0]);

        // then its debrief carries exactly that usage
        assertEquals(usage, debrief.modelUsage());
    }

    @Test
    void an_offline_engine_debriefs_without_model_usage() {
        PracticeEngine engine = Fixtures.engine(data.resolve("b"), Fixtures.ruleAnalyzer(), Fixtures.scriptedVoice(),
                Fixtures.templateSuggestions());
        Debriefs debriefs = Fixtures.debriefs(engine, data.resolve("b"));
        String id = engine.start("exam-stress", new Participant("t1", "Trainee"), SessionOrigin.terminal(), 1L)
                .sessionId();

        assertNull(debriefs.end(id).modelUsage());
    }
}
