package org.practicum.core.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.practicum.core.analysis.Flag;
import org.practicum.core.analysis.FlagKind;
import org.practicum.core.suggestion.Suggestion;
import org.practicum.core.suggestion.SuggestionKind;
import org.practicum.core.suggestion.Suggestions;

/** A flag's "try instead" is one of the replies suggested for the client message the trainee answered. */
class TryInsteadTest {

    @TempDir
    Path dir;
    EngineFixture fixture;

    @BeforeEach
    void open() {
        fixture = new EngineFixture(dir);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void advice_is_shown_the_open_question_suggested_for_the_same_client_message() {
        SessionUpdate opening = fixture.start("lonely-after-move", 5);
        SessionUpdate advised = fixture.engine.reply(opening.sessionId(),
                "You should join a running club, that's the best way to meet people.");

        Flag advice = only(advised, FlagKind.PREMATURE_ADVICE);
        String mi = shown(opening.suggestions(), SuggestionKind.MI);
        assertTrue(advice.better().endsWith("\"" + mi.replace('"', '\'') + "\""), advice.better() + " / " + mi);
    }

    @Test
    void minimising_is_shown_the_empathetic_reply_suggested_for_the_same_client_message() {
        SessionUpdate opening = fixture.start("lonely-after-move", 5);
        SessionUpdate first = fixture.engine.reply(opening.sessionId(), "What's it been like since you moved?");
        SessionUpdate minimised = fixture.engine.reply(opening.sessionId(),
                "Don't worry, everyone feels like that at first, it'll be fine.");

        Flag flag = only(minimised, FlagKind.MINIMISING);
        String empathetic = shown(first.suggestions(), SuggestionKind.EMPATHETIC);
        assertEquals("Take it as seriously as they do: \"" + empathetic.replace('"', '\'') + "\"", flag.better());
    }

    private static Flag only(SessionUpdate update, FlagKind kind) {
        return update.flags().stream().filter(f -> f.kind() == kind).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " in " + update.flags()));
    }

    private static String shown(Suggestions suggestions, SuggestionKind kind) {
        return suggestions.items().stream().filter(s -> s.kind() == kind).map(Suggestion::text).findFirst()
                .orElseThrow();
    }
}
