package org.practicum.core.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.practicum.core.analysis.Analysis;
import org.practicum.core.analysis.Flag;
import org.practicum.core.analysis.FlagKind;
import org.practicum.core.suggestion.Suggestion;
import org.practicum.core.suggestion.SuggestionKind;
import org.practicum.core.suggestion.Suggestions;

/** A flag's "try instead" is one of the replies suggested for the client message the trainee answered. */
class TryInsteadTest {

    @RegisterExtension
    final EngineFixture fixture = EngineFixture.eachTest();

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

    @Test
    void a_slip_after_a_repair_is_shown_a_suggestion_that_says_their_words_back_not_an_apology_for_the_slip_before() {
        // Blind trainer: "Take it as seriously as they do: 'I think I jumped ahead with ideas there…'" answers the
        // advice before, not the minimising now.
        Flag minimising = new Flag(FlagKind.MINIMISING, "At least you have people around you.", "It plays it down.",
                "Take it as seriously as they do: \"That sounds hard.\"");
        Flag advice = new Flag(FlagKind.PREMATURE_ADVICE, "Have you tried yoga?", "Advice too early.",
                "Hold the solution and reflect first: \"What's been hardest?\"");
        Suggestions repair = new Suggestions(List.of(
                new Suggestion(SuggestionKind.MI, "I think I jumped ahead with ideas there, Callum. What's that been like?"),
                new Suggestion(SuggestionKind.EMPATHETIC, "I think I jumped ahead with ideas there, Callum. It sounds like "
                        + "the flat's this quiet, and that's hard."),
                new Suggestion(SuggestionKind.SUPPORT, "It sounds like the flat's this quiet, Callum. You don't need me "
                        + "to fix it; I'm here to listen.")), "");

        Analysis analysed = TryInstead.fromShown(new Analysis(List.of(), List.of(minimising, advice), false, false, ""),
                repair);

        assertEquals("Take it as seriously as they do: \"It sounds like the flat's this quiet, Callum. You don't need me "
                + "to fix it; I'm here to listen.\"", analysed.flags().get(0).better());
        assertEquals("Hold the solution and reflect first: \"I think I jumped ahead with ideas there, Callum. What's that "
                + "been like?\"", analysed.flags().get(1).better(), "with no other open question, the one shown");
    }

    @Test
    void a_missed_cue_is_shown_the_suggested_direct_question_and_keeps_its_own_when_none_was_suggested() {
        Flag missed = new Flag(FlagKind.MISSED_DISTRESS_CUE, "Anyway, how's work?", "It stepped past the cue.",
                "Name it and ask directly and calmly: \"When you say 'what's the point', are you having thoughts of "
                        + "ending your life?\"");
        Analysis analysis = new Analysis(List.of(), List.of(missed), false, false, "");
        String asks = "Helen, when you say \"what's the point of any of it\", I want to ask you directly: are you "
                + "thinking about suicide?";
        Suggestions withQuestion = new Suggestions(List.of(new Suggestion(SuggestionKind.MI, asks),
                new Suggestion(SuggestionKind.EMPATHETIC, "That sounds so heavy, Helen.")), "");
        Suggestions without = new Suggestions(List.of(new Suggestion(SuggestionKind.MI, "What's been hardest, Helen?")),
                "");

        assertTrue(TryInstead.fromShown(analysis, withQuestion).flags().get(0).better()
                .endsWith(asks.replace('"', '\'') + "\""));
        assertEquals(missed.better(), TryInstead.fromShown(analysis, without).flags().get(0).better(),
                "an open question is no example of asking directly");
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
