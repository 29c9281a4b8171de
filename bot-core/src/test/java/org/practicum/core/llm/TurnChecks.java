package org.practicum.core.llm;

import java.util.ArrayList;
import java.util.List;
import org.practicum.core.scenario.Line;
import org.practicum.core.scenario.Scenario;
import org.practicum.core.session.Notice;
import org.practicum.core.session.SessionUpdate;
import org.practicum.core.testing.Fixtures;

/** What the provider tests read off a turn: whether the client's line is authored, and the fallback notice. */
final class TurnChecks {

    private TurnChecks() {
    }

    /** True if the text holds a line written in the exam-stress scenario, i.e. the offline voice spoke. */
    static boolean authored(String text) {
        Scenario scenario = Fixtures.scenarios().find("exam-stress").orElseThrow();
        List<String> lines = new ArrayList<>();
        scenario.reactions().values().forEach(ls -> ls.stream().map(Line::text).forEach(lines::add));
        scenario.layers().forEach(l -> {
            l.disclose().forEach(x -> lines.add(x.text()));
            l.elaborate().forEach(x -> lines.add(x.text()));
            l.cues().forEach(c -> {
                c.lines().forEach(x -> lines.add(x.text()));
                c.whenAsked().forEach(x -> lines.add(x.text()));
            });
        });
        scenario.thanks().forEach(x -> lines.add(x.text()));
        scenario.leave().forEach(x -> lines.add(x.text()));
        return lines.stream().anyMatch(text::contains);
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
