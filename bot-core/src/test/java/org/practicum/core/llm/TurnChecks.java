package org.practicum.core.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Function;
import org.practicum.core.scenario.Line;
import org.practicum.core.scenario.Scenario;
import org.practicum.core.session.Notice;
import org.practicum.core.session.SessionUpdate;
import org.practicum.core.testing.Fixtures;

/** What the provider tests read off a turn: whether the client's line is authored, and the fallback notice. */
final class TurnChecks {

    static final String RISK_QUESTION = "have you had any thoughts of ending your life?";

    /** A turn and how many requests the client role made for it. */
    record Asked(SessionUpdate update, int clientRequests) {
    }

    private TurnChecks() {
    }

    /** In a new session the trainee asks about risk while the client role answers {@code clientAnswer}. */
    static Asked askAboutRisk(Harness h, FakeModelServer server,
                              Function<FakeModelServer.Request, FakeModelServer.Reply> clientAnswer) {
        String id = h.startSession();
        server.script(r -> r.role().equals("client") ? clientAnswer.apply(r) : FakeModelServer.valid(r));
        int before = server.requests("client").size();
        SessionUpdate update = h.engine.reply(id, RISK_QUESTION);
        return new Asked(update, server.requests("client").size() - before);
    }

    /** The offline client spoke, the trainee was told a filter withheld the answer, and nobody asked twice. */
    static void assertWithheldByTheFilter(Asked asked) {
        SessionUpdate update = asked.update();
        assertTrue(authored(update.client().text()), update.client().text());
        assertTrue(fallbackNotice(update).startsWith("The model's safety filter withheld its answer"),
                fallbackNotice(update));
        assertEquals(1, asked.clientRequests(), "the same filter was not asked again");
        assertEquals(1, update.turn());
    }

    /** True if the text holds a line written in the exam-stress scenario, i.e. the offline voice spoke. */
    static boolean authored(String text) {
        Scenario scenario = Fixtures.scenarios().find("exam-stress").orElseThrow();
        return scenario.allLines().stream().map(Line::text).anyMatch(text::contains);
    }


    /** The fallback notice's text, or "" if the turn had none. */
    static String fallbackNotice(SessionUpdate update) {
        String n = fallbackOrNull(update);
        return n == null ? "" : n;
    }

    static String fallbackOrNull(SessionUpdate update) {
        return update.notices().stream().filter(n -> n.kind() == Notice.Kind.FALLBACK).map(Notice::text).findFirst()
                .orElse(null);
    }
}
